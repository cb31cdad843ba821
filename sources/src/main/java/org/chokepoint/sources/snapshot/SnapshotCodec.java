package org.chokepoint.sources.snapshot;

import org.chokepoint.model.Address;
import org.chokepoint.model.Entity;
import org.chokepoint.model.FileMeta;
import org.chokepoint.model.Finding;
import org.chokepoint.model.FindingCount;
import org.chokepoint.model.FindingsSummary;
import org.chokepoint.model.FuzzyDate;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.Link;
import org.chokepoint.model.Name;
import org.chokepoint.model.Schema;
import org.chokepoint.model.Snapshot;
import org.chokepoint.model.SourceMeta;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The binary snapshot file format, version 4 (versions 2 and 3 are still read: version 3 had the same header
 * and a body of entity chunks, version 2 did not record the readers' revision, read as 0; version 1 had no
 * entity chunks).
 *
 * <pre>
 * magic "CHKPSNAP" | u16 version | u8 flags (bit 0: body gzip)
 * u32 header length | u32 header CRC-32 | header (id, time, sources, findings, readers' revision; small,
 *                                        never compressed)
 * u64 body length   | u32 body CRC-32   | body (string table, then the entities in key order, each string
 *                                        and entity reachable through a table of offsets: {@link EntityBody})
 * end of file
 * </pre>
 *
 * Every string of the body is stored once in the string table and referred to by a variable-length index
 * (0 = absent). Both parts are checked against their length and CRC before anything is decoded, so a
 * truncated or damaged file is rejected as a whole with a message that says which part is wrong.
 * {@link #read} then decodes every entity (on all cores) and checks their order; {@link #open} decodes each
 * entity when it is first asked for, so that a command screening one name starts in a fraction of a second.
 */
public final class SnapshotCodec {
    static final byte[] MAGIC = "CHKPSNAP".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 4;
    /** The last version whose body is a string table and entity chunks. */
    static final int CHUNKED = 3;
    /** The oldest format version this build still reads. */
    static final int OLDEST_READ = 2;
    private static final int FLAG_GZIP = 1;
    /** Entities per independently decodable chunk of the body. */
    private static final int CHUNK = 4096;
    /** Slices of the string table decoded in parallel. */
    private static final int SLICES = 4;

    private final boolean compress;

    /** @param compress gzip the body (smaller files, slower loads; see docs/snapshot.md for the measurement) */
    public SnapshotCodec(boolean compress) {
        this.compress = compress;
    }

    /** The format the store writes: uncompressed, which loads fastest (measured, docs/snapshot.md). */
    public static SnapshotCodec standard() {
        return new SnapshotCodec(false);
    }

    // ---------------------------------------------------------------- writing

    public void write(Snapshot snapshot, OutputStream target) throws IOException {
        write(snapshot, target, SnapshotBuilder.READERS_REVISION);
    }

    /** As {@link #write(Snapshot, OutputStream)}, recording another readers' revision (tests of older snapshots). */
    public void write(Snapshot snapshot, OutputStream target, int readersRevision) throws IOException {
        write(snapshot, target, readersRevision, VERSION);
    }

    /** As {@link #write(Snapshot, OutputStream, int)}, in format version 3 or 4 (tests of older files). */
    void write(Snapshot snapshot, OutputStream target, int readersRevision, int version) throws IOException {
        if (version != VERSION && version != CHUNKED) throw new IllegalArgumentException("cannot write format version " + version);
        byte[] header = encodeHeader(new SnapshotHeader(snapshot.id(), snapshot.createdAt(), snapshot.size(),
                snapshot.sources(), snapshot.findings(), readersRevision, version));
        byte[] body = version == CHUNKED ? encodeChunkedBody(snapshot.entities()) : encodeBody(snapshot.entities());
        if (compress) {
            ByteArrayOutputStream z = new ByteArrayOutputStream(body.length / 4);
            try (GZIPOutputStream gz = new GZIPOutputStream(z, 1 << 16)) {
                gz.write(body);
            }
            body = z.toByteArray();
        }
        DataOutputStream out = new DataOutputStream(target);
        out.write(MAGIC);
        out.writeShort(version);
        out.writeByte(compress ? FLAG_GZIP : 0);
        out.writeInt(header.length);
        out.writeInt(crc(header, 0, header.length));
        out.write(header);
        out.writeLong(body.length);
        out.writeInt(crc(body, 0, body.length));
        out.write(body);
        out.flush();
    }

    private static byte[] encodeHeader(SnapshotHeader h) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        ByteWriter w = new ByteWriter(buf);
        w.writeUtf8(h.id());
        w.writeZigZag(h.createdAt().getEpochSecond());
        w.writeVarInt(h.createdAt().getNano());
        w.writeVarInt(h.entityCount());
        w.writeVarInt(h.sources().size());
        for (SourceMeta s : h.sources()) {
            w.writeUtf8(s.source());
            w.writeByte(s.published() == null ? 0 : 1);
            if (s.published() != null) w.writeZigZag(s.published().toEpochDay());
            w.writeZigZag(s.declaredCount());
            w.writeVarInt(s.files().size());
            for (FileMeta f : s.files()) {
                w.writeUtf8(f.path());
                w.writeVarLong(f.size());
                w.writeUtf8(f.sha256());
                w.writeZigZag(f.lastModified().getEpochSecond());
                w.writeVarInt(f.lastModified().getNano());
            }
            w.writeVarInt(s.entityCounts().size());
            for (Map.Entry<Schema, Integer> c : s.entityCounts().entrySet()) {
                w.writeUtf8(c.getKey().name());
                w.writeVarInt(c.getValue());
            }
        }
        w.writeVarInt(h.findings().counts().size());
        for (FindingCount c : h.findings().counts()) {
            w.writeUtf8(c.source());
            w.writeUtf8(c.code());
            w.writeVarInt(c.count());
        }
        w.writeVarInt(h.findings().samples().size());
        for (Finding f : h.findings().samples()) {
            w.writeUtf8(f.severity().name());
            w.writeUtf8(f.source());
            w.writeUtf8(f.location());
            w.writeUtf8(f.code());
            w.writeUtf8(f.message());
        }
        w.writeVarInt(h.readersRevision());
        w.flush();
        return buf.toByteArray();
    }

    /**
     * Encodes the entities with string references one after another, noting where each ends, then prepends the
     * table those references index: the layout of {@link EntityBody}.
     */
    private static byte[] encodeBody(List<Entity> entities) throws IOException {
        Map<String, Integer> table = new HashMap<>();
        List<String> strings = new ArrayList<>();
        ByteArrayOutputStream refs = new ByteArrayOutputStream(entities.size() * 256);
        EntityWriter ew = new EntityWriter(new ByteWriter(refs), table, strings);
        int[] entityEnds = new int[entities.size()];
        for (int i = 0; i < entityEnds.length; i++) {
            ew.write(entities.get(i));
            ew.w.flush();
            entityEnds[i] = refs.size();
        }
        byte[][] utf8 = new byte[strings.size()][];
        long stringBytes = 0;
        for (int i = 0; i < utf8.length; i++) {
            utf8[i] = strings.get(i).getBytes(StandardCharsets.UTF_8);
            stringBytes += utf8[i].length;
        }
        if (stringBytes + refs.size() + 8L * (utf8.length + entityEnds.length + 1) > Integer.MAX_VALUE) {
            throw new IOException("snapshot too large for one file: " + stringBytes + " bytes of strings, " + refs.size() + " of entities");
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream((int) stringBytes + refs.size() + 8 * (utf8.length + entityEnds.length + 1));
        DataOutputStream out = new DataOutputStream(body);
        out.writeInt(utf8.length);
        int end = 0;
        for (byte[] b : utf8) out.writeInt(end += b.length);
        for (byte[] b : utf8) out.write(b);
        out.writeInt(entityEnds.length);
        for (int e : entityEnds) out.writeInt(e);
        refs.writeTo(out);
        out.flush();
        return body.toByteArray();
    }

    /**
     * Version 3: encodes the entities with string references in chunks of {@value #CHUNK}, then prepends the
     * table those references index and the chunk sizes, so that loading can decode the table and the chunks in
     * parallel. Body: string count, strings; entity count; chunk count, (entities, bytes) per chunk; the chunks.
     */
    private static byte[] encodeChunkedBody(List<Entity> entities) throws IOException {
        Map<String, Integer> table = new HashMap<>();
        List<String> strings = new ArrayList<>();
        List<byte[]> chunks = new ArrayList<>();
        for (int from = 0; from < entities.size(); from += CHUNK) {
            ByteArrayOutputStream refs = new ByteArrayOutputStream(CHUNK * 64);
            EntityWriter ew = new EntityWriter(new ByteWriter(refs), table, strings);
            for (Entity e : entities.subList(from, Math.min(entities.size(), from + CHUNK))) ew.write(e);
            ew.w.flush();
            chunks.add(refs.toByteArray());
        }

        ByteArrayOutputStream body = new ByteArrayOutputStream(strings.size() * 32 + chunks.size() * CHUNK * 64);
        ByteWriter w = new ByteWriter(body);
        w.writeVarInt(strings.size());
        for (String s : strings) w.writeUtf8(s);
        w.writeVarInt(entities.size());
        w.writeVarInt(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            w.writeVarInt(Math.min(CHUNK, entities.size() - i * CHUNK));
            w.writeVarInt(chunks.get(i).length);
        }
        w.flush();
        for (byte[] c : chunks) body.write(c);
        return body.toByteArray();
    }

    private static final class EntityWriter {
        final ByteWriter w;
        final Map<String, Integer> table;
        final List<String> strings;

        EntityWriter(ByteWriter w, Map<String, Integer> table, List<String> strings) {
            this.w = w;
            this.table = table;
            this.strings = strings;
        }

        void str(String s) throws IOException {
            if (s == null) {
                w.writeVarInt(0);
                return;
            }
            Integer ref = table.get(s);
            if (ref == null) {
                strings.add(s);
                ref = strings.size();
                table.put(s, ref);
            }
            w.writeVarInt(ref);
        }

        void strs(List<String> values) throws IOException {
            w.writeVarInt(values.size());
            for (String v : values) str(v);
        }

        void date(FuzzyDate d) throws IOException {
            str(d.raw());
            w.writeZigZag(d.earliest().toEpochDay());
            w.writeZigZag(d.latest().toEpochDay() - d.earliest().toEpochDay());
            str(d.precision().name());
            w.writeByte(d.circa() ? 1 : 0);
        }

        void write(Entity e) throws IOException {
            str(e.source());
            str(e.sourceId());
            str(e.schema().name());
            w.writeVarInt(e.names().size());
            for (Name n : e.names()) {
                str(n.value());
                str(n.kind().name());
                str(n.script());
                str(n.lang());
            }
            w.writeVarInt(e.birthDates().size());
            for (FuzzyDate d : e.birthDates()) date(d);
            strs(e.birthPlaces());
            strs(e.nationalities());
            strs(e.citizenships());
            strs(e.countries());
            w.writeVarInt(e.addresses().size());
            for (Address a : e.addresses()) {
                str(a.full());
                str(a.street());
                str(a.city());
                str(a.region());
                str(a.postalCode());
                str(a.country());
            }
            w.writeVarInt(e.identifiers().size());
            for (Identifier i : e.identifiers()) {
                str(i.type());
                str(i.value());
                str(i.country());
                str(i.note());
            }
            strs(e.programs());
            strs(e.lists());
            w.writeByte(e.listedOn() == null ? 0 : 1);
            if (e.listedOn() != null) date(e.listedOn());
            str(e.remarks());
            w.writeVarInt(e.links().size());
            for (Link l : e.links()) {
                str(l.type().name());
                str(l.target());
                str(l.targetName());
                w.writeByte(l.share() == null ? 0 : 1);
                if (l.share() != null) w.writeDouble(l.share());
            }
            Map<String, String> details = new TreeMap<>(e.details());
            w.writeVarInt(details.size());
            for (Map.Entry<String, String> d : details.entrySet()) {
                str(d.getKey());
                str(d.getValue());
            }
        }
    }

    // ---------------------------------------------------------------- reading

    /** Loads a whole snapshot; nothing is returned unless the file is complete and intact. */
    public Snapshot read(Path file) throws IOException {
        return read(Files.readAllBytes(file), file.toString());
    }

    public Snapshot read(byte[] data, String name) throws IOException {
        return decode(ByteBuffer.wrap(data), name, false);
    }

    /**
     * Opens a snapshot whose entities are decoded as they are asked for ({@link Snapshot#restoreLazily}): the
     * whole file is read and checked against its lengths and checksums as by {@link #read}, but no entity is
     * decoded yet. Files of format versions before 4 have no table to find an entity by, and are read whole.
     */
    public Snapshot open(Path file) throws IOException {
        return decode(FileBytes.of(file), file.toString(), true);
    }

    public Snapshot open(byte[] data, String name) throws IOException {
        return decode(ByteBuffer.wrap(data), name, true);
    }

    private Snapshot decode(ByteBuffer data, String name, boolean lazily) throws IOException {
        Parts p = split(data, name, true);
        SnapshotHeader h = decodeHeader(p.header, p.version, name);
        ByteBuffer body = data;
        int from = p.bodyFrom, to = p.bodyTo;
        if (p.gzip) {
            byte[] zipped = new byte[to - from];
            data.get(from, zipped);
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped), 1 << 16)) {
                body = ByteBuffer.wrap(in.readAllBytes());
            } catch (IOException e) {
                throw new SnapshotFormatException("snapshot " + name + ": compressed body cannot be inflated: " + e.getMessage(), e);
            }
            from = 0;
            to = body.limit();
        }
        List<Entity> entities;
        if (p.version <= CHUNKED) {
            byte[] chunked = new byte[to - from];
            body.get(from, chunked);
            entities = decodeChunkedBody(chunked, name);
            lazily = false;
        } else {
            EntityBody b = EntityBody.open(body, from, to, name);
            entities = lazily ? b.lazily() : b.decodeAll();
        }
        if (entities.size() != h.entityCount()) {
            throw new SnapshotFormatException("snapshot " + name + ": header announces " + h.entityCount()
                    + " entities, body holds " + entities.size());
        }
        if (lazily) return Snapshot.restoreLazily(h.id(), h.createdAt(), h.sources(), h.findings(), entities);
        try {
            return Snapshot.restore(h.id(), h.createdAt(), h.sources(), h.findings(), entities);
        } catch (IllegalArgumentException e) {
            throw new SnapshotFormatException("snapshot " + name + ": " + e.getMessage(), e);
        }
    }

    /** Reads only the metadata (checked against its own CRC); the entities are not decoded. */
    public SnapshotHeader readHeader(Path file) throws IOException {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            DataInputStream din = new DataInputStream(in);
            byte[] fixed = new byte[MAGIC.length + 2 + 1 + 4 + 4];
            readFully(din, fixed, file.toString(), "file header");
            checkPreamble(ByteBuffer.wrap(fixed), file.toString());
            int headerLen = ByteBuffer.wrap(fixed, MAGIC.length + 3, 4).getInt();
            if (headerLen < 0 || headerLen > (1 << 26)) {
                throw new SnapshotFormatException("snapshot " + file + " is corrupt: implausible metadata header length " + headerLen);
            }
            start = Arrays.copyOf(fixed, fixed.length + headerLen);
            readFully(din, start, fixed.length, headerLen, file.toString(), "metadata header");
        }
        Parts p = split(ByteBuffer.wrap(start), file.toString(), false);
        return decodeHeader(p.header, p.version, file.toString());
    }

    /** The checked parts of a file: its header bytes and where its body lies in the file's bytes. */
    private record Parts(int version, boolean gzip, byte[] header, int bodyFrom, int bodyTo) {
    }

    /** Checks magic and version; returns the version. */
    private static int checkPreamble(ByteBuffer data, String name) throws SnapshotFormatException {
        if (data.limit() < MAGIC.length + 3) {
            throw new SnapshotFormatException("snapshot " + name + " is truncated: " + data.limit() + " bytes, not even a file header");
        }
        if (!data.slice(0, MAGIC.length).equals(ByteBuffer.wrap(MAGIC))) {
            throw new SnapshotFormatException("snapshot " + name + " is not a Chokepoint snapshot (wrong magic bytes)");
        }
        int version = ((data.get(MAGIC.length) & 0xFF) << 8) | (data.get(MAGIC.length + 1) & 0xFF);
        if (version < OLDEST_READ || version > VERSION) {
            throw new SnapshotFormatException("snapshot " + name + " has format version " + version
                    + "; this build reads versions " + OLDEST_READ + " to " + VERSION
                    + " (rebuild it with 'chokepoint lists build')");
        }
        return version;
    }

    /** Checks magic, version, lengths and CRCs; returns the header and (if wanted) body bytes. */
    private static Parts split(ByteBuffer data, String name, boolean withBody) throws SnapshotFormatException {
        int version = checkPreamble(data, name);
        int size = data.limit();
        ByteBuffer buf = data.duplicate();
        buf.position(MAGIC.length + 2);
        int flags = buf.get() & 0xFF;
        if (buf.remaining() < 8) throw truncated(name, "file header", size);
        int headerLen = buf.getInt();
        int headerCrc = buf.getInt();
        if (headerLen < 0 || headerLen > buf.remaining()) throw truncated(name, "metadata header", size);
        byte[] header = new byte[headerLen];
        data.get(buf.position(), header);
        if (crc(header, 0, header.length) != headerCrc) {
            throw new SnapshotFormatException("snapshot " + name + " is corrupt: metadata header checksum mismatch");
        }
        buf.position(buf.position() + headerLen);
        if (!withBody) return new Parts(version, (flags & FLAG_GZIP) != 0, header, -1, -1);
        if (buf.remaining() < 12) throw truncated(name, "entity body", size);
        long bodyLen = buf.getLong();
        int bodyCrc = buf.getInt();
        if (bodyLen > buf.remaining()) {
            throw new SnapshotFormatException("snapshot " + name + " is truncated: the entity body should have "
                    + bodyLen + " bytes, the file holds " + buf.remaining() + " (file size " + size + ")");
        }
        if (bodyLen < buf.remaining()) {
            throw new SnapshotFormatException("snapshot " + name + " is corrupt: " + (buf.remaining() - bodyLen)
                    + " unexpected bytes after the entity body");
        }
        int start = buf.position();
        CRC32 bodyCheck = new CRC32();
        bodyCheck.update(data.slice(start, (int) bodyLen));
        if ((int) bodyCheck.getValue() != bodyCrc) {
            throw new SnapshotFormatException("snapshot " + name + " is corrupt: entity body checksum mismatch");
        }
        return new Parts(version, (flags & FLAG_GZIP) != 0, header, start, start + (int) bodyLen);
    }

    private static SnapshotFormatException truncated(String name, String part, int size) {
        return new SnapshotFormatException("snapshot " + name + " is truncated in the " + part + " (file size " + size + " bytes)");
    }

    private static SnapshotHeader decodeHeader(byte[] header, int version, String name) throws SnapshotFormatException {
        ByteReader r = new ByteReader(header, name + " (header)");
        try {
            String id = r.readUtf8();
            Instant created = Instant.ofEpochSecond(r.readZigZag(), r.readVarInt());
            int entityCount = r.readVarInt();
            int nSources = r.readVarInt();
            List<SourceMeta> sources = new ArrayList<>(nSources);
            for (int i = 0; i < nSources; i++) {
                String source = r.readUtf8();
                LocalDate published = r.readByte() == 0 ? null : LocalDate.ofEpochDay(r.readZigZag());
                int declared = (int) r.readZigZag();
                int nFiles = r.readVarInt();
                List<FileMeta> files = new ArrayList<>(nFiles);
                for (int f = 0; f < nFiles; f++) {
                    files.add(new FileMeta(r.readUtf8(), r.readVarLong(), r.readUtf8(),
                            Instant.ofEpochSecond(r.readZigZag(), r.readVarInt())));
                }
                int nCounts = r.readVarInt();
                Map<Schema, Integer> counts = new EnumMap<>(Schema.class);
                for (int c = 0; c < nCounts; c++) counts.put(enumOf(Schema.class, r.readUtf8(), r), r.readVarInt());
                sources.add(new SourceMeta(source, files, published, declared, counts));
            }
            int nCounts = r.readVarInt();
            List<FindingCount> counts = new ArrayList<>(nCounts);
            for (int i = 0; i < nCounts; i++) counts.add(new FindingCount(r.readUtf8(), r.readUtf8(), r.readVarInt()));
            int nSamples = r.readVarInt();
            List<Finding> samples = new ArrayList<>(nSamples);
            for (int i = 0; i < nSamples; i++) {
                samples.add(new Finding(enumOf(Finding.Severity.class, r.readUtf8(), r), r.readUtf8(), r.readUtf8(),
                        r.readUtf8(), r.readUtf8()));
            }
            int readersRevision = version >= 3 ? r.readVarInt() : 0;
            if (!r.atEnd()) throw r.corrupt("unexpected bytes after the metadata");
            return new SnapshotHeader(id, created, entityCount, sources, new FindingsSummary(counts, samples),
                    readersRevision, version);
        } catch (RuntimeException e) {
            throw r.corrupt("invalid metadata value: " + e.getMessage());
        }
    }

    /** Version 3: decodes the string table and then the entity chunks, each split over the available cores. */
    private static List<Entity> decodeChunkedBody(byte[] body, String name) throws SnapshotFormatException {
        ByteReader r = new ByteReader(body, name);
        try {
            int nStrings = r.readVarInt();
            int[] start = new int[nStrings + 1];
            int[] length = new int[nStrings + 1];
            for (int i = 1; i <= nStrings; i++) {
                length[i] = r.readVarInt();
                start[i] = r.position();
                r.skip(length[i]);
            }
            String[] table = new String[nStrings + 1];
            int slices = Math.max(1, Math.min(SLICES, nStrings / 10_000));
            inParallel(slices, slice -> {
                for (int i = 1 + slice; i <= nStrings; i += slices) table[i] = new String(body, start[i], length[i], StandardCharsets.UTF_8);
            });

            int n = r.readVarInt();
            int nChunks = r.readVarInt();
            int[] count = new int[nChunks];
            int[] from = new int[nChunks + 1];
            long total = 0;
            for (int c = 0; c < nChunks; c++) {
                count[c] = r.readVarInt();
                total += count[c];
                from[c + 1] = from[c] + r.readVarInt();
            }
            if (total != n) throw r.corrupt("chunks hold " + total + " entities, the body announces " + n);
            int base = r.position();
            r.skip(from[nChunks]);
            if (!r.atEnd()) throw r.corrupt("unexpected bytes after the last entity");
            List<List<Entity>> decoded = new ArrayList<>(Collections.nCopies(nChunks, null));
            inParallel(nChunks, c -> {
                ByteReader cr = new ByteReader(body, name, base + from[c], base + from[c + 1]);
                EntityReader er = new EntityReader(cr, EntityReader.of(table));
                List<Entity> out = new ArrayList<>(count[c]);
                for (int i = 0; i < count[c]; i++) out.add(er.read());
                if (!cr.atEnd()) throw cr.corrupt("entity chunk " + c + " has unexpected bytes at its end");
                decoded.set(c, out);
            });
            List<Entity> out = new ArrayList<>(n);
            decoded.forEach(out::addAll);
            return out;
        } catch (RuntimeException e) {
            throw r.corrupt("invalid entity value: " + e.getMessage());
        }
    }

    private interface Task {
        void run(int index) throws SnapshotFormatException;
    }

    /** Runs tasks 0..n-1 on the common pool; the first format error is rethrown as such. */
    private static void inParallel(int n, Task task) throws SnapshotFormatException {
        try {
            IntStream.range(0, n).parallel().forEach(i -> {
                try {
                    task.run(i);
                } catch (SnapshotFormatException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw (SnapshotFormatException) e.getCause();
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name, ByteReader r) throws SnapshotFormatException {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw r.corrupt("unknown " + type.getSimpleName() + " '" + name + "'");
        }
    }

    private static int crc(byte[] b, int off, int len) {
        CRC32 c = new CRC32();
        c.update(b, off, len);
        return (int) c.getValue();
    }

    private static void readFully(DataInputStream in, byte[] b, String name, String part) throws IOException {
        readFully(in, b, 0, b.length, name, part);
    }

    private static void readFully(DataInputStream in, byte[] b, int off, int len, String name, String part) throws IOException {
        try {
            in.readFully(b, off, len);
        } catch (EOFException e) {
            throw new SnapshotFormatException("snapshot " + name + " is truncated in the " + part);
        }
    }
}
