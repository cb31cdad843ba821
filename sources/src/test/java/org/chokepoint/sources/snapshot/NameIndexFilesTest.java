package org.chokepoint.sources.snapshot;

import org.chokepoint.match.IndexedScreener;
import org.chokepoint.match.Hit;
import org.chokepoint.match.MatcherVersion;
import org.chokepoint.match.NameIndex;
import org.chokepoint.match.NameIndexCodec;
import org.chokepoint.match.ScreeningQuery;
import org.chokepoint.model.FindingsSummary;
import org.chokepoint.model.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index file beside each snapshot: written with it, read back, and replaced whenever it cannot be used. */
class NameIndexFilesTest {
    @TempDir
    Path home;

    private static Snapshot other() {
        return Snapshot.of(Instant.parse("2026-11-25T00:00:00Z"), List.of(), FindingsSummary.empty(),
                List.of(Samples.person("un-sc", "KPi.002", "Someone"), Samples.org("un-sc", "KPe.001", "KOMID")));
    }

    private static List<Hit> kim(NameIndex index) {
        return new IndexedScreener(index).screen(ScreeningQuery.of("Kim Jong Un"));
    }

    @Test
    void savingWritesTheIndexAndLoadingReadsIt() throws IOException {
        SnapshotStore store = new SnapshotStore(home);
        Snapshot s = SnapshotCodecTest.sample();
        store.saveAndActivate(s);
        Path idx = store.indexPathOf(s.id());
        assertTrue(Files.isRegularFile(idx));
        assertEquals(s.id() + ".idx", idx.getFileName().toString());
        LoadedIndex loaded = store.loadOrBuildIndex(store.loadActive().orElseThrow());
        assertEquals(LoadedIndex.Origin.READ, loaded.origin());
        assertNull(loaded.problem());
        assertEquals(kim(NameIndex.build(s.entities())), kim(loaded.index()));
        assertFalse(kim(loaded.index()).isEmpty());
    }

    @Test
    void aMissingIndexIsBuiltAndStored() throws IOException {
        SnapshotStore store = new SnapshotStore(home);
        Snapshot s = SnapshotCodecTest.sample();
        store.save(s);
        Files.delete(store.indexPathOf(s.id()));
        LoadedIndex built = store.loadOrBuildIndex(s);
        assertEquals(LoadedIndex.Origin.BUILT, built.origin());
        assertNull(built.problem());
        assertTrue(Files.isRegularFile(store.indexPathOf(s.id())));
        assertEquals(LoadedIndex.Origin.READ, store.loadOrBuildIndex(s).origin());
    }

    @Test
    void aSnapshotNotInTheStoreGetsNoIndexFile() throws IOException {
        SnapshotStore store = new SnapshotStore(home);
        Snapshot s = SnapshotCodecTest.sample();
        assertEquals(LoadedIndex.Origin.BUILT, store.loadOrBuildIndex(s).origin());
        assertFalse(Files.exists(store.indexPathOf(s.id())));
    }

    @Test
    void aTruncatedIndexIsRefusedRebuiltAndRewritten() throws IOException {
        assertRefusedAndRepaired(bytes -> Arrays.copyOf(bytes, bytes.length / 2), "truncated");
        assertRefusedAndRepaired(bytes -> Arrays.copyOf(bytes, 5), "not a name index");
        assertRefusedAndRepaired(bytes -> new byte[0], "not a name index");
    }

    @Test
    void aFlippedByteIsRefusedRebuiltAndRewritten() throws IOException {
        assertRefusedAndRepaired(bytes -> flip(bytes, bytes.length - 100), "checksum");
        assertRefusedAndRepaired(bytes -> flip(bytes, 20), "checksum");
    }

    @Test
    void anIndexOfAnotherMatcherVersionIsRefusedRebuiltAndRewritten() throws IOException {
        assertRefusedAndRepaired(NameIndexFilesTest::withOtherMatcherVersion, "matcher version names-0");
    }

    @Test
    void theIndexOfAnotherSnapshotIsRefusedRebuiltAndRewritten() throws IOException {
        SnapshotStore store = new SnapshotStore(home);
        Snapshot b = other();
        store.save(b);
        byte[] ofB = Files.readAllBytes(store.indexPathOf(b.id()));
        assertRefusedAndRepaired(bytes -> ofB, "index of snapshot " + b.shortId());
    }

    private interface Damage {
        byte[] apply(byte[] bytes);
    }

    private void assertRefusedAndRepaired(Damage damage, String reason) throws IOException {
        SnapshotStore store = new SnapshotStore(home);
        Snapshot s = SnapshotCodecTest.sample();
        store.save(s);
        Path idx = store.indexPathOf(s.id());
        byte[] good = Files.readAllBytes(idx);
        Files.write(idx, damage.apply(good));
        LoadedIndex loaded = store.loadOrBuildIndex(s);
        assertEquals(LoadedIndex.Origin.REBUILT, loaded.origin(), reason);
        assertNotNull(loaded.problem());
        assertTrue(loaded.problem().contains(reason) && loaded.problem().contains(idx.getFileName().toString()),
                loaded.problem());
        assertEquals(kim(NameIndex.build(s.entities())), kim(loaded.index()));
        assertArrayEquals(good, Files.readAllBytes(idx), "the index is written again");
        assertEquals(LoadedIndex.Origin.READ, store.loadOrBuildIndex(s).origin());
    }

