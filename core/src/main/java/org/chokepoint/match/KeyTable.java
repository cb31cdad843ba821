package org.chokepoint.match;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A fixed set of strings numbered 0..n-1 in the order given, found by hash without an object per key: the keys'
 * bytes lie one after another in one pool, {@code ends} marks where each stops, and an open-addressing table holds
 * key numbers. An index read from a file copies each pool and its slots out of the file in one piece, so the 400,000
 * typo and joined-word keys of the bundled lists cost a few arrays instead of 400,000 strings and map entries
 * (re-creating those took 300 ms at every start, hashing the keys again still about 100 ms of a cold JVM's time).
 *
 * <p>Each UTF-16 unit is written in one to three bytes, as {@link java.io.DataOutput#writeUTF} does, so that every
 * Java string, even one holding half a surrogate pair (a typo key may cut a pair in two), has its own bytes.
 * Example: keys ["kim", "jong"] give the pool {@code kimjong} and ends [3, 7]; {@code id("jong")} is 1.
 */
final class KeyTable {
    /** Key bytes, key 0 starting at {@link #base}. */
    final byte[] pool;
    final int base;
    /** Key k is {@code pool[k == 0 ? base : ends[k - 1], ends[k])}. */
    final int[] ends;
    /** Key number + 1 per slot, 0 when free; a power of two at least twice the keys, so probes stay short. */
    private final int[] slots;
    private final int shift;

    private KeyTable(byte[] pool, int base, int[] ends) {
        this.pool = pool;
        this.base = base;
        this.ends = ends;
        this.slots = new int[slotCount(ends.length)];
        this.shift = 32 - Integer.numberOfTrailingZeros(slots.length);
        int mask = slots.length - 1;
        for (int k = 0; k < ends.length; k++) {
            int s = slot(hash(pool, start(k), ends[k]));
            while (slots[s] != 0) s = (s + 1) & mask;
            slots[s] = k + 1;
        }
    }

    private KeyTable(byte[] pool, int base, int[] ends, int[] slots) {
        this.pool = pool;
        this.base = base;
        this.ends = ends;
        this.slots = slots;
        this.shift = 32 - Integer.numberOfTrailingZeros(slots.length);
    }

    /** Slots of a table of {@code keys} keys: the power of two at least twice as many. */
    static int slotCount(int keys) {
        return 1 << (32 - Integer.numberOfLeadingZeros(Math.max(1, keys) * 2 - 1));
    }

    /** A table of these keys, numbered in list order; the keys must be distinct. */
    static KeyTable of(List<String> keys) {
        byte[] pool = new byte[keys.size() * 8 + 16];
        int[] ends = new int[keys.size()];
        int size = 0;
        for (int k = 0; k < ends.length; k++) {
            String key = keys.get(k);
            if (pool.length - size < key.length() * 3) pool = Arrays.copyOf(pool, Math.max(pool.length * 2, size + key.length() * 3));
            size = encode(key, pool, size);
            ends[k] = size;
        }
        return new KeyTable(Arrays.copyOf(pool, size), 0, ends);
    }

    /**
     * A table over encoded keys with the slots a stored table wrote ({@link #slots()}), so that a start copies the
     * hash table instead of hashing every key again. Slots that could make a lookup loop or point past the keys
     * are refused; slots that are merely misplaced can only make lookups miss, which the file's checksum rules out.
     */
    static KeyTable over(byte[] pool, int base, int[] ends, int[] slots) {
        if (slots.length != slotCount(ends.length)) {
            throw new IllegalArgumentException(slots.length + " slots for " + ends.length + " keys");
        }
        int used = 0;
        for (int v : slots) {
            if (v < 0 || v > ends.length) throw new IllegalArgumentException("slot names key " + v + " of " + ends.length);
            if (v != 0) used++;
        }
        if (used != ends.length) throw new IllegalArgumentException(used + " slots in use for " + ends.length + " keys");
        return new KeyTable(pool, base, ends, slots);
    }

    /** The open-addressing table as stored: key number + 1 per slot, 0 when free. */
    int[] slots() {
        return slots;
    }

    int size() {
        return ends.length;
    }

    /** The number of {@code key}, or -1 when it is not in the table. */
    int id(String key) {
        int len = key.length(), h = 0;
        for (int i = 0; i < len; i++) {
            char c = key.charAt(i);
            if (c >= 0x80 || c == 0) return idOfEncoded(key);
            h = 31 * h + c; // an ASCII key's bytes are its chars: the same hash, no encoding needed
        }
        int mask = slots.length - 1;
        for (int s = slot(h); ; s = (s + 1) & mask) {
            int v = slots[s];
            if (v == 0) return -1;
            int id = v - 1, from = start(id);
            if (ends[id] - from == len && sameAscii(from, key)) return id;
        }
    }

    private boolean sameAscii(int from, String key) {
        for (int i = 0; i < key.length(); i++) if (pool[from + i] != key.charAt(i)) return false;
        return true;
    }

    private int idOfEncoded(String key) {
        byte[] k = new byte[key.length() * 3];
        int len = encode(key, k, 0);
        int mask = slots.length - 1;
        for (int s = slot(hash(k, 0, len)); ; s = (s + 1) & mask) {
            int v = slots[s];
            if (v == 0) return -1;
            int id = v - 1;
            if (Arrays.equals(pool, start(id), ends[id], k, 0, len)) return id;
        }
    }

    /** Key {@code id} as a string. */
    String key(int id) {
        int from = start(id), to = ends[id];
        boolean ascii = true;
        for (int i = from; i < to && ascii; i++) ascii = pool[i] >= 0;
        if (ascii) return new String(pool, from, to - from, StandardCharsets.ISO_8859_1);
        char[] out = new char[to - from];
        int n = 0;
        for (int i = from; i < to; ) {
            int b = pool[i++] & 0xFF;
            if (b < 0x80) out[n++] = (char) b;
            else if (b < 0xE0) out[n++] = (char) (((b & 0x1F) << 6) | (pool[i++] & 0x3F));
            else {
                out[n++] = (char) (((b & 0x0F) << 12) | ((pool[i] & 0x3F) << 6) | (pool[i + 1] & 0x3F));
                i += 2;
            }
        }
        return new String(out, 0, n);
    }

    /** Every key as a string, in number order. */
    String[] keys() {
        String[] out = new String[ends.length];
        for (int k = 0; k < out.length; k++) out[k] = key(k);
        return out;
    }

    int start(int id) {
        return id == 0 ? base : ends[id - 1];
    }

    private int slot(int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }

    private static int hash(byte[] b, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) h = 31 * h + b[i];
        return h;
    }

    /** Writes {@code s} at {@code pos} (room for three bytes per char needed); returns the position after it. */
    static int encode(String s, byte[] out, int pos) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80 && c != 0) {
                out[pos++] = (byte) c;
            } else if (c < 0x800) {
                out[pos++] = (byte) (0xC0 | (c >> 6));
                out[pos++] = (byte) (0x80 | (c & 0x3F));
            } else {
                out[pos++] = (byte) (0xE0 | (c >> 12));
                out[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[pos++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return pos;
    }
}
