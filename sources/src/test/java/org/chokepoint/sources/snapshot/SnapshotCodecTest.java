package org.chokepoint.sources.snapshot;

import org.chokepoint.model.Entity;
import org.chokepoint.model.FileMeta;
import org.chokepoint.model.Finding;
import org.chokepoint.model.FindingCount;
import org.chokepoint.model.FindingsSummary;
import org.chokepoint.model.Schema;
import org.chokepoint.model.Snapshot;
import org.chokepoint.model.SourceMeta;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnapshotCodecTest {
    static Snapshot sample() {
        List<Entity> entities = List.of(Samples.full("ofac-sdn", "2"), Samples.org("ofac-sdn", "1", "KOREAN WORKERS' PARTY"),
                Samples.person("un-sc", "KPi.001", "Ri Pyong Chol"));
        SourceMeta sdn = new SourceMeta("ofac-sdn",
                List.of(new FileMeta("/data/sdn.csv", 1234, "ab".repeat(32), Instant.parse("2024-05-03T10:15:30Z"))),
                LocalDate.of(2024, 5, 3), 2, Map.of(Schema.PERSON, 1, Schema.ORGANIZATION, 1));
        SourceMeta un = new SourceMeta("un-sc", List.of(), null, -1, Map.of(Schema.PERSON, 1));
        FindingsSummary findings = new FindingsSummary(List.of(new FindingCount("ofac-sdn", "orphan-alias", 3)),
                List.of(new Finding(Finding.Severity.WARNING, "ofac-sdn", "alt.csv:12", "orphan-alias", "no primary 999")));
        return Snapshot.of(Instant.parse("2026-11-24T00:00:00.123456789Z"), List.of(sdn, un), findings, entities);
    }

    static byte[] encode(Snapshot s, boolean gzip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SnapshotCodec(gzip).write(s, out);
        return out.toByteArray();
    }

    @Test
    void roundTripKeepsEveryFieldPlainAndCompressed() throws IOException {
        Snapshot s = sample();
        for (boolean gzip : new boolean[]{false, true}) {
            Snapshot back = new SnapshotCodec(gzip).read(encode(s, gzip), "mem");
            assertEquals(s.entities(), back.entities());
            assertEquals(s.id(), back.id());
            assertEquals(s.createdAt(), back.createdAt());
            assertEquals(s.sources(), back.sources());
            assertEquals(s.findings(), back.findings());
            assertTrue(back.verifyId());
            assertEquals("KIM, Jong Un", back.get("ofac-sdn:2").orElseThrow().primaryName().value());
        }
    }

    @Test
    void idDependsOnContentNotOnOrder() {
        Snapshot a = sample();
        List<Entity> reversed = new java.util.ArrayList<>(a.entities());
        java.util.Collections.reverse(reversed);
        Snapshot b = Snapshot.of(Instant.EPOCH, List.of(), FindingsSummary.empty(), reversed);
        assertEquals(a.id(), b.id());
        Snapshot c = Snapshot.of(Instant.EPOCH, List.of(), FindingsSummary.empty(),
                List.of(Samples.person("un-sc", "KPi.001", "Ri Pyong Chol")));
        assertTrue(!a.id().equals(c.id()));
        Snapshot forged = Snapshot.restore(c.id(), Instant.EPOCH, List.of(), FindingsSummary.empty(), a.entities());
        assertTrue(!forged.verifyId(), "entities that do not hash to the id are detected");
    }

    @Test
    void everyTruncationIsRejectedWithAClearMessage() throws IOException {
        byte[] full = encode(sample(), false);
        for (int len = 0; len < full.length; len++) {
            byte[] cut = Arrays.copyOf(full, len);
            for (boolean lazily : new boolean[]{false, true}) {
                SnapshotFormatException e = assertThrows(SnapshotFormatException.class, () -> {
                    if (lazily) SnapshotCodec.standard().open(cut, "cut.snap");
                    else SnapshotCodec.standard().read(cut, "cut.snap");
                });
                assertTrue(e.getMessage().startsWith("snapshot cut.snap "), e.getMessage());
                assertTrue(e.getMessage().contains("truncated") || (len < SnapshotCodec.MAGIC.length && e.getMessage().contains("magic")),
                        len + ": " + e.getMessage());
            }
        }
    }

    @Test
    void openDecodesEachEntityWhenAskedAndGivesWhatReadGives() throws IOException {
        Snapshot s = sample();
        byte[] file = encode(s, false);
        Snapshot opened = SnapshotCodec.standard().open(file, "mem");
        assertEquals(s.id(), opened.id());
        assertEquals(s.sources(), opened.sources());
        assertEquals(s.findings(), opened.findings());
        assertEquals(3, opened.size());
        Entity second = opened.entities().get(1);
        assertEquals(s.entities().get(1), second);
        assertSame(second, opened.entities().get(1), "decoded once, then kept");
        assertEquals(s.entities(), List.copyOf(opened.entities()));
        assertEquals(s.entities(), SnapshotCodec.standard().read(file, "mem").entities());
        assertEquals("KIM, Jong Un", opened.get("ofac-sdn:2").orElseThrow().primaryName().value());
        assertTrue(opened.verifyId());
    }

    @Test
    void openChecksTheOffsetTablesBeforeAnyEntityIsAskedFor() throws IOException {
        byte[] file = encode(sample(), false);
        int headerLen = java.nio.ByteBuffer.wrap(file).getInt(SnapshotCodec.MAGIC.length + 3);
        int body = SnapshotCodec.MAGIC.length + 3 + 8 + headerLen + 12;
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(file);
        int strings = b.getInt(body);
        int stringBytes = b.getInt(body + 4 * strings);
        int entityTable = body + 4 + 4 * strings + stringBytes;
        assertEquals(3, b.getInt(entityTable));
        b.putInt(entityTable + 4, b.getInt(entityTable + 8) + 1); // entity 1 ends after entity 2
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(file, body, file.length - body);
        b.putInt(body - 4, (int) crc.getValue());
        SnapshotFormatException e = assertThrows(SnapshotFormatException.class, () -> SnapshotCodec.standard().open(file, "x.snap"));
        assertTrue(e.getMessage().contains("entity 2 ends at") && e.getMessage().contains("outside its run"), e.getMessage());
    }

    @Test
    void aLazilyOpenedSnapshotOutOfKeyOrderFailsOnTheFirstKeyLookup() {
        Snapshot a = sample();
        List<Entity> reversed = new java.util.ArrayList<>(a.entities());
        java.util.Collections.reverse(reversed);
        Snapshot lazy = Snapshot.restoreLazily(a.id(), Instant.EPOCH, List.of(), FindingsSummary.empty(), reversed);
        assertEquals(3, lazy.size());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> lazy.get("ofac-sdn:2"));
        assertTrue(e.getMessage().contains("not sorted by key"), e.getMessage());
    }

    @Test
    void aVersion3FileStillReadsAndOpens(@TempDir Path dir) throws IOException {
        Snapshot s = sample();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SnapshotCodec.standard().write(s, out, SnapshotBuilder.READERS_REVISION, SnapshotCodec.CHUNKED);
        Path f = dir.resolve("v3.snap");
        Files.write(f, out.toByteArray());
        SnapshotHeader h = SnapshotCodec.standard().readHeader(f);
        assertEquals(SnapshotCodec.CHUNKED, h.formatVersion());
        assertTrue(h.olderFormat());
        assertFalse(h.compiledByOlderReaders());
        assertEquals(s.entities(), SnapshotCodec.standard().read(f).entities());
        assertEquals(s.entities(), SnapshotCodec.standard().open(f).entities());
        assertFalse(SnapshotCodec.standard().readHeader(writeTo(dir.resolve("v4.snap"), encode(s, false))).olderFormat());
    }

    @Test
    void storingAgainRewritesAFileOfAnOlderFormat(@TempDir Path home) throws IOException {
        SnapshotStore store = new SnapshotStore(home);
        Snapshot s = sample();
        ByteArrayOutputStream v3 = new ByteArrayOutputStream();
        SnapshotCodec.standard().write(s, v3, SnapshotBuilder.READERS_REVISION, SnapshotCodec.CHUNKED);
        writeTo(store.pathOf(s.id()), v3.toByteArray());
        store.saveAndActivate(s);
        assertEquals(SnapshotCodec.VERSION, SnapshotCodec.standard().readHeader(store.pathOf(s.id())).formatVersion());
        assertEquals(s.entities(), store.openActive().orElseThrow().entities());
    }

    private static Path writeTo(Path f, byte[] bytes) throws IOException {
        Files.createDirectories(f.getParent());
        Files.write(f, bytes);
        return f;
    }

    @Test
    void everyFlippedBodyOrHeaderByteIsDetected() throws IOException {
        byte[] full = encode(sample(), true);
        for (int i = SnapshotCodec.MAGIC.length + 3; i < full.length; i++) {
            byte[] bad = full.clone();
            bad[i] ^= 0x5A;
            assertThrows(SnapshotFormatException.class, () -> SnapshotCodec.standard().read(bad, "bad.snap"), "byte " + i);
        }
    }

    @Test
    void foreignFileAndTrailingBytesAndOtherVersionAreNamed() throws IOException {
        SnapshotFormatException notSnap = assertThrows(SnapshotFormatException.class,
                () -> SnapshotCodec.standard().read("ent_num,name\n1,X\n".getBytes(), "sdn.csv"));
        assertEquals("snapshot sdn.csv is not a Chokepoint snapshot (wrong magic bytes)", notSnap.getMessage());

        byte[] full = encode(sample(), false);
        byte[] longer = Arrays.copyOf(full, full.length + 3);
        assertEquals("snapshot x.snap is corrupt: 3 unexpected bytes after the entity body",
                assertThrows(SnapshotFormatException.class, () -> SnapshotCodec.standard().read(longer, "x.snap")).getMessage());

        byte[] v9 = full.clone();
        v9[SnapshotCodec.MAGIC.length + 1] = 9;
        assertTrue(assertThrows(SnapshotFormatException.class, () -> SnapshotCodec.standard().read(v9, "v.snap"))
                .getMessage().contains("format version 9"));
    }

    @Test
    void headerReadsWithoutTheBody(@TempDir Path dir) throws IOException {
        Snapshot s = sample();
        Path f = dir.resolve("s.snap");
        Files.write(f, encode(s, false));
        SnapshotHeader h = SnapshotCodec.standard().readHeader(f);
        assertEquals(s.id(), h.id());
        assertEquals(3, h.entityCount());
        assertEquals(s.sources(), h.sources());
        assertEquals(SnapshotBuilder.READERS_REVISION, h.readersRevision());
        Files.write(f, Arrays.copyOf(encode(s, false), 20));
        assertTrue(assertThrows(SnapshotFormatException.class, () -> SnapshotCodec.standard().readHeader(f))
                .getMessage().contains("truncated"));
    }

    @Test
    void aVersion2FileStillReadsAsReadersRevisionZero(@TempDir Path dir) throws IOException {
        // version 2 wrote the same header without the trailing revision: rebuild such a file from a version 3 one
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SnapshotCodec.standard().write(sample(), out, 0, SnapshotCodec.CHUNKED);
        java.nio.ByteBuffer v3 = java.nio.ByteBuffer.wrap(out.toByteArray());
        int fixed = SnapshotCodec.MAGIC.length + 3;
        int headerLen = v3.getInt(fixed);
        byte[] header = Arrays.copyOfRange(out.toByteArray(), fixed + 8, fixed + 8 + headerLen - 1); // drop varint 0
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(header);
        java.nio.ByteBuffer v2 = java.nio.ByteBuffer.allocate(v3.capacity() - 1);
        v2.put(out.toByteArray(), 0, SnapshotCodec.MAGIC.length).putShort((short) 2).put(v3.get(SnapshotCodec.MAGIC.length + 2))
                .putInt(header.length).putInt((int) crc.getValue()).put(header)
                .put(out.toByteArray(), fixed + 8 + headerLen, v3.capacity() - fixed - 8 - headerLen);
        Path f = dir.resolve("v2.snap");
        Files.write(f, v2.array());
        assertEquals(0, SnapshotCodec.standard().readHeader(f).readersRevision());
        assertEquals(sample().entities(), SnapshotCodec.standard().read(f).entities());
    }

    @Test
    void storingAgainReplacesAFileWrittenByOlderReaders(@TempDir Path home) throws IOException {
        SnapshotStore store = new SnapshotStore(home);
        Snapshot s = sample();
        ByteArrayOutputStream older = new ByteArrayOutputStream();
        SnapshotCodec.standard().write(s, older, 0);
        Files.createDirectories(store.snapshotsDir());
        Files.write(store.pathOf(s.id()), older.toByteArray());
        assertEquals(0, SnapshotCodec.standard().readHeader(store.pathOf(s.id())).readersRevision());
        store.saveAndActivate(s); // same content, same id: the file is rewritten, not kept
        assertEquals(SnapshotBuilder.READERS_REVISION, SnapshotCodec.standard().readHeader(store.pathOf(s.id())).readersRevision());
        assertEquals(s.entities(), store.loadActive().orElseThrow().entities());
    }
}