    @Test
    void anIndexThatCannotBeStoredIsStillServed() throws IOException {
        SnapshotStore store = new SnapshotStore(home);
        Snapshot s = SnapshotCodecTest.sample();
        store.save(s);
        Path idx = store.indexPathOf(s.id());
        Files.delete(idx);
        Files.createDirectories(idx.resolve("blocker")); // a folder in its place: neither readable nor replaceable
        LoadedIndex loaded = store.loadOrBuildIndex(s);
        assertEquals(LoadedIndex.Origin.REBUILT, loaded.origin());
        assertTrue(loaded.problem().contains("cannot be stored"), loaded.problem());
        assertEquals(kim(NameIndex.build(s.entities())), kim(loaded.index()));
        try (var files = Files.list(store.snapshotsDir())) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void aTemporaryFileOfAKilledWriteIsNeverReadAndIsCleanedOnceStale() throws IOException {
        SnapshotStore store = new SnapshotStore(home);
        Snapshot s = SnapshotCodecTest.sample();
        store.save(s);
        Path idx = store.indexPathOf(s.id());
        // a writer killed after writing all of its bytes but before the rename: a complete index, under a .tmp name
        Path stale = store.snapshotsDir().resolve(s.shortId() + ".idx-1234567890.tmp");
        Path young = store.snapshotsDir().resolve(s.shortId() + ".idx-99.tmp");
        Files.copy(idx, stale);
        Files.write(young, Arrays.copyOf(Files.readAllBytes(idx), 100)); // still being written by a live process
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(AtomicFiles.STALE).minusSeconds(60)));
        Files.delete(idx);

        LoadedIndex loaded = store.loadOrBuildIndex(s);
        assertEquals(LoadedIndex.Origin.BUILT, loaded.origin(), "the temporary files are not taken for the index");
        assertFalse(Files.exists(stale), "a writer dead for long is cleaned up");
        assertTrue(Files.exists(young), "a writer that may still be at work is left alone");
        assertEquals(LoadedIndex.Origin.READ, store.loadOrBuildIndex(s).origin());
    }

    @Test
    void activatingASnapshotWithoutIndexBuildsIt() throws IOException {
        SnapshotStore store = new SnapshotStore(home);
        Snapshot s = SnapshotCodecTest.sample();
        store.save(s);
        Files.delete(store.indexPathOf(s.id()));
        store.activate(s.id());
        assertTrue(Files.isRegularFile(store.indexPathOf(s.id())));
        assertEquals(LoadedIndex.Origin.READ, store.loadOrBuildIndex(store.loadActive().orElseThrow()).origin());
    }

    @Test
    void pruneDeletesTheIndexesOfPrunedSnapshotsAndOrphans() throws IOException {
        SnapshotStore store = new SnapshotStore(home);
        Snapshot a = SnapshotCodecTest.sample(), b = other();
        store.save(a);
        store.saveAndActivate(b);
        Path orphan = store.indexPathOf("f".repeat(64));
        Files.copy(store.indexPathOf(a.id()), orphan);
        assertEquals(List.of(a.id()), store.prune(1));
        assertFalse(Files.exists(store.indexPathOf(a.id())));
        assertFalse(Files.exists(orphan));
        assertTrue(Files.exists(store.indexPathOf(b.id())));
    }

    private static byte[] flip(byte[] bytes, int at) {
        byte[] b = bytes.clone();
        b[at] ^= 0x04;
        return b;
    }

    /** The same file claiming to be written by matcher version names-0 (header checksum made to fit). */
    private static byte[] withOtherMatcherVersion(byte[] bytes) {
        byte[] version = MatcherVersion.VERSION.getBytes(StandardCharsets.UTF_8);
        byte[] b = bytes.clone();
        int fixed = 8 + 2 + 4 + 4;
        assertEquals(version.length, b[fixed]);
        assertArrayEquals(version, Arrays.copyOfRange(b, fixed + 1, fixed + 1 + version.length));
        byte[] older = "names-0".getBytes(StandardCharsets.UTF_8);
        assertEquals(version.length, older.length);
        System.arraycopy(older, 0, b, fixed + 1, older.length);
        int headerLength = java.nio.ByteBuffer.wrap(b, 10, 4).getInt();
        CRC32 crc = new CRC32();
        crc.update(b, fixed, headerLength);
        java.nio.ByteBuffer.wrap(b, 14, 4).putInt((int) crc.getValue());
        return b;
    }

    @Test
    void theFileHeaderNamesSnapshotAndMatcherVersion() throws Exception {
        SnapshotStore store = new SnapshotStore(home);
        Snapshot s = SnapshotCodecTest.sample();
        store.save(s);
        NameIndexCodec.Header h = NameIndexCodec.header(Files.readAllBytes(store.indexPathOf(s.id())));
        assertEquals(s.id(), h.snapshotId());
        assertEquals(MatcherVersion.VERSION, h.matcherVersion());
        assertEquals(s.size(), h.entityCount());
    }
}
