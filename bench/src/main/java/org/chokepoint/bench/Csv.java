package org.chokepoint.bench;

/** One CSV field as the generated inputs write it: quoted, with quotes doubled, when it holds the delimiter, a quote or a line break. */
final class Csv {
    private Csv() {
    }

    static String field(String s, char delimiter) {
        boolean quote = s.indexOf(delimiter) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
