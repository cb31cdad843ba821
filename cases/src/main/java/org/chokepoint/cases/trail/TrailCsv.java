package org.chokepoint.cases.trail;

/**
 * A trail record as a CSV row (RFC 4180): a field holding a comma, a double quote or a line break is quoted, its
 * quotes doubled; rows end in CRLF. The payload stays its JSON text.
 *
 * <pre>
 * seq,at,actor,kind,subject,payload,prevHash,hash
 * 3,2026-12-01T10:00:00.000Z,user:ana,case.dismiss,case:12,"{""reason"":""other birth date""}",9f…,c3…
 * </pre>
 */
public final class TrailCsv {
    public static final String HEADER = "seq,at,actor,kind,subject,payload,prevHash,hash";
    public static final String EOL = "\r\n";

    private TrailCsv() {
    }

    /** One row, without its line end. */
    public static String line(TrailRecord r) {
        return String.join(",", Long.toString(r.seq()), field(r.at()), field(r.actor()), field(r.kind()), field(r.subject()),
                field(r.payload()), field(r.prevHash()), field(r.hash()));
    }

    static String field(String v) {
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) return v;
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
