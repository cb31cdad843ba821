package org.chokepoint.app;

import org.chokepoint.match.ScreeningQuery;
import org.chokepoint.model.Entity;
import org.chokepoint.model.FindingsSummary;
import org.chokepoint.model.Name;
import org.chokepoint.model.Schema;
import org.chokepoint.model.Snapshot;
import org.chokepoint.rules.RuleBook;
import org.chokepoint.sources.snapshot.SnapshotBuilder;
import org.chokepoint.sources.snapshot.SnapshotCodec;
import org.chokepoint.sources.snapshot.SnapshotStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActiveSnapshotTest {
    private static final RuleBook RULES = RuleBook.bundled();

    private static Snapshot of(String sourceId, String name) {
        Entity e = Entity.builder("ofac-sdn", sourceId, Schema.ORGANIZATION).name(Name.primary(name)).build();
        return Snapshot.of(Instant.parse("2026-11-24T00:00:00Z"), List.of(), new FindingsSummary(List.of(), List.of()), List.of(e));
    }

    private static ActiveSnapshot active(Path home, List<String> notices) {
        return new ActiveSnapshot(Config.of(TestEngine.config().dataDir(), home), RULES, notices::add);
    }

    @Test
    void aSnapshotCompiledByOlderReadersIsServedWithAWarning(@TempDir Path home) throws IOException {
        SnapshotStore store = new SnapshotStore(home);
        Snapshot s = of("23175", "DANDONG KEHUA ECONOMY & TRADE CO., LTD.");
        Files.createDirectories(store.snapshotsDir());
        try (OutputStream out = Files.newOutputStream(store.pathOf(s.id()))) {
            SnapshotCodec.standard().write(s, out, 0);
        }
        store.activate(s.id());
        List<String> notices = new ArrayList<>();
        assertEquals(s.id(), active(home, notices).current().id());
        assertEquals(1, notices.size());
        assertTrue(notices.get(0).contains("was compiled by readers of revision 0; this build reads some lists differently (revision "
                + SnapshotBuilder.READERS_REVISION + "): run 'chokepoint lists build'"), notices.get(0));

        store.save(s); // recompiled: same content, rewritten by this build's readers
        notices.clear();
        assertEquals(s.id(), active(home, notices).current().id());
        assertEquals(List.of(), notices, "no warning once rebuilt");
    }

    /**
     * A damaged active snapshot is refused with the damage named and the way back told; it was replaced silently by
     * a fresh build of the bundled lists, so that a home updated by 'lists update' screened against older lists.
     */
    @Test
    void aDamagedActiveSnapshotIsRefusedNeverRebuilt(@TempDir Path home) throws IOException {
        SnapshotStore store = new SnapshotStore(home);
        Snapshot s = of("23175", "DANDONG KEHUA ECONOMY & TRADE CO., LTD.");
        store.saveAndActivate(s);
        byte[] good = Files.readAllBytes(store.pathOf(s.id()));
        byte[] flipped = good.clone();
        flipped[good.length - 3] ^= 0x20;
        record Damage(String what, Runnable apply, String named) {
        }
        List<Damage> damages = List.of(
                new Damage("truncated", () -> write(store.pathOf(s.id()), java.util.Arrays.copyOf(good, good.length / 2)), "is truncated"),
                new Damage("corrupt", () -> write(store.pathOf(s.id()), flipped), "is corrupt: entity body checksum mismatch"),
                new Damage("junk in ACTIVE", () -> write(store.activeFile(), "<html>".getBytes()), "does not name a snapshot (content: '<html>')"),
                new Damage("missing file", () -> write(store.activeFile(), ("a".repeat(64) + "\n").getBytes()), " is missing"));
        for (Damage d : damages) {
            d.apply.run();
            List<String> notices = new ArrayList<>();
            ActiveSnapshot active = active(home, notices);
            Exception e = assertThrows(Exception.class, active::current, d.what);
            assertTrue(e.getMessage().startsWith("cannot read the active snapshot: ") && e.getMessage().contains(d.named), e.getMessage());
            assertTrue(e.getMessage().contains("'chokepoint lists verify ID'") && e.getMessage().contains("'chokepoint lists activate ID'"),
                    e.getMessage());
            assertThrows(Exception.class, active::refresh, d.what);
            assertEquals(List.of(s.id()), store.ids(), d.what + ": nothing compiled in its place");
            assertEquals(List.of(), notices);
            write(store.pathOf(s.id()), good);
            store.activate(s.id());
        }
        assertEquals(s.id(), active(home, new ArrayList<>()).current().id(), "served again once repaired");
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void activationMovesThePointerAndTheServedIndexTogether(@TempDir Path home) throws IOException {
        SnapshotStore store = new SnapshotStore(home);
        Snapshot first = of("1", "DANDONG KEHUA ECONOMY & TRADE CO., LTD.");
        Snapshot second = of("2", "KOREA MINING DEVELOPMENT TRADING CORPORATION");
        store.saveAndActivate(first);
        store.save(second);
        ActiveSnapshot active = active(home, new ArrayList<>());
        ServedSnapshot before = active.current();
        assertEquals(first.id(), before.id());
        assertEquals(1, before.screener().screen(ScreeningQuery.of("Dandong Kehua Economy and Trade"), 0.85).size());

        ServedSnapshot after = active.activate(second.id().substring(0, 10));
        assertEquals(second.id(), after.id());
        assertEquals(second.id(), store.activeId().orElseThrow());
        assertEquals(0, after.screener().screen(ScreeningQuery.of("Dandong Kehua Economy and Trade"), 0.85).size());
        assertEquals(1, after.screener().screen(ScreeningQuery.of("Korea Mining Development Trading"), 0.85).size());
        // the request that took the old snapshot still screens on it
        assertEquals(1, before.screener().screen(ScreeningQuery.of("Dandong Kehua Economy and Trade"), 0.85).size());
        assertEquals(second.id(), after.provenance().snapshotId());
    }

    @Test
    void refreshFollowsAnotherProcessMovingThePointer(@TempDir Path home) throws IOException {
        SnapshotStore store = new SnapshotStore(home);
        Snapshot first = of("1", "ALPHA TRADING");
        Snapshot second = of("2", "BETA SHIPPING");
        store.saveAndActivate(first);
        ActiveSnapshot active = active(home, new ArrayList<>());
        assertEquals(first.id(), active.current().id());
        store.saveAndActivate(second); // as 'chokepoint lists activate' in another process
        assertEquals(first.id(), active.current().id(), "no switch until asked");
        assertEquals(second.id(), active.refresh().id());
        assertEquals(second.id(), active.current().id());
    }

    @Test
    void aFailedActivationKeepsServingTheOldSnapshot(@TempDir Path home) throws IOException {
        SnapshotStore store = new SnapshotStore(home);
        Snapshot first = of("1", "ALPHA TRADING");
        store.saveAndActivate(first);
        ActiveSnapshot active = active(home, new ArrayList<>());
        active.current();
        assertThrows(Exception.class, () -> active.activate("ffffffffffff"));
        assertEquals(first.id(), active.current().id());
        assertEquals(first.id(), store.activeId().orElseThrow());
    }

    @Test
    void concurrentScreeningNeverFailsWhileSnapshotsSwitch(@TempDir Path home) throws Exception {
        SnapshotStore store = new SnapshotStore(home);
        Snapshot first = of("1", "ALPHA TRADING");
        Snapshot second = of("2", "ALPHA TRADING COMPANY");
        store.saveAndActivate(first);
        store.save(second);
        ActiveSnapshot active = active(home, new ArrayList<>());
        active.current();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> workers = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            workers.add(pool.submit(() -> {
                int n = 0;
                while (!stop.get()) {
                    ServedSnapshot s = active.current();
                    assertEquals(1, s.screener().screen(ScreeningQuery.of("Alpha Trading"), 0.5).size());
                    n++;
                }
                return n;
            }));
        }
        for (int i = 0; i < 10; i++) active.activate((i % 2 == 0 ? second : first).id());
        stop.set(true);
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        for (Future<Integer> w : workers) assertTrue(w.get() > 0);
        assertNotEquals(null, active.current());
        assertFalse(active.current().id().isEmpty());
    }
}
