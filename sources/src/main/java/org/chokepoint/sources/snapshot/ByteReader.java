package org.chokepoint.sources.snapshot;

import java.nio.charset.StandardCharsets;

/**
 * Reads the snapshot body from a byte array. The body is read millions of times per load, so this avoids the
 * per-call stream overhead of {@code DataInputStream}; the encoding is the one {@link ByteWriter} writes.
 */
final class ByteReader {
    private final byte[] data;
    private final String name;
    private final int end;
    private int pos;

    ByteReader(byte[] data, String name) {
        this(data, name, 0, data.length);
    }

    /** Reads {@code data[from..to)} only (one chunk of the body). */
    ByteReader(byte[] data, String name, int from, int to) {
        this.data = data;
        this.name = name;
        this.pos = from;
        this.end = to;
    }

    int position() {
        return pos;
    }

    int remaining() {
        return end - pos;
    }

    boolean atEnd() {
        return pos == end;
    }

    /** Skips {@code n} bytes that must be there. */
    void skip(int n) throws SnapshotFormatException {
        need(n);
        pos += n;
    }

    int readByte() throws SnapshotFormatException {
        need(1);
        return data[pos++] & 0xFF;
    }

    /** A fixed-width big-endian 32-bit number. */
    int readInt() throws SnapshotFormatException {
        need(4);
        int v = ((data[pos] & 0xFF) << 24) | ((data[pos + 1] & 0xFF) << 16) | ((data[pos + 2] & 0xFF) << 8) | (data[pos + 3] & 0xFF);
        pos += 4;
        return v;
    }

    int readVarInt() throws SnapshotFormatException {
        long v = readVarLong();
        if (v < 0 || v > Integer.MAX_VALUE) throw corrupt("count or index out of range: " + v);
        return (int) v;
    }

    long readVarLong() throws SnapshotFormatException {
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = readByte();
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return result;
        }
        throw corrupt("malformed variable-length number");
    }

    long readZigZag() throws SnapshotFormatException {
        long v = readVarLong();
        return (v >>> 1) ^ -(v & 1);
    }

    double readDouble() throws SnapshotFormatException {
        need(8);
        long bits = 0;
        for (int i = 0; i < 8; i++) bits = (bits << 8) | (data[pos++] & 0xFF);
        return Double.longBitsToDouble(bits);
    }

    String readUtf8() throws SnapshotFormatException {
        int len = readVarInt();
        need(len);
        String s = new String(data, pos, len, StandardCharsets.UTF_8);
        pos += len;
        return s;
    }

    private void need(int n) throws SnapshotFormatException {
        if (n < 0 || n > end - pos) throw corrupt("data ends early");
    }

    SnapshotFormatException corrupt(String what) {
        return new SnapshotFormatException("snapshot " + name + " is corrupt at body offset " + pos + ": " + what);
    }
}
