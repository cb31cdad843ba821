package org.chokepoint.match;

import org.chokepoint.model.Entity;
import org.chokepoint.model.Snapshot;
import org.chokepoint.names.TokenKind;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.zip.CRC32;

import static org.chokepoint.match.NameIndexFormatException.Problem.DAMAGED;
import static org.chokepoint.match.NameIndexFormatException.Problem.OTHER_SNAPSHOT;
import static org.chokepoint.match.NameIndexFormatException.Problem.OUTDATED;

/**
 * A {@link NameIndex} as bytes, so that a start reads the index of the lists (about 0.25 s for the bundled
 * lists, cold) instead of normalising 117,000 names again (5 s). Pure: the caller stores and reads the bytes.
 *
 * <pre>
 * magic "CHKPNIDX" | u16 format
 * u32 header length | u32 header CRC-32 | header: matcher version, snapshot id, entity count, name count,
 *                                         token count, payload length, start of the payload's second part
 * u32 payload CRC-32 | payload: every table of the index, in the order {@link #writePayload} writes them, in
 *                      two parts (names, tokens and phonetic keys; then the typo and joined-word keys) that
 *                      decode side by side
 * end of file
 * </pre>
 *
 * The entities are not stored: a name refers to its entity by position and to its published text by position
 * among the entity's names, so the index is only valid bound to the very entity list it was built from. The
 * header names that list (the snapshot's content id and size) and {@link #decode} refuses any other, as it
 * refuses another {@link MatcherVersion} or format, and anything failing its length or checksum. Ids are
 * LEB128 numbers, ascending postings are stored as gaps (most take one byte), floats as their bits, token kinds
 * by ordinal (reordering {@link TokenKind} changes the format), and the keys of each {@link KeyTable} as one
 * byte pool, read back in one copy. Example: the bundled lists give an 11.9 MB file; the same index and snapshot
 * always give the same bytes.
 */
public final class NameIndexCodec {
    static final byte[] MAGIC = "CHKPNIDX".getBytes(StandardCharsets.US_ASCII);
    /** The layout of the file; what its content means is {@link MatcherVersion#VERSION}. */
    public static final int FORMAT = 3;
    private static final int[] EMPTY = new int[0];
    private static final TokenKind[] KINDS = TokenKind.values();
    private static final int FIXED = MAGIC.length + 2 + 4 + 4;

    private NameIndexCodec() {
    }

    /**
     * What an index file says about itself, readable without decoding (and without a checked payload).
     *
     * @param secondPart where the second part of the payload starts, counted from the payload's first byte
     */
    public record Header(int format, String matcherVersion, String snapshotId, int entityCount, int nameCount,
                         int tokenCount, long payloadLength, long secondPart) {
        /** Whether this file may serve {@code snapshotId} of {@code entityCount} entities under this build. */
        public boolean fits(String snapshotId, int entityCount) {
            return format == FORMAT && matcherVersion.equals(MatcherVersion.VERSION)
                    && this.snapshotId.equals(snapshotId) && this.entityCount == entityCount;
        }
    }

    // ---------------------------------------------------------------- writing

    /** The file bytes of {@code index}, which was built from the entities of {@code snapshot}. */
    public static byte[] encode(NameIndex index, Snapshot snapshot) {
        if (index.entities.size() != snapshot.size()) {
            throw new IllegalArgumentException("an index of " + index.entities.size() + " entities is not the index of "
                    + snapshot + " (" + snapshot.size() + " entities)");
        }
        return encode(index, snapshot.id());
    }

    static byte[] encode(NameIndex index, String snapshotId) {
        return encode(index, snapshotId, MatcherVersion.VERSION);
    }

