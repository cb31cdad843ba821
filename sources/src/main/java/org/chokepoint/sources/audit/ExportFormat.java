package org.chokepoint.sources.audit;

import org.chokepoint.sources.tabular.LenientTextReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** What kind of file an export is, from its first bytes, and for delimited text which delimiter it uses. */
record ExportFormat(Kind kind, char delimiter, String detail) {
    enum Kind { DELIMITED, JSON_LINES, XLSX, ODS, BINARY, EMPTY }

    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final int HEAD = 1 << 16;

    static ExportFormat sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream raw = Files.newInputStream(file)) {
            InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            head = in.readNBytes(HEAD);
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            String ascii = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (ascii.contains("application/vnd.oasis.opendocument.spreadsheet")) return new ExportFormat(Kind.ODS, ',', "ODS");
            return new ExportFormat(Kind.XLSX, ',', "zip, read as XLSX");
        }
        boolean utf16 = head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF);
        if (!utf16) {
            int control = 0;
            for (byte b : head) {
                if (b == 0) return new ExportFormat(Kind.BINARY, ',', "NUL bytes in the first " + head.length + " bytes");
                if ((b & 0xFF) < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != 0x0C && b != 0x1A) control++;
            }
            if (control > head.length / 20) return new ExportFormat(Kind.BINARY, ',', control + " control bytes in the first " + head.length);
        }
        String text;
        try (Reader r = LenientTextReader.open(new ByteArrayInputStream(head))) {
            char[] buf = new char[HEAD];
            int n = Math.max(0, r.read(buf));
            text = new String(buf, 0, n);
        }
        String stripped = text.strip();
        if (stripped.isEmpty()) return new ExportFormat(Kind.EMPTY, ',', "blank");
        if (stripped.startsWith("{")) return new ExportFormat(Kind.JSON_LINES, ',', "JSON lines");
        return new ExportFormat(Kind.DELIMITED, sniffDelimiter(text), "delimited text");
    }

    /** The delimiter that splits the first lines into the same number (≥ 2) of fields most consistently. */
    static char sniffDelimiter(String text) {
        String[] lines = text.split("\r?\n", 41);
        int usable = Math.max(1, lines.length - (lines.length > 1 ? 1 : 0)); // the last line may be cut
        char best = ',';
        double bestScore = -1;
        for (char d : DELIMITERS) {
            Map<Integer, Integer> counts = new HashMap<>();
            int lineCount = 0;
            for (int i = 0; i < usable; i++) {
                if (lines[i].isBlank()) continue;
                counts.merge(fieldsOf(lines[i], d), 1, Integer::sum);
                lineCount++;
            }
            if (lineCount == 0) continue;
            var mode = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            if (mode.getKey() < 2) continue;
            double score = (double) mode.getValue() / lineCount * 100 + Math.min(mode.getKey(), 50) / 100.0;
            if (score > bestScore) {
                bestScore = score;
                best = d;
            }
        }
        return best;
    }

    private static int fieldsOf(String line, char d) {
        int n = 1;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == d && !quoted) n++;
        }
        return n;
    }
}
