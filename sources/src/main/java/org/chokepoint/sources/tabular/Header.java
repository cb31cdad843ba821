package org.chokepoint.sources.tabular;

import org.chokepoint.sources.ListFormatException;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A header row: cells found by column name instead of position, so a reader survives reordered or added columns.
 * The first of two equal names wins.
 */
public final class Header {
    private final List<String> names;
    private final Map<String, Integer> positions = new HashMap<>();
    private final boolean ignoreCase;

    private Header(List<String> cells, boolean ignoreCase) {
        this.names = List.copyOf(cells);
        this.ignoreCase = ignoreCase;
        for (int i = 0; i < cells.size(); i++) positions.putIfAbsent(key(cells.get(i)), i);
    }

    /** Column names as written (stripped). */
    public static Header of(List<String> cells) {
        return new Header(cells, false);
    }

    /** Column names compared without regard to case ({@code Name} = {@code name}). */
    public static Header ignoringCase(List<String> cells) {
        return new Header(cells, true);
    }

    /** Fails naming the file (and line) when a required column is missing; {@code layout} says what was expected. */
    public Header require(Collection<String> required, String where, String layout) throws ListFormatException {
        for (String name : required) {
            if (!has(name)) {
                throw new ListFormatException(where + ": header has no '" + name + "' column, not " + layout + " (found " + visible(names) + ")");
            }
        }
        return this;
    }

    /**
     * Column names for a message, invisible characters shown as {@code \\u0016}: a header {@code transaction_i<U+0016>d}
     * was reported as "no 'transaction_id' column (columns found: transaction_id, ...)".
     */
    public static String visible(List<String> names) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) b.append(", ");
            names.get(i).codePoints().forEach(c -> {
                int type = Character.getType(c);
                if (type == Character.CONTROL || type == Character.FORMAT) b.append(String.format(Locale.ROOT, "\\u%04X", c));
                else b.appendCodePoint(c);
            });
        }
        return b.append(']').toString();
    }

    public boolean has(String name) {
        return positions.containsKey(key(name));
    }

    /** Position of the column, or -1. */
    public int position(String name) {
        return positions.getOrDefault(key(name), -1);
    }

    /** Number of columns the header names. */
    public int size() {
        return names.size();
    }

    /** The row's cell in that column, stripped; "" when the column is absent or the row is short. */
    public String cell(List<String> row, String name) {
        int i = position(name);
        return i < 0 || i >= row.size() ? "" : row.get(i).strip();
    }

    /** Column name (as compared) to position. */
    public Map<String, Integer> positions() {
        return Map.copyOf(positions);
    }

    private String key(String name) {
        String s = name.strip();
        return ignoreCase ? s.toLowerCase(Locale.ROOT) : s;
    }
}
