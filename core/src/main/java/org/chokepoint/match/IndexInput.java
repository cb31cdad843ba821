package org.chokepoint.match;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link IndexOutput} wrote from a byte array. Malformed input (a number running past the end, an id
 * out of range) throws {@link IllegalArgumentException} with the offset; the codec reports it as a damaged file.
 */
final class IndexInput {
    final byte[] data;
    private final int end;
    private int pos;

    IndexInput(byte[] data, int from, int to) {
        this.data = data;
        this.pos = from;
        this.end = to;
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

    void skip(int n) {
        need(n);
        pos += n;
    }

    int u8() {
        need(1);
        return data[pos++] & 0xFF;
    }

    int u16() {
        return (u8() << 8) | u8();
    }

    int u32() {
        need(4);
        int v = 0;
        for (int i = 0; i < 4; i++) v = (v << 8) | (data[pos++] & 0xFF);
        return v;
    }

    int varInt() {
        int p = pos, v = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            if (p >= end) throw malformed("number runs past the end");
            int b = data[p++];
            v |= (b & 0x7F) << shift;
            if (b >= 0) {
                if (v < 0 || (shift == 28 && (b & 0x70) != 0)) break;
                pos = p;
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
        ByteBuffer.wrap(data, pos, out.length * 4).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
        pos += out.length * 4;
    }

    float f32() {
        float[] one = new float[1];
        f32s(one);
        return one[0];
    }

    String utf8() {
        int len = varInt();
        need(len);
        String s = new String(data, pos, len, StandardCharsets.UTF_8);
        pos += len;
        return s;
    }

    private void need(int n) {
        if (n < 0 || n > end - pos) throw malformed("data ends early");
    }

    IllegalArgumentException malformed(String what) {
        return new IllegalArgumentException(what + " at offset " + pos);
    }
}
