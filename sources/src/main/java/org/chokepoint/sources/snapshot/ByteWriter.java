package org.chokepoint.sources.snapshot;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Variable-length numbers and UTF-8 strings on a {@link DataOutputStream}; read back by {@link ByteReader}. */
final class ByteWriter {
    private final DataOutputStream out;

    ByteWriter(OutputStream out) {
        this.out = new DataOutputStream(out);
    }

    void writeByte(int b) throws IOException {
        out.writeByte(b);
    }

    void writeVarLong(long v) throws IOException {
        while ((v & ~0x7FL) != 0) {
            out.writeByte((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.writeByte((int) v);
    }

    void writeVarInt(int v) throws IOException {
        if (v < 0) throw new IllegalArgumentException("negative count " + v);
        writeVarLong(v);
    }

    void writeZigZag(long v) throws IOException {
        writeVarLong((v << 1) ^ (v >> 63));
    }

    void writeDouble(double d) throws IOException {
        out.writeDouble(d);
    }

    void writeUtf8(String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        writeVarInt(b.length);
        out.write(b);
    }

    void flush() throws IOException {
        out.flush();
    }
}
