package org.chokepoint.sources.snapshot;

import org.chokepoint.model.FindingsSummary;
import org.chokepoint.model.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnapshotStoreTest {
    @TempDir
    Path home;

    @Test
    void savesActivatesAndSwitches() throws IOException {
        SnapshotStore store = new SnapshotStore(home);
        assertTrue(store.loadActive().isEmpty());
        Snapshot a = SnapshotCodecTest.sample();
        Snapshot b = Snapshot.of(Instant.parse("2026-11-25T00:00:00Z"), List.of(), FindingsSummary.empty(),
                List.of(Samples.person("un-sc", "KPi.002", "Someone")));

        store.saveAndActivate(a);
        assertEquals(a.id() + "\n", Files.readString(store.activeFile()));
        assertEquals(a.entities(), store.loadActive().orElseThrow().entities());

        store.save(b);
        assertEquals(a.id(), store.activeId().orElseThrow(), "saving does not activate");
        store.activate(b.id());
        assertEquals(b.id(), store.loadActive().orElseThrow().id());
        assertEquals(a.id(), store.resolve(a.id().substring(0, 8)));

        List<SnapshotStore.Listing> listing = store.list();
        assertEquals(List.of(b.id(), a.id()), listing.stream().map(SnapshotStore.Listing::id).toList());
        assertTrue(listing.get(0).active());
        try (var files = Files.list(home)) {
            assertEquals(List.of("ACTIVE", "snapshots"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary files left");
        }
    }

    @Test
    void pruneKeepsTheNewestAndTheActive() throws IOException {
        SnapshotStore store = new SnapshotStore(home);
        List<Snapshot> made = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            made.add(Snapshot.of(Instant.parse("2026-11-2" + i + "T00:00:00Z"), List.of(), FindingsSummary.empty(),
                    List.of(Samples.person("un-sc", "KPi.00" + i, "Person " + i))));
            store.save(made.get(i));
        }
        store.activate(made.get(0).id()); // the oldest, e.g. after a roll-back
        assertEquals(List.of(made.get(1).id()), store.prune(2));
        assertEquals(java.util.Set.of(made.get(0).id(), made.get(2).id(), made.get(3).id()), java.util.Set.copyOf(store.ids()));
        assertEquals(made.get(0).id(), store.loadActive().orElseThrow().id());
    }

    @Test
    void activatingAMissingSnapshotLeavesActiveUntouched() throws IOException {
        SnapshotStore store = new SnapshotStore(home);
        Snapshot a = SnapshotCodecTest.sample();
        store.saveAndActivate(a);
        byte[] before = Files.readAllBytes(store.activeFile());
        assertThrows(java.nio.file.NoSuchFileException.class, () -> store.activate("0".repeat(64)));
        assertArrayEquals(before, Files.readAllBytes(store.activeFile()));
    }

    @Test
    void damagedActiveSnapshotGivesAClearError() throws IOException {
        SnapshotStore store = new SnapshotStore(home);
        Snapshot a = SnapshotCodecTest.sample();
        Path f = store.saveAndActivate(a);
        byte[] bytes = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(bytes, bytes.length - 10));
        SnapshotFormatException e = assertThrows(SnapshotFormatException.class, store::loadActive);
        assertTrue(e.getMessage().contains(f.toString()) && e.getMessage().contains("truncated"), e.getMessage());
        Files.writeString(store.activeFile(), "garbage");
        assertTrue(assertThrows(SnapshotFormatException.class, store::loadActive).getMessage().contains("does not name a snapshot"));
    }
}
