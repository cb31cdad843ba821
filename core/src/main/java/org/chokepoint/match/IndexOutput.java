package org.chokepoint.match;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The primitive encodings of a stored index, written to a growable byte array: LEB128 variable-length numbers
 * (most ids and counts take one to three bytes), little-endian floats, runs of bytes. Read back by
 * {@link IndexInput}.
 */
final class IndexOutput {
    private byte[] buf = new byte[1 << 16];
    private int size;

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    private void room(int n) {
        if (buf.length - size < n) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
    }

    void u8(int v) {
        room(1);
        buf[size++] = (byte) v;
    }

    void u16(int v) {
        u8(v >>> 8);
        u8(v);
    }

    void u32(int v) {
        room(4);
        for (int shift = 24; shift >= 0; shift -= 8) buf[size++] = (byte) (v >>> shift);
    }

    void varInt(int v) {
        if (v < 0) throw new IllegalArgumentException("negative count or id " + v);
        varLong(v);
    }

    /** An unsigned 64-bit number. */
    void varLong(long v) {
        room(10);
        while ((v & ~0x7FL) != 0) {
            buf[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[size++] = (byte) v;
    }

    void f32(float f) {
        int bits = Float.floatToRawIntBits(f);
        room(4);
        for (int shift = 0; shift < 32; shift += 8) buf[size++] = (byte) (bits >>> shift);
    }

    /** Little-endian 32-bit integers (read back with {@link IndexInput#i32s} in one copy). */
    void i32s(int[] v) {
        room(v.length * 4);
        for (int x : v) for (int shift = 0; shift < 32; shift += 8) buf[size++] = (byte) (x >>> shift);
    }

    void bytes(byte[] b, int from, int to) {
        room(to - from);
        System.arraycopy(b, from, buf, size, to - from);
        size += to - from;
    }

    void utf8(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        varInt(b.length);
        bytes(b, 0, b.length);
    }

    void bytes(byte[] b) {
        bytes(b, 0, b.length);
    }
}
