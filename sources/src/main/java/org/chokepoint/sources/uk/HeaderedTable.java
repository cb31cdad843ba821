package org.chokepoint.sources.uk;

import org.chokepoint.sources.ListFormatException;
import org.chokepoint.sources.tabular.TabularReader;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A tabular file whose first row names the columns; cells are looked up by column name. */
final class HeaderedTable {
    private final TabularReader rows;
    private final Map<String, Integer> columns = new HashMap<>();
    private List<String> current;

    HeaderedTable(TabularReader rows, List<String> required) throws IOException {
        this.rows = rows;
        List<String> header = rows.next();
        if (header == null) throw new ListFormatException(rows.fileName() + ": empty file, expected a header row");
        for (int i = 0; i < header.size(); i++) columns.putIfAbsent(header.get(i).strip(), i);
        for (String r : required) {
            if (!columns.containsKey(r)) {
                throw new ListFormatException(rows.fileName() + ": line 1: header has no '" + r + "' column (found " + header + ")");
            }
        }
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
        Integer i = columns.get(column);
        return i == null || i >= current.size() ? "" : current.get(i).strip();
    }

    String where() {
        return rows.fileName() + ": line " + rows.recordLine();
    }
}
