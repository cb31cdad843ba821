package org.chokepoint.sources.snapshot;

import org.chokepoint.model.Entity;

import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
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
 * KIMJong}; reference 2 (references count from 1, 0 is "absent") is bytes 3..7. Opening a body reads the two
 * tables (checking they ascend within the body) and decodes nothing else; {@link #lazily()} then decodes each
 * entity when it is first asked for, {@link #decodeAll()} all of them on every core. The body may be a file mapped
 * into memory: it is read by absolute position only, an entity's bytes copied out before they are decoded.
 */
final class EntityBody implements EntityReader.Strings {
    private static final int SLICE = 4096;
    private final ByteBuffer data;
    private final String name;
    private final int stringBytes, entityBytes;
    private final int[] stringEnds, entityEnds;
    /** Decoded strings by reference; filled as asked for (a race decodes one twice: strings are immutable). */
    private final String[] strings;

    private EntityBody(ByteBuffer data, int from, int to, String name) throws SnapshotFormatException {
        this.data = data;
        this.name = name;
        int at = from;
        stringEnds = ends(at, to, "string");
        stringBytes = at + 4 + 4 * stringEnds.length;
        at = stringBytes + last(stringEnds);
        entityEnds = ends(at, to, "entity");
        entityBytes = at + 4 + 4 * entityEnds.length;
        if (entityBytes + last(entityEnds) != to) {
            throw corrupt(entityBytes + last(entityEnds), "unexpected bytes after the last entity");
        }
        strings = new String[stringEnds.length + 1];
    }

    /** Opens the body {@code data[from..to)}; {@code name} names the file in messages. */
    static EntityBody open(ByteBuffer data, int from, int to, String name) throws SnapshotFormatException {
        return new EntityBody(data, from, to, name);
    }

    /** The count at {@code at} and the table of that many ends after it, checked to ascend within the body. */
    private int[] ends(int at, int to, String what) throws SnapshotFormatException {
        if (to - at < 4) throw corrupt(at, "data ends early");
        int n = data.getInt(at);
        if (n < 0 || n > (to - at - 4) / 4) throw corrupt(at, "implausible " + what + " count " + n);
        int[] ends = new int[n];
        data.slice(at + 4, 4 * n).asIntBuffer().get(ends);
        int run = at + 4 + 4 * n, prev = 0;
        for (int i = 0; i < n; i++) {
            if (ends[i] < prev || ends[i] > to - run) {
                throw corrupt(at + 4 + 4 * i, what + " " + (i + 1) + " ends at " + ends[i] + ", outside its run");
            }
            prev = ends[i];
        }
        return ends;
    }

    private static int last(int[] ends) {
        return ends.length == 0 ? 0 : ends[ends.length - 1];
    }

    private SnapshotFormatException corrupt(int at, String what) {
        return new SnapshotFormatException("snapshot " + name + " is corrupt at offset " + at + ": " + what);
    }

    int size() {
        return entityEnds.length;
    }

    @Override
    public int count() {
        return stringEnds.length;
    }

    @Override
    public String get(int ref) {
        String s = strings[ref];
        if (s == null) {
            int from = ref == 1 ? 0 : stringEnds[ref - 2];
            byte[] b = bytes(stringBytes + from, stringBytes + stringEnds[ref - 1]);
            s = new String(b, StandardCharsets.UTF_8);
            strings[ref] = s;
        }
        return s;
    }

    private byte[] bytes(int from, int to) {
        byte[] b = new byte[to - from];
        data.get(from, b);
        return b;
    }

    /** Decodes entity {@code i} (0-based), every time it is called. */
    Entity decode(int i) throws SnapshotFormatException {
        int from = entityBytes + (i == 0 ? 0 : entityEnds[i - 1]);
        ByteReader r = new ByteReader(bytes(from, entityBytes + entityEnds[i]), name + " (entity " + i + ")");
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
        Entity[] out = new Entity[size()];
        try {
            IntStream.range(0, 4).parallel().forEach(slice -> {
                for (int ref = 1 + slice; ref <= count(); ref += 4) get(ref);
            });
            IntStream.range(0, (out.length + SLICE - 1) / SLICE).parallel().forEach(s -> {
                for (int i = s * SLICE; i < Math.min(out.length, (s + 1) * SLICE); i++) out[i] = decodeUnchecked(i);
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
