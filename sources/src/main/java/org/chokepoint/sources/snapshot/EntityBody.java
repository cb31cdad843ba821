package org.chokepoint.sources.snapshot;

import org.chokepoint.model.Entity;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The body of a version 4 snapshot file, where every string and every entity can be found without decoding the
 * others: two tables of fixed-width end offsets lead to each.
 *
 * <pre>
 * u32 string count S | u32 × S end of each string | the strings, UTF-8, one after another
 * u32 entity count N | u32 × N end of each entity | the entities in key order ({@link EntityReader})
 * </pre>
 *
 * Offsets count from the first byte of their own run. Example: strings ["KIM", "Jong"] are {@code 2 | 3 7 |
 * KIMJong}; reference 2 (references count from 1, 0 is "absent") is bytes 3..7. Opening a body checks the two
 * tables (ascending, within the body) and decodes nothing else; {@link #lazily()} then decodes each entity when
 * it is first asked for, {@link #decodeAll()} all of them on every core.
 */
final class EntityBody implements EntityReader.Strings {
    private static final int SLICE = 4096;
    private final byte[] data;
    private final String name;
    private final int stringCount, stringEnds, stringBytes;
    private final int entityCount, entityEnds, entityBytes, end;
    /** Decoded strings by reference; filled as asked for (a race decodes one twice: strings are immutable). */
    private final String[] strings;

    private EntityBody(byte[] data, int from, int to, String name) throws SnapshotFormatException {
        this.data = data;
        this.name = name;
        this.end = to;
        ByteReader r = new ByteReader(data, name, from, to);
        stringCount = count(r, "string");
        stringEnds = r.position();
        r.skip(stringCount * 4);
        stringBytes = r.position();
        r.skip(checkEnds(stringEnds, stringCount, to - stringBytes, r, "string"));
        entityCount = count(r, "entity");
        entityEnds = r.position();
        r.skip(entityCount * 4);
        entityBytes = r.position();
        r.skip(checkEnds(entityEnds, entityCount, to - entityBytes, r, "entity"));
        if (!r.atEnd()) throw r.corrupt("unexpected bytes after the last entity");
        strings = new String[stringCount + 1];
    }

    /** Opens the body {@code data[from..to)}; {@code name} names the file in messages. */
    static EntityBody open(byte[] data, int from, int to, String name) throws SnapshotFormatException {
        return new EntityBody(data, from, to, name);
    }

    private static int count(ByteReader r, String what) throws SnapshotFormatException {
        int n = r.readInt();
        if (n < 0 || n > r.remaining() / 4) throw r.corrupt("implausible " + what + " count " + n);
        return n;
    }

    /** Checks that the n ends at {@code at} ascend and stay within {@code room}; returns the last. */
    private int checkEnds(int at, int n, int room, ByteReader r, String what) throws SnapshotFormatException {
        int prev = 0;
        for (int i = 0; i < n; i++) {
            int e = u32(at + i * 4);
            if (e < prev || e > room) throw r.corrupt(what + " " + (i + 1) + " ends at " + e + ", outside its run");
            prev = e;
        }
        return prev;
    }

    private int u32(int at) {
        return ((data[at] & 0xFF) << 24) | ((data[at + 1] & 0xFF) << 16) | ((data[at + 2] & 0xFF) << 8) | (data[at + 3] & 0xFF);
    }

    int size() {
        return entityCount;
    }

    @Override
    public int count() {
        return stringCount;
    }

    @Override
    public String get(int ref) {
        String s = strings[ref];
        if (s == null) {
            int from = ref == 1 ? 0 : u32(stringEnds + (ref - 2) * 4);
            int to = u32(stringEnds + (ref - 1) * 4);
            s = new String(data, stringBytes + from, to - from, StandardCharsets.UTF_8);
            strings[ref] = s;
        }
        return s;
    }

    /** Decodes entity {@code i} (0-based), every time it is called. */
    Entity decode(int i) throws SnapshotFormatException {
        int from = entityBytes + (i == 0 ? 0 : u32(entityEnds + (i - 1) * 4));
        int to = entityBytes + u32(entityEnds + i * 4);
        ByteReader r = new ByteReader(data, name, from, to);
        Entity e;
        try {
            e = new EntityReader(r, this).read();
        } catch (RuntimeException invalid) {
            throw r.corrupt("invalid value in entity " + i + ": " + invalid.getMessage());
        }
        if (!r.atEnd()) throw r.corrupt("entity " + i + " has unexpected bytes at its end");
        return e;
    }

    /** Every entity, decoded now on all cores (strings first, then slices of {@value #SLICE} entities). */
    List<Entity> decodeAll() throws SnapshotFormatException {
        Entity[] out = new Entity[entityCount];
        try {
            IntStream.range(0, 4).parallel().forEach(slice -> {
                for (int ref = 1 + slice; ref <= stringCount; ref += 4) get(ref);
            });
            IntStream.range(0, (entityCount + SLICE - 1) / SLICE).parallel().forEach(s -> {
                for (int i = s * SLICE; i < Math.min(entityCount, (s + 1) * SLICE); i++) out[i] = decodeUnchecked(i);
            });
        } catch (UncheckedIOException e) {
            throw (SnapshotFormatException) e.getCause();
        }
        return new ArrayList<>(Arrays.asList(out));
    }

    Entity decodeUnchecked(int i) {
        try {
            return decode(i);
        } catch (SnapshotFormatException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entities as a list that decodes each on first access ({@link LazyEntities}). */
    List<Entity> lazily() {
        return new LazyEntities(this);
    }
}
