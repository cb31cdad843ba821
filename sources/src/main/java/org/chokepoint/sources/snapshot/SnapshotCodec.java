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
import org.chokepoint.model.LinkType;
import org.chokepoint.model.Name;
import org.chokepoint.model.NameKind;
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
 * The binary snapshot file format, version 3 (version 2 did not record the readers' revision and is still
 * read, as revision 0; version 1 had no entity chunks).
 *
 * <pre>
 * magic "CHKPSNAP" | u16 version | u8 flags (bit 0: body gzip)
 * u32 header length | u32 header CRC-32 | header (id, time, sources, findings, readers' revision; small,
 *                                        never compressed)
 * u64 body length   | u32 body CRC-32   | body (string table, then the entities in key order)
 * end of file
 * </pre>
 *
 * Every string of the body is stored once in the string table and referred to by a variable-length index
 * (0 = absent). Both parts are checked against their length and CRC before anything is decoded, so a
 * truncated or damaged file is rejected as a whole with a message that says which part is wrong.
 */
public final class SnapshotCodec {
    static final byte[] MAGIC = "CHKPSNAP".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 3;
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
        byte[] header = encodeHeader(new SnapshotHeader(snapshot.id(), snapshot.createdAt(), snapshot.size(),
                snapshot.sources(), snapshot.findings(), readersRevision));
        byte[] body = encodeBody(snapshot.entities());
        if (compress) {
            ByteArrayOutputStream z = new ByteArrayOutputStream(body.length / 4);
            try (GZIPOutputStream gz = new GZIPOutputStream(z, 1 << 16)) {
                gz.write(body);
            }
            body = z.toByteArray();
        }
        DataOutputStream out = new DataOutputStream(target);
        out.write(MAGIC);
        out.writeShort(VERSION);
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
     * Encodes the entities with string references in chunks of {@value #CHUNK}, then prepends the table those
     * references index and the chunk sizes, so that loading can decode the table and the chunks in parallel.
     * Body: string count, strings; entity count; chunk count, (entities, bytes) per chunk; the chunks.
     */
    private static byte[] encodeBody(List<Entity> entities) throws IOException {
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
        Parts p = split(data, name, true);
        SnapshotHeader h = decodeHeader(p.header, p.version, name);
        byte[] body = p.body;
        if (p.gzip) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body), 1 << 16)) {
                body = in.readAllBytes();
            } catch (IOException e) {
                throw new SnapshotFormatException("snapshot " + name + ": compressed body cannot be inflated: " + e.getMessage(), e);
            }
        }
        List<Entity> entities = decodeBody(body, name);
        if (entities.size() != h.entityCount()) {
            throw new SnapshotFormatException("snapshot " + name + ": header announces " + h.entityCount()
                    + " entities, body holds " + entities.size());
        }
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
            checkPreamble(fixed, file.toString());
            int headerLen = ByteBuffer.wrap(fixed, MAGIC.length + 3, 4).getInt();
            if (headerLen < 0 || headerLen > (1 << 26)) {
                throw new SnapshotFormatException("snapshot " + file + " is corrupt: implausible metadata header length " + headerLen);
            }
            start = Arrays.copyOf(fixed, fixed.length + headerLen);
            readFully(din, start, fixed.length, headerLen, file.toString(), "metadata header");
        }
        Parts p = split(start, file.toString(), false);
        return decodeHeader(p.header, p.version, file.toString());
    }

    private record Parts(int version, boolean gzip, byte[] header, byte[] body) {
    }

    /** Checks magic and version; returns the version. */
    private static int checkPreamble(byte[] data, String name) throws SnapshotFormatException {
        if (data.length < MAGIC.length + 3) {
            throw new SnapshotFormatException("snapshot " + name + " is truncated: " + data.length + " bytes, not even a file header");
        }
        if (!Arrays.equals(data, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new SnapshotFormatException("snapshot " + name + " is not a Chokepoint snapshot (wrong magic bytes)");
        }
        int version = ((data[MAGIC.length] & 0xFF) << 8) | (data[MAGIC.length + 1] & 0xFF);
        if (version < OLDEST_READ || version > VERSION) {
            throw new SnapshotFormatException("snapshot " + name + " has format version " + version
                    + "; this build reads versions " + OLDEST_READ + " to " + VERSION
                    + " (rebuild it with 'chokepoint lists build')");
        }
        return version;
    }

    /** Checks magic, version, lengths and CRCs; returns the header and (if wanted) body bytes. */
    private static Parts split(byte[] data, String name, boolean withBody) throws SnapshotFormatException {
        int version = checkPreamble(data, name);
        ByteBuffer buf = ByteBuffer.wrap(data);
        buf.position(MAGIC.length + 2);
        int flags = buf.get() & 0xFF;
        if (buf.remaining() < 8) throw truncated(name, "file header", data.length);
        int headerLen = buf.getInt();
        int headerCrc = buf.getInt();
        if (headerLen < 0 || headerLen > buf.remaining()) throw truncated(name, "metadata header", data.length);
        byte[] header = Arrays.copyOfRange(data, buf.position(), buf.position() + headerLen);
        if (crc(header, 0, header.length) != headerCrc) {
            throw new SnapshotFormatException("snapshot " + name + " is corrupt: metadata header checksum mismatch");
        }
        buf.position(buf.position() + headerLen);
        if (!withBody) return new Parts(version, (flags & FLAG_GZIP) != 0, header, null);
        if (buf.remaining() < 12) throw truncated(name, "entity body", data.length);
        long bodyLen = buf.getLong();
        int bodyCrc = buf.getInt();
        if (bodyLen > buf.remaining()) {
            throw new SnapshotFormatException("snapshot " + name + " is truncated: the entity body should have "
                    + bodyLen + " bytes, the file holds " + buf.remaining() + " (file size " + data.length + ")");
        }
        if (bodyLen < buf.remaining()) {
            throw new SnapshotFormatException("snapshot " + name + " is corrupt: " + (buf.remaining() - bodyLen)
                    + " unexpected bytes after the entity body");
        }
        int start = buf.position();
        if (crc(data, start, (int) bodyLen) != bodyCrc) {
            throw new SnapshotFormatException("snapshot " + name + " is corrupt: entity body checksum mismatch");
        }
        return new Parts(version, (flags & FLAG_GZIP) != 0, header, Arrays.copyOfRange(data, start, start + (int) bodyLen));
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
                    readersRevision);
        } catch (RuntimeException e) {
            throw r.corrupt("invalid metadata value: " + e.getMessage());
        }
    }

    /** Decodes the string table and then the entity chunks, each split over the available cores. */
    private static List<Entity> decodeBody(byte[] body, String name) throws SnapshotFormatException {
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
                EntityReader er = new EntityReader(cr, table);
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

    private static final class EntityReader {
        final ByteReader r;
        final String[] table;
        final Map<String, Schema> schemas = enumIndex(Schema.class);
        final Map<String, NameKind> kinds = enumIndex(NameKind.class);
        final Map<String, FuzzyDate.Precision> precisions = enumIndex(FuzzyDate.Precision.class);
        final Map<String, LinkType> linkTypes = enumIndex(LinkType.class);

        EntityReader(ByteReader r, String[] table) {
            this.r = r;
            this.table = table;
        }

        String str() throws SnapshotFormatException {
            int ref = r.readVarInt();
            if (ref >= table.length) throw r.corrupt("string reference " + ref + " beyond the table of " + (table.length - 1));
            return table[ref];
        }

        <E> E enumValue(Map<String, E> values) throws SnapshotFormatException {
            String s = str();
            E v = values.get(s);
            if (v == null) throw r.corrupt("unknown value '" + s + "'");
            return v;
        }

        List<String> strs() throws SnapshotFormatException {
            int n = r.readVarInt();
            if (n == 0) return List.of();
            String[] a = new String[n];
            for (int i = 0; i < n; i++) a[i] = str();
            return Arrays.asList(a);
        }

        FuzzyDate date() throws SnapshotFormatException {
            String raw = str();
            LocalDate earliest = LocalDate.ofEpochDay(r.readZigZag());
            LocalDate latest = earliest.plusDays(r.readZigZag());
            return new FuzzyDate(raw, earliest, latest, enumValue(precisions), r.readByte() != 0);
        }

        Entity read() throws SnapshotFormatException {
            String source = str();
            String sourceId = str();
            Schema schema = enumValue(schemas);
            int nNames = r.readVarInt();
            List<Name> names = new ArrayList<>(nNames);
            for (int i = 0; i < nNames; i++) names.add(new Name(str(), enumValue(kinds), str(), str()));
            int nDates = r.readVarInt();
            List<FuzzyDate> birthDates = new ArrayList<>(nDates);
            for (int i = 0; i < nDates; i++) birthDates.add(date());
            List<String> birthPlaces = strs();
            List<String> nationalities = strs();
            List<String> citizenships = strs();
            List<String> countries = strs();
            int nAddr = r.readVarInt();
            List<Address> addresses = new ArrayList<>(nAddr);
            for (int i = 0; i < nAddr; i++) addresses.add(new Address(str(), str(), str(), str(), str(), str()));
            int nIds = r.readVarInt();
            List<Identifier> ids = new ArrayList<>(nIds);
            for (int i = 0; i < nIds; i++) ids.add(new Identifier(str(), str(), str(), str()));
            List<String> programs = strs();
            List<String> lists = strs();
            FuzzyDate listedOn = r.readByte() == 0 ? null : date();
            String remarks = str();
            int nLinks = r.readVarInt();
            List<Link> links = new ArrayList<>(nLinks);
            for (int i = 0; i < nLinks; i++) {
                LinkType type = enumValue(linkTypes);
                String target = str();
                String targetName = str();
                Double share = r.readByte() == 0 ? null : r.readDouble();
                links.add(new Link(type, target, targetName, share));
            }
            int nDetails = r.readVarInt();
            Map<String, String> details = nDetails == 0 ? Map.of() : new HashMap<>(nDetails * 2);
            for (int i = 0; i < nDetails; i++) details.put(str(), str());
            return new Entity(source, sourceId, schema, names, birthDates, birthPlaces, nationalities, citizenships,
                    countries, addresses, ids, programs, lists, listedOn, remarks, links, details);
        }
    }

    private static <E extends Enum<E>> Map<String, E> enumIndex(Class<E> type) {
        Map<String, E> m = new HashMap<>();
        for (E e : type.getEnumConstants()) m.put(e.name(), e);
        return m;
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
