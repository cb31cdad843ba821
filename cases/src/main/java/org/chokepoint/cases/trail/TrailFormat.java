package org.chokepoint.cases.trail;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** The formats of a trail export; each writes one record at a time, so that a trail of any size streams. */
public enum TrailFormat {
    /** One JSON object a line ({@link TrailJson}), lines ending in LF. */
    JSONL,
    /** A header row, then one row a record ({@link TrailCsv}), rows ending in CRLF. */
    CSV;

    /** {@code jsonl} or {@code csv}, in any case. */
    public static TrailFormat of(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "jsonl" -> JSONL;
            case "csv" -> CSV;
            default -> throw new IllegalArgumentException("unknown trail format '" + name + "' (use jsonl or csv)");
        };
    }

    /** What comes before the first record. */
    public void begin(Writer out) throws IOException {
        if (this == CSV) out.write(TrailCsv.HEADER + TrailCsv.EOL);
    }

    public void write(Writer out, TrailRecord r) throws IOException {
        if (this == CSV) out.write(TrailCsv.line(r) + TrailCsv.EOL);
        else out.write(TrailJson.line(r) + "\n");
    }
}
