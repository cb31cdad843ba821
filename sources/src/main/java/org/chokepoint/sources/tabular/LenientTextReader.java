package org.chokepoint.sources.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Decodes text that claims to be UTF-8 but is not always: each well-formed UTF-8 sequence becomes its
 * character, each byte that is not part of one is read as Windows-1252 (OFAC and many exports mix both).
 * A UTF-8 byte-order mark is skipped; a UTF-16 one switches to UTF-16. Never throws on bad bytes.
 */
public final class LenientTextReader extends Reader {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final char[] CP1252_HIGH = new String(highBytes(), CP1252).toCharArray();

    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int len;
    private boolean eof;
    private int pendingLowSurrogate = -1;
    private long malformedBytes;

    private LenientTextReader(InputStream in) {
        this.in = in;
    }

    /**
     * Whether the file's first character other than white space and a byte-order mark is <code>{</code>: a file of
     * JSON lines, for readers that take either that or CSV. False for an empty file.
     */
    public static boolean startsWithBrace(java.nio.file.Path file) throws IOException {
        try (java.io.BufferedReader r = new java.io.BufferedReader(open(java.nio.file.Files.newInputStream(file)))) {
            int c;
            while ((c = r.read()) != -1) {
                if (!Character.isWhitespace(c) && c != '\uFEFF') return c == '{';
            }
            return false;
        }
    }

    /** Opens {@code in} with BOM detection: UTF-16 when it says so, lenient UTF-8 otherwise. */
    public static Reader open(InputStream in) throws IOException {
        PushbackInputStream p = new PushbackInputStream(in, 3);
        byte[] head = new byte[3];
        int n = p.readNBytes(head, 0, 3);
        if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            if (n > 2) p.unread(head, 2, n - 2);
            return new InputStreamReader(p, StandardCharsets.UTF_16BE);
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            if (n > 2) p.unread(head, 2, n - 2);
            return new InputStreamReader(p, StandardCharsets.UTF_16LE);
        }
        boolean utf8Bom = n == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        if (!utf8Bom && n > 0) p.unread(head, 0, n);
        return new LenientTextReader(p);
    }

    /** Bytes that were not valid UTF-8 and were read as Windows-1252. */
    public long malformedBytes() {
        return malformedBytes;
    }

    @Override
    public int read(char[] cbuf, int off, int count) throws IOException {
        if (count == 0) return 0;
        int written = 0;
        while (written < count) {
            if (pendingLowSurrogate >= 0) {
                cbuf[off + written++] = (char) pendingLowSurrogate;
                pendingLowSurrogate = -1;
                continue;
            }
            if (!ensure(1)) break;
            int b0 = buf[pos] & 0xFF;
            if (b0 < 0x80) {
                cbuf[off + written++] = (char) b0;
                pos++;
                continue;
            }
            int need = b0 >= 0xF0 && b0 <= 0xF4 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC2 && b0 <= 0xDF ? 2 : 0;
            int cp = need == 0 ? -1 : decode(need);
            if (cp < 0) {
                malformedBytes++;
                cbuf[off + written++] = CP1252_HIGH[b0 - 0x80];
                pos++;
            } else if (cp > 0xFFFF) {
                cbuf[off + written++] = Character.highSurrogate(cp);
                pendingLowSurrogate = Character.lowSurrogate(cp);
                pos += need;
            } else {
                cbuf[off + written++] = (char) cp;
                pos += need;
            }
        }
        return written == 0 ? -1 : written;
    }

    private int decode(int need) throws IOException {
        if (!ensure(need)) return -1;
        int b0 = buf[pos] & 0xFF;
        int cp = need == 2 ? b0 & 0x1F : need == 3 ? b0 & 0x0F : b0 & 0x07;
        for (int i = 1; i < need; i++) {
            int b = buf[pos + i] & 0xFF;
            if ((b & 0xC0) != 0x80) return -1;
            cp = (cp << 6) | (b & 0x3F);
        }
        boolean overlong = (need == 3 && cp < 0x800) || (need == 4 && (cp < 0x10000 || cp > 0x10FFFF));
        boolean surrogate = cp >= 0xD800 && cp <= 0xDFFF;
        return overlong || surrogate ? -1 : cp;
    }

    /** Makes at least {@code n} bytes available at {@code pos} unless the stream ends first. */
    private boolean ensure(int n) throws IOException {
        if (len - pos >= n) return true;
        if (eof) return len - pos >= n;
        System.arraycopy(buf, pos, buf, 0, len - pos);
        len -= pos;
        pos = 0;
        while (len < n && !eof) {
            int r = in.read(buf, len, buf.length - len);
            if (r < 0) eof = true;
            else len += r;
        }
        return len - pos >= n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private static byte[] highBytes() {
        byte[] b = new byte[128];
        for (int i = 0; i < 128; i++) b[i] = (byte) (0x80 + i);
        return b;
    }
}