    /** As {@link #encode(NameIndex, Snapshot)}, claiming another matcher version (tests of outdated files). */
    static byte[] encode(NameIndex index, String snapshotId, String matcherVersion) {
        IndexOutput payload = new IndexOutput();
        int secondPart = writePayload(index, payload);
        byte[] body = payload.toByteArray();
        IndexOutput header = new IndexOutput();
        header.utf8(matcherVersion);
        header.utf8(snapshotId);
        header.varInt(index.entities.size());
        header.varInt(index.nameCount());
        header.varInt(index.tokenCount());
        header.varLong(body.length);
        header.varLong(secondPart);
        byte[] head = header.toByteArray();
        IndexOutput out = new IndexOutput();
        out.bytes(MAGIC);
        out.u16(FORMAT);
        out.u32(head.length);
        out.u32(crc(head, 0, head.length));
        out.bytes(head);
        out.u32(crc(body, 0, body.length));
        out.bytes(body);
        return out.toByteArray();
    }

    /** Writes both parts; returns where the second starts. */
    private static int writePayload(NameIndex x, IndexOutput o) {
        ints(o, x.nameEntity);
        ints(o, x.nameOrdinal);
        floats(o, x.nameWeight);
        booleans(o, x.nameAbjad);
        for (long s : x.nameSurname) o.varLong(s);
        ints(o, x.nameForm);
        ragged(o, x.nameTokens);
        ragged(o, x.nameWeakTokens);
        ragged(o, x.sameAs);

        keys(o, x.skeletonIds);
        ragged(o, x.skeletonPostings);
        keys(o, x.consonantIds);
        ragged(o, x.consonantPostings);

        keys(o, x.tokenIds);
        for (TokenKind k : x.tokenKind) o.u8(k.ordinal());
        floats(o, x.tokenWeight);
        booleans(o, x.tokenDigits);
        booleans(o, x.tokenPatronymic);
        ints(o, x.tokenSkeleton);
        ints(o, x.tokenConsonants);
        ragged(o, x.tokenPostings);
        o.f32(x.unknownWeight);
        keys(o, x.places);

        int secondPart = o.size();
        keyed(o, x.deletions);
        keyed(o, x.concatPostings);
        return secondPart;
    }

    /** Count, flag (1 = ascending, stored as gaps), values. */
    private static void ints(IndexOutput o, int[] values) {
        boolean ascending = ascending(values, 0, values.length);
        o.varInt(values.length);
        o.u8(ascending ? 1 : 0);
        values(o, values, 0, values.length, ascending);
    }

    /** Row count, flag (1 = every row ascending, stored as gaps), row lengths, then all values row by row. */
    private static void ragged(IndexOutput o, int[][] rows) {
        boolean ascending = true;
        for (int[] r : rows) ascending &= ascending(r, 0, r.length);
        o.varInt(rows.length);
        o.u8(ascending ? 1 : 0);
        for (int[] r : rows) o.varInt(r.length);
        for (int[] r : rows) values(o, r, 0, r.length, ascending);
    }

    private static void keyed(IndexOutput o, KeyedPostings p) {
        keys(o, p.keys);
        boolean ascending = true;
        for (int k = 0, from = 0; k < p.ends.length; from = p.ends[k++]) ascending &= ascending(p.values, from, p.ends[k]);
        o.u8(ascending ? 1 : 0);
        for (int k = 0, from = 0; k < p.ends.length; from = p.ends[k++]) o.varInt(p.ends[k] - from);
        for (int k = 0, from = 0; k < p.ends.length; from = p.ends[k++]) values(o, p.values, from, p.ends[k], ascending);
    }

    /** Key count, byte length of each key, the key bytes as one pool, then the hash slots as 32-bit integers. */
    private static void keys(IndexOutput o, KeyTable t) {
        o.varInt(t.size());
        for (int k = 0; k < t.size(); k++) o.varInt(t.ends[k] - t.start(k));
        o.bytes(t.pool, t.base, t.size() == 0 ? t.base : t.ends[t.size() - 1]);
        o.i32s(t.slots());
    }

    private static void values(IndexOutput o, int[] v, int from, int to, boolean gaps) {
        int prev = 0;
        for (int i = from; i < to; i++) {
            o.varInt(gaps ? v[i] - prev : v[i]);
            prev = v[i];
        }
    }

    private static boolean ascending(int[] v, int from, int to) {
        for (int i = from + 1; i < to; i++) if (v[i] < v[i - 1]) return false;
        return true;
    }

