package org.chokepoint.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A versioned rule table: a tab-separated resource with {@code # key: value} metadata lines (table, version,
 * covers, source), then a header row, then rows. Kept this small on purpose so the core needs no parser library.
 *
 * <p>{@code covers: 2007-01-26..} declares the period whose rules the table encodes; evaluating a date outside it
 * yields a REVIEW finding instead of a silent answer.
 */
public final class RuleTable {
    private final String name;
    private final Map<String, String> meta;
    private final List<String> header;
    private final List<Row> rows;

    private RuleTable(String name, Map<String, String> meta, List<String> header, List<Row> rows) {
        this.name = name;
        this.meta = meta;
        this.header = header;
        this.rows = rows;
    }

    /** One data row; cells are looked up by header name, blank cells read as null. */
    public final class Row {
        private final List<String> cells;
        private final int line;

        private Row(List<String> cells, int line) {
            this.cells = cells;
            this.line = line;
        }

        public String get(String column) {
            int i = header.indexOf(column);
            if (i < 0) throw new IllegalStateException(name + ": no column '" + column + "'");
            String v = i < cells.size() ? cells.get(i).strip() : "";
            return v.isEmpty() ? null : v;
        }

        public String require(String column) {
            String v = get(column);
            if (v == null) throw new IllegalStateException(where() + ": column '" + column + "' is empty");
            return v;
        }

        public LocalDate date(String column) {
            String v = get(column);
            try {
                return v == null ? null : LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw new IllegalStateException(where() + ": column '" + column + "' is not a date: " + v);
            }
        }

        public String where() {
            return name + " line " + line;
        }
    }

    public String name() { return name; }
    public List<Row> rows() { return rows; }
    public String version() { return meta.getOrDefault("version", "unversioned"); }

    /** First day covered, from the {@code covers} metadata ({@code 2007-01-26..}). */
    public LocalDate coversFrom() {
        String c = meta.get("covers");
        return c == null ? LocalDate.MIN : LocalDate.parse(c.substring(0, c.indexOf("..")).strip());
    }

    /** Last day covered; open-ended tables run to {@link LocalDate#MAX}. */
    public LocalDate coversTo() {
        String c = meta.get("covers");
        if (c == null) return LocalDate.MAX;
        String to = c.substring(c.indexOf("..") + 2).strip();
        return to.isEmpty() ? LocalDate.MAX : LocalDate.parse(to);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(coversFrom()) && !date.isAfter(coversTo());
    }

    /** Reads a table bundled in this package ({@code embargoes.tsv}). */
    public static RuleTable resource(String file) {
        try (InputStream in = RuleTable.class.getResourceAsStream(file)) {
            if (in == null) throw new IllegalStateException("rule table missing from the classpath: " + file);
            return read(file, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule table " + file, e);
        }
    }

    public static RuleTable read(String name, InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, String> meta = new LinkedHashMap<>();
        List<String> header = null;
        List<List<String>> raw = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank()) continue;
            if (line.startsWith("#")) {
                int colon = line.indexOf(':');
                if (colon > 0 && header == null) meta.put(line.substring(1, colon).strip(), line.substring(colon + 1).strip());
                continue;
            }
            List<String> cells = List.of(line.split("\t", -1));
            if (header == null) {
                header = cells.stream().map(String::strip).toList();
            } else {
                raw.add(cells);
                lines.add(n);
            }
        }
        if (header == null) throw new IOException(name + ": no header row");
        RuleTable t = new RuleTable(name, Map.copyOf(meta), header, new ArrayList<>());
        for (int i = 0; i < raw.size(); i++) t.rows.add(t.new Row(raw.get(i), lines.get(i)));
        return t;
    }
}
