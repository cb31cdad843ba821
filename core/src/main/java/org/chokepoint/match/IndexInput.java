package org.chokepoint.match;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link IndexOutput} wrote from a byte buffer, typically a file mapped into memory. The bytes pass
 * through a small array window filled by bulk copies: decoding reads millions of one-byte numbers, and a byte
 * array read costs a fraction of a buffer call before the JIT compiler has caught up (a start is all "before").
 * The buffer is read by absolute position only and never changed, so readers of different parts may share it.
 * Malformed input (a number running past the end, an id out of range) throws {@link IllegalArgumentException}
 * with the offset; the codec reports it as a damaged file.
 */
final class IndexInput {
    private static final int WINDOW = 1 << 16;
    private final ByteBuffer data;
    private final int end;
    private int pos;
    private final byte[] win;
    /** The window holds data[winFrom, winTo). */
    private int winFrom, winTo;

    IndexInput(ByteBuffer data, int from, int to) {
        this.data = data;
        this.pos = from;
        this.end = to;
        this.win = new byte[Math.min(WINDOW, Math.max(0, to - from))];
        this.winFrom = this.winTo = from;
    }

    int position() {
        return pos;
    }

    boolean atEnd() {
        return pos == end;
    }

    int remaining() {
        return end - pos;
    }

    /** Makes data[pos, pos + n) readable in the window (n at most the bytes left and the window's size). */
    private void window(int n) {
        if (pos + n <= winTo && pos >= winFrom) return;
        int len = Math.min(win.length, end - pos);
        data.get(pos, win, 0, len);
        winFrom = pos;
        winTo = pos + len;
    }

    void skip(int n) {
        need(n);
        pos += n;
    }

    int u8() {
        need(1);
        window(1);
        return win[pos++ - winFrom] & 0xFF;
    }

    int u16() {
        return (u8() << 8) | u8();
    }

    int u32() {
        int v = 0;
        for (int i = 0; i < 4; i++) v = (v << 8) | u8();
        return v;
    }

    int varInt() {
        window(Math.min(5, end - pos));
        int p = pos - winFrom, last = winTo - winFrom, v = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            if (p >= last) throw malformed("number runs past the end");
            int b = win[p++];
            v |= (b & 0x7F) << shift;
            if (b >= 0) {
                if (v < 0 || (shift == 28 && (b & 0x70) != 0)) break;
                pos = winFrom + p;
                return v;
            }
        }
        throw malformed("number out of range");
    }

    /** A number below {@code bound}: an id into a table of that size. */
    int id(int bound) {
        int v = varInt();
        if (v >= bound) throw malformed("id " + v + " beyond a table of " + bound);
        return v;
    }

    long varLong() {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = u8();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return v;
        }
        throw malformed("number out of range");
    }

    /** {@code out.length} little-endian floats. */
    void f32s(float[] out) {
        need(out.length * 4);
        for (int i = 0; i < out.length; i++) {
            window(4);
            int p = pos - winFrom;
            out[i] = Float.intBitsToFloat((win[p] & 0xFF) | (win[p + 1] & 0xFF) << 8 | (win[p + 2] & 0xFF) << 16
                    | (win[p + 3] & 0xFF) << 24);
            pos += 4;
        }
    }

    /** {@code out.length} little-endian 32-bit integers, in one bulk copy. */
    void i32s(int[] out) {
        need(out.length * 4);
        data.slice(pos, out.length * 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(out);
        pos += out.length * 4;
    }

    float f32() {
        float[] one = new float[1];
        f32s(one);
        return one[0];
    }

    /** The next {@code n} bytes, copied. */
    byte[] bytes(int n) {
        need(n);
        byte[] b = new byte[n];
        data.get(pos, b);
        pos += n;
        return b;
    }

    String utf8() {
        return new String(bytes(varInt()), StandardCharsets.UTF_8);
    }

    private void need(int n) {
        if (n < 0 || n > end - pos) throw malformed("data ends early");
    }

    IllegalArgumentException malformed(String what) {
        return new IllegalArgumentException(what + " at offset " + pos);
    }
}