    private static void floats(IndexOutput o, float[] v) {
        for (float f : v) o.f32(f);
    }

    private static void booleans(IndexOutput o, boolean[] v) {
        for (boolean b : v) o.u8(b ? 1 : 0);
    }

    // ---------------------------------------------------------------- reading

    /**
     * The header of an index file; {@code data} may be the first bytes of the file only (the header is small:
     * {@code 4 KB} always suffice). The payload is not checked.
     */
    public static Header header(byte[] data) throws NameIndexFormatException {
        return header(ByteBuffer.wrap(data));
    }

    /** As {@link #header(byte[])}, from a buffer's bytes 0..limit (its position is left alone). */
    public static Header header(ByteBuffer data) throws NameIndexFormatException {
        int length = data.limit();
        if (length < MAGIC.length || !data.slice(0, MAGIC.length).equals(ByteBuffer.wrap(MAGIC))) {
            throw new NameIndexFormatException(DAMAGED, "not a name index file (wrong magic bytes)");
        }
        if (length < FIXED) throw new NameIndexFormatException(DAMAGED, "truncated in the file header");
        IndexInput in = new IndexInput(data, MAGIC.length, length);
        int format = in.u16();
        if (format != FORMAT) {
            throw new NameIndexFormatException(OUTDATED, "index file format " + format + ", this build writes " + FORMAT);
        }
        int headerLength = in.u32();
        int headerCrc = in.u32();
        if (headerLength < 0 || headerLength > in.remaining()) throw new NameIndexFormatException(DAMAGED, "truncated in the header");
        if (crc(data, in.position(), headerLength) != headerCrc) {
            throw new NameIndexFormatException(DAMAGED, "header checksum mismatch");
        }
        IndexInput h = new IndexInput(data, in.position(), in.position() + headerLength);
        try {
            Header header = new Header(format, h.utf8(), h.utf8(), h.varInt(), h.varInt(), h.varInt(), h.varLong(), h.varLong());
            if (!h.atEnd()) throw h.malformed("unexpected bytes after the header");
            if (header.secondPart() > header.payloadLength()) throw h.malformed("second part beyond the payload");
            if (header.nameCount() > header.payloadLength() || header.tokenCount() > header.payloadLength()) {
                throw h.malformed("more names or tokens than payload bytes"); // every one takes a byte at least
            }
            return header;
        } catch (IllegalArgumentException e) {
            throw new NameIndexFormatException(DAMAGED, "malformed header: " + e.getMessage());
        }
    }

    /**
     * Decodes a whole index file and binds it to the entities of {@code snapshot}. Nothing is returned unless the
     * file is intact, of this format and matcher version, and built from that snapshot. The entities themselves
     * are not looked at (a snapshot may decode them on demand): the snapshot's content id and size stand for them.
     */
    public static NameIndex decode(byte[] data, Snapshot snapshot) throws NameIndexFormatException {
        return decode(ByteBuffer.wrap(data), snapshot);
    }

    /**
     * As {@link #decode(byte[], Snapshot)}, from a buffer's bytes 0..limit, typically a file mapped into memory
     * (read by absolute position, never changed, not kept: the index holds copies of what it needs).
     */
    public static NameIndex decode(ByteBuffer data, Snapshot snapshot) throws NameIndexFormatException {
        return decode(data, snapshot.id(), snapshot.entities());
    }

