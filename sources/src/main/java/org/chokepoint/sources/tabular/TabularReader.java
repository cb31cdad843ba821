package org.chokepoint.sources.tabular;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Rows of cells from a delimited file or a spreadsheet sheet, one row at a time. */
public interface TabularReader extends Closeable {
    /** The next row's cells, or null at the end. */
    List<String> next() throws IOException;

    /** Line or row number (1-based) where the row last returned starts, for error messages. */
    long recordLine();

    /** The file (and sheet) name, for error messages. */
    String fileName();
}
