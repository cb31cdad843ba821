package org.chokepoint.sources.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chokepoint.sources.tabular.TabularReader;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Rows from a JSON-lines export (one object per line) of unknown layout. The columns are the union of the keys
 * of the first {@value #LAYOUT_SAMPLE} objects, in order of appearance; keys met only later are reported once
 * and ignored. Nested values are kept as compact JSON text. A line longer than {@code maxLineChars} or that is
 * not a JSON object is skipped and reported with its line number, never loaded whole.
 */
public final class JsonLinesReader implements TabularReader {
    static final int LAYOUT_SAMPLE = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Reader in;
    private final String fileName;
    private final int maxLineChars;
    private final Consumer<String> problems;
    private final List<String> keys;
    private final Deque<Object[]> buffered = new ArrayDeque<>();
    private final LinkedHashSet<String> unknownKeys = new LinkedHashSet<>();
    private final StringBuilder line = new StringBuilder();
    private long lineNo;
    private long recordLine;
    private boolean eof;

    public JsonLinesReader(Reader in, String fileName, int maxLineChars, Consumer<String> problems) throws IOException {
        this.in = in;
        this.fileName = fileName;
        this.maxLineChars = maxLineChars;
        this.problems = problems;
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        while (buffered.size() < LAYOUT_SAMPLE) {
            Object[] rec = readObject();
            if (rec == null) break;
            ((JsonNode) rec[1]).fieldNames().forEachRemaining(seen::add);
            buffered.add(rec);
        }
        this.keys = List.copyOf(seen);
    }

    /** The column names: keys of the objects. */
    public List<String> header() {
        return keys;
    }

    @Override
    public List<String> next() throws IOException {
        Object[] rec = buffered.isEmpty() ? readObject() : buffered.poll();
        if (rec == null) return null;
        recordLine = (Long) rec[0];
        JsonNode o = (JsonNode) rec[1];
        List<String> row = new ArrayList<>(keys.size());
        for (String k : keys) {
            JsonNode v = o.get(k);
            row.add(v == null || v.isNull() ? "" : v.isValueNode() ? v.asText() : v.toString());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
            String k = it.next().getKey();
            if (!keys.contains(k) && unknownKeys.add(k)) {
                problems.accept(fileName + ": line " + recordLine + ": key '" + k + "' first appears after the first " + LAYOUT_SAMPLE + " records; ignored");
            }
        }
        return row;
    }

    /** Next {line number, object}, skipping blank, oversized and non-object lines. */
    private Object[] readObject() throws IOException {
        while (true) {
            Boolean ok = readLine();
            if (ok == null) return null;
            long n = lineNo;
            if (!ok) {
                problems.accept(fileName + ": line " + n + ": longer than " + maxLineChars + " characters; skipped");
                continue;
            }
            String s = line.toString().strip();
            if (s.isEmpty()) continue;
            try {
                JsonNode node = JSON.readTree(s);
                if (node != null && node.isObject()) return new Object[]{n, node};
                problems.accept(fileName + ": line " + n + ": not a JSON object; skipped");
            } catch (JsonProcessingException e) {
                problems.accept(fileName + ": line " + n + ": not valid JSON (" + e.getOriginalMessage() + "); skipped");
            }
        }
    }

    /** Reads a line into {@link #line}: true, false when it was too long (rest discarded), null at the end. */
    private Boolean readLine() throws IOException {
        if (eof) return null;
        line.setLength(0);
        boolean tooLong = false;
        boolean any = false;
        int c;
        while ((c = in.read()) >= 0) {
            any = true;
            if (c == '\n') break;
            if (line.length() < maxLineChars) line.append((char) c);
            else tooLong = true;
        }
        if (c < 0) {
            eof = true;
            if (!any) return null;
        }
        lineNo++;
        return !tooLong;
    }

    @Override
    public long recordLine() {
        return recordLine;
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