    static NameIndex decode(ByteBuffer data, String snapshotId, List<Entity> entities) throws NameIndexFormatException {
        long start = System.nanoTime();
        Header h = header(data);
        if (!h.matcherVersion().equals(MatcherVersion.VERSION)) {
            throw new NameIndexFormatException(OUTDATED, "index written by matcher version " + h.matcherVersion()
                    + ", this build is " + MatcherVersion.VERSION);
        }
        if (!h.snapshotId().equals(snapshotId) || h.entityCount() != entities.size()) {
            throw new NameIndexFormatException(OTHER_SNAPSHOT, "index of snapshot " + shortId(h.snapshotId()) + " ("
                    + h.entityCount() + " entities), not of " + shortId(snapshotId) + " (" + entities.size() + ")");
        }
        int payloadAt = FIXED + headerLengthOf(data) + 4;
        int length = data.limit();
        long available = length - (long) payloadAt;
        if (available != h.payloadLength()) {
            throw new NameIndexFormatException(DAMAGED, available < h.payloadLength()
                    ? "truncated: payload of " + h.payloadLength() + " bytes, " + Math.max(0, available) + " present"
                    : (available - h.payloadLength()) + " unexpected bytes after the payload");
        }
        int payloadCrc = new IndexInput(data, payloadAt - 4, payloadAt).u32();
        if (crc(data, payloadAt, length - payloadAt) != payloadCrc) {
            throw new NameIndexFormatException(DAMAGED, "payload checksum mismatch");
        }
        int second = payloadAt + (int) h.secondPart();
        NameIndex.Parts p;
        try {
            CompletableFuture<KeyedPostings[]> typos = CompletableFuture.supplyAsync(() -> {
                IndexInput in = new IndexInput(data, second, length);
                KeyedPostings[] t = {keyed(in, h.tokenCount()), keyed(in, h.nameCount())};
                if (!in.atEnd()) throw in.malformed("unexpected bytes after the last table");
                return t;
            });
            IndexInput in = new IndexInput(data, payloadAt, second);
            p = readPayload(in, h, entities);
            if (!in.atEnd()) throw in.malformed("unexpected bytes after the first part");
            KeyedPostings[] t = join(typos);
            p.deletions = t[0];
            p.concatPostings = t[1];
        } catch (IllegalArgumentException | IndexOutOfBoundsException | NegativeArraySizeException e) {
            throw new NameIndexFormatException(DAMAGED, "malformed payload: " + e.getMessage());
        }
        return new NameIndex(p, System.nanoTime() - start);
    }

