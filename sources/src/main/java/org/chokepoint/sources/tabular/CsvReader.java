package org.chokepoint.sources.tabular;

import org.chokepoint.sources.ListFormatException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Streaming reader for delimiter-separated text (RFC 4180 quoting, quoted fields may span lines).
 * Reads one record at a time, so memory is bounded by the largest record, and that by {@code maxRecordChars}:
 * a record larger than that is a {@link RecordTooLongException} naming the file and line, not an out-of-memory
 * crash, after which the reader stands at the next record.
 * A trailing DOS end-of-file byte (0x1A, as in OFAC files) is ignored.
 */
public final class CsvReader implements TabularReader {
    public static final int DEFAULT_MAX_RECORD_CHARS = 4 << 20;

    private final Reader in;
    private final String fileName;
    private final char delimiter;
    private final char quote;
    private final int maxRecordChars;
    private long line = 1;
    private long recordLine;
    private int peeked = -2;
    private boolean eofMarker;

    public CsvReader(Reader in, String fileName, char delimiter, char quote, int maxRecordChars) {
        this.in = in instanceof BufferedReader ? in : new BufferedReader(in, 1 << 16);
        this.fileName = fileName;
        this.delimiter = delimiter;
        this.quote = quote;
        this.maxRecordChars = maxRecordChars;
    }

    public CsvReader(Reader in, String fileName, char delimiter) {
        this(in, fileName, delimiter, '"', DEFAULT_MAX_RECORD_CHARS);
    }

    /** Opens a file (gzip when its name ends in .gz) with lenient UTF-8/Windows-1252 decoding. */
    public static CsvReader open(Path file, char delimiter) throws IOException {
        return new CsvReader(LenientTextReader.open(openBytes(file)), file.toString(), delimiter);
    }

    /** Opens a file's bytes, transparently un-gzipping {@code .gz} files. */
    public static InputStream openBytes(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
    }

    /** The file name used in error messages. */
    @Override
    public String fileName() {
        return fileName;
    }

    /** True once the input has ended with a DOS end-of-file byte (0x1A), which OFAC writes as the last byte. */
    public boolean endedWithEofMarker() {
        return eofMarker;
    }

    /** Line (1-based) on which the record last returned by {@link #next()} started. */
    @Override
    public long recordLine() {
        return recordLine;
    }

    /** Next record's fields, or null at end of input. A blank line is returned as an empty list. */
    @Override
    public List<String> next() throws IOException {
        int c = read();
        if (c == 0x1A && peek() < 0) eofMarker = true;
        if (c < 0 || eofMarker) return null;
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int recordChars = 0;
        boolean quoted = false;
        boolean fieldStarted = false;
        while (true) {
            if (c < 0) {
                if (quoted) throw new ListFormatException(fileName + ": line " + recordLine + ": quoted field not closed before end of file");
                break;
            }
            if (++recordChars > maxRecordChars) {
                skipRestOfRecord(c, quoted, fieldStarted);
                throw new RecordTooLongException(fileName + ": line " + recordLine + ": record longer than "
                        + String.format("%,d", maxRecordChars) + " characters (the limit); skipped", recordLine);
            }
            if (quoted) {
                if (c == quote) {
                    if (peek() == quote) {
                        read();
                        field.append((char) quote);
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') line++;
                    field.append((char) c);
                }
            } else if (c == quote && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\r' && peek() == '\n') {
                read();
                line++;
                break;
            } else if (c == '\n' || c == '\r') {
                line++;
                break;
            } else {
                field.append((char) c);
                fieldStarted = c != ' ' || fieldStarted;
            }
            c = read();
        }
        if (!fields.isEmpty() || field.length() > 0) fields.add(field.toString());
        return fields;
    }

    /**
     * Reads on to the end of the record that {@code c} is part of, keeping nothing, so that the next call starts at the
     * next record. A quoted field left open runs to the end of the input, as it would when read.
     */
    private void skipRestOfRecord(int c, boolean quoted, boolean fieldStarted) throws IOException {
        while (c >= 0) {
            if (quoted) {
                if (c == quote) {
                    if (peek() == quote) read();
                    else quoted = false;
                } else if (c == '\n') {
                    line++;
                }
            } else if (c == quote && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == delimiter) {
                fieldStarted = false;
            } else if (c != '\r' && c != '\n') {
                fieldStarted = c != ' ' || fieldStarted;
            } else {
                if (c == '\r' && peek() == '\n') read();
                line++;
                return;
            }
            c = read();
        }
    }

    private int read() throws IOException {
        if (peeked != -2) {
            int c = peeked;
            peeked = -2;
            return c;
        }
        return in.read();
    }

    private int peek() throws IOException {
        if (peeked == -2) peeked = in.read();
        return peeked;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
