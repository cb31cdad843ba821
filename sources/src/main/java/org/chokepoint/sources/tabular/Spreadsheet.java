package org.chokepoint.sources.tabular;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** A workbook whose sheets are read one at a time as rows of text cells ({@link XlsxReader}, {@link OdsReader}). */
public interface Spreadsheet extends Closeable {
    /** Sheet names in workbook order. */
    List<String> sheetNames() throws IOException;

    /** Streams the sheet at {@code index} (0-based, workbook order). */
    TabularReader sheet(int index) throws IOException;

    /** Streams the sheet called {@code name}; a missing name is a format error listing the names present. */
    default TabularReader sheet(String name) throws IOException {
        List<String> names = sheetNames();
        int i = names.indexOf(name);
        if (i < 0) throw new org.chokepoint.sources.ListFormatException(fileName() + ": no sheet named '" + name + "' (sheets: " + names + ")");
        return sheet(i);
    }

    String fileName();
}