    /** The result of a part decoded on another thread; its failure rethrown as this thread's. */
    private static <T> T join(CompletableFuture<T> part) {
        try {
            return part.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    private static int headerLengthOf(ByteBuffer data) {
        return new IndexInput(data, MAGIC.length + 2, MAGIC.length + 6).u32();
    }

    private static NameIndex.Parts readPayload(IndexInput in, Header h, List<Entity> entities) {
        int names = h.nameCount(), tokens = h.tokenCount(), nEntities = h.entityCount();
        NameIndex.Parts p = new NameIndex.Parts();
        p.entities = entities;
        p.nameEntity = ints(in, names, nEntities);
        p.nameOrdinal = ints(in, names, Integer.MAX_VALUE);
        p.nameWeight = floats(in, names);
        p.nameAbjad = booleans(in, names);
        p.nameSurname = new long[names];
        for (int i = 0; i < names; i++) p.nameSurname[i] = in.varLong();
        p.nameForm = ints(in, names, names);
        for (int i = 0; i < names; i++) {
            int first = p.nameForm[i];
            if (first > i || p.nameForm[first] != first) throw in.malformed("name " + i + " has form " + first + ", which is no first name of a form");
        }
        p.nameTokens = ragged(in, names, tokens);
        p.nameWeakTokens = ragged(in, names, tokens);
        p.sameAs = ragged(in, nEntities, nEntities);

        p.skeletonIds = keys(in, -1);
        p.skeletonText = p.skeletonIds.keys();
        p.skeletonPostings = ragged(in, p.skeletonIds.size(), names);
        p.consonantIds = keys(in, -1);
        p.consonantText = p.consonantIds.keys();
        p.consonantPostings = ragged(in, p.consonantIds.size(), names);

        p.tokenIds = keys(in, tokens);
        p.tokenKind = new TokenKind[tokens];
        for (int t = 0; t < tokens; t++) p.tokenKind[t] = KINDS[in.id(KINDS.length)];
        p.tokenText = new String[tokens];
        for (int t = 0; t < tokens; t++) p.tokenText[t] = NameIndex.tokenOfKey(p.tokenIds.key(t), p.tokenKind[t]);
        p.tokenWeight = floats(in, tokens);
        p.tokenDigits = booleans(in, tokens);
        p.tokenPatronymic = booleans(in, tokens);
        p.tokenSkeleton = ints(in, tokens, p.skeletonIds.size());
        p.tokenConsonants = ints(in, tokens, p.consonantIds.size());
        p.tokenPostings = ragged(in, tokens, names);
        p.unknownWeight = in.f32();
        p.places = keys(in, -1);
        return p;
    }

    private static int[] ints(IndexInput in, int count, int bound) {
        int n = in.varInt();
        if (n != count) throw in.malformed(n + " values where " + count + " belong");
        boolean gaps = flag(in);
        int[] out = new int[n];
        values(in, out, 0, n, bound, gaps);
        return out;
    }

    private static int[][] ragged(IndexInput in, int rowCount, int bound) {
        int n = in.varInt();
        if (n != rowCount) throw in.malformed(n + " rows where " + rowCount + " belong");
        boolean gaps = flag(in);
        int[] lengths = new int[n];
        for (int r = 0; r < n; r++) lengths[r] = lengthAt(in);
        int[][] rows = new int[n][];
        for (int r = 0; r < n; r++) {
            if (lengths[r] == 0) {
                rows[r] = EMPTY;
            } else {
                rows[r] = new int[lengths[r]];
                values(in, rows[r], 0, lengths[r], bound, gaps);
            }
        }
        return rows;
    }

    /** A row or key length: at most the bytes left, as every value or key byte takes one at least. */
    private static int lengthAt(IndexInput in) {
        int len = in.varInt();
        if (len > in.remaining()) throw in.malformed("length " + len + " beyond the end of the data");
        return len;
    }

    private static void values(IndexInput in, int[] out, int from, int to, int bound, boolean gaps) {
        int prev = 0;
        for (int i = from; i < to; i++) {
            int v = in.varInt();
            if (gaps) v += prev;
            if (v < 0 || v >= bound) throw in.malformed("id " + v + " beyond a table of " + bound);
            out[i] = v;
            prev = v;
        }
    }

    /** @param count the key count the header announces, or -1 when any */
    private static KeyTable keys(IndexInput in, int count) {
        int n = in.varInt();
        if (count >= 0 && n != count) throw in.malformed(n + " keys where " + count + " belong");
        int[] ends = new int[n];
        long total = 0;
        for (int k = 0; k < n; k++) {
            total += lengthAt(in);
            if (total > in.remaining()) throw in.malformed("keys of " + total + " bytes beyond the end of the data");
            ends[k] = (int) total;
        }
        byte[] pool = in.bytes((int) total);
        int[] slots = new int[KeyTable.slotCount(n)];
        in.i32s(slots);
        return KeyTable.over(pool, 0, ends, slots);
    }

    private static KeyedPostings keyed(IndexInput in, int bound) {
        KeyTable keys = keys(in, -1);
        boolean gaps = flag(in);
        int n = keys.size();
        int[] ends = new int[n];
        long total = 0;
        for (int k = 0; k < n; k++) {
            total += lengthAt(in);
            if (total > in.remaining()) throw in.malformed("postings beyond the end of the data");
            ends[k] = (int) total;
        }
        int[] values = new int[(int) total];
        for (int k = 0, from = 0; k < n; from = ends[k++]) values(in, values, from, ends[k], bound, gaps);
        return new KeyedPostings(keys, ends, values);
    }

    private static boolean flag(IndexInput in) {
        int f = in.u8();
        if (f > 1) throw in.malformed("unknown flag " + f);
        return f == 1;
    }

    private static float[] floats(IndexInput in, int n) {
        float[] out = new float[n];
        in.f32s(out);
        return out;
    }

    private static boolean[] booleans(IndexInput in, int n) {
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) out[i] = flag(in);
        return out;
    }

    private static int crc(byte[] b, int off, int len) {
        CRC32 c = new CRC32();
        c.update(b, off, len);
        return (int) c.getValue();
    }

    private static int crc(ByteBuffer b, int off, int len) {
        CRC32 c = new CRC32();
        c.update(b.slice(off, len));
        return (int) c.getValue();
    }

    private static String shortId(String id) {
        return id.substring(0, Math.min(12, id.length()));
    }
}
