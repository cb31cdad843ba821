package org.chokepoint.sources.tabular;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Lines of text, each at most {@code maxChars} long: what {@link BufferedReader#readLine} does, without letting a
 * file with no line break (or one line of a gigabyte) fill the heap. A longer line is skipped to its end and
 * reported as a {@link RecordTooLongException}; the next call reads the line after it.
 */
public final class BoundedLines implements Closeable {
    /** The longest line a JSON-lines input may have (a transaction with many items stays far below it). */
    public static final int DEFAULT_MAX_CHARS = 4 << 20;

    private final BufferedReader in;
    private final String fileName;
    private final int maxChars;
    private long line;

    public BoundedLines(Reader in, String fileName, int maxChars) {
        this.in = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
        this.fileName = fileName;
        this.maxChars = maxChars;
    }

    /** The number (1-based) of the line last returned or refused. */
    public long line() {
        return line;
    }

    /** The next line without its terminator, or null at the end of the input. */
    public String next() throws IOException {
        StringBuilder s = new StringBuilder();
        int c = in.read();
        if (c < 0) return null;
        line++;
        boolean tooLong = false;
        while (c >= 0 && c != '\n') {
            if (c == '\r') {
                in.mark(1);
                if (in.read() != '\n') in.reset();
                break;
            }
            if (!tooLong && s.length() == maxChars) {
                tooLong = true;
                s = null;
            }
            if (!tooLong) s.append((char) c);
            c = in.read();
        }
        if (tooLong) {
            throw new RecordTooLongException(fileName + " line " + line + ": longer than " + String.format("%,d", maxChars)
                    + " characters (the limit); skipped", line);
        }
        return s.toString();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
