package org.chokepoint.sources.uk;

import org.chokepoint.sources.ListFormatException;
import org.chokepoint.sources.tabular.Header;
import org.chokepoint.sources.tabular.TabularReader;

import java.io.IOException;
import java.util.List;

/** A tabular file whose first row names the columns; cells are looked up by column name. */
final class HeaderedTable {
    private final TabularReader rows;
    private final Header columns;
    private List<String> current;

    HeaderedTable(TabularReader rows, List<String> required) throws IOException {
        this.rows = rows;
        List<String> header = rows.next();
        if (header == null) throw new ListFormatException(rows.fileName() + ": empty file, expected a header row");
        this.columns = Header.of(header).require(required, rows.fileName() + ": line 1", "a UK Sanctions List table");
    }

    /** Advances to the next non-blank row; false at the end. */
    boolean next() throws IOException {
        do {
            current = rows.next();
        } while (current != null && current.stream().allMatch(String::isBlank));
        return current != null;
    }

    /** The cell of the current row, stripped; "" when the row is short or the column absent. */
    String get(String column) {
        return columns.cell(current, column);
    }

    String where() {
        return rows.fileName() + ": line " + rows.recordLine();
    }
}
