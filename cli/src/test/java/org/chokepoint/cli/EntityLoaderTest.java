package org.chokepoint.cli;

import org.chokepoint.model.Entity;
import org.chokepoint.model.FindingsSummary;
import org.chokepoint.model.Name;
import org.chokepoint.model.Schema;
import org.chokepoint.model.Snapshot;
import org.chokepoint.sources.snapshot.SnapshotBuilder;
import org.chokepoint.sources.snapshot.SnapshotCodec;
import org.chokepoint.sources.snapshot.SnapshotStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityLoaderTest {
    private static Snapshot small() {
        Entity e = Entity.builder("ofac-sdn", "23175", Schema.ORGANIZATION)
                .name(Name.primary("DANDONG KEHUA ECONOMY & TRADE CO., LTD.")).build();
        return Snapshot.of(Instant.parse("2026-11-24T00:00:00Z"), List.of(), new FindingsSummary(List.of(), List.of()), List.of(e));
    }

    /** What EntityLoader writes on standard error while loading the active snapshot of {@code home}. */
    private static String loadFrom(Path home, Snapshot expected) {
        String oldHome = System.getProperty("chokepoint.home");
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setProperty("chokepoint.home", home.toString());
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(expected.id(), EntityLoader.activeSnapshot().id());
        } finally {
            System.setErr(oldErr);
            if (oldHome == null) System.clearProperty("chokepoint.home");
            else System.setProperty("chokepoint.home", oldHome);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aSnapshotCompiledByOlderReadersIsUsedWithAWarning(@TempDir Path home) throws IOException {
        SnapshotStore store = new SnapshotStore(home);
        Snapshot s = small();
        Files.createDirectories(store.snapshotsDir());
        try (OutputStream out = Files.newOutputStream(store.pathOf(s.id()))) {
            SnapshotCodec.standard().write(s, out, 0);
        }
        store.activate(s.id());
        String warning = loadFrom(home, s);
        assertTrue(warning.contains("was compiled by readers of revision 0; this build reads some lists differently (revision "
                + SnapshotBuilder.READERS_REVISION + "): run 'chokepoint lists build'"), warning);

        store.save(s); // recompiled: same content, rewritten by this build's readers
        assertFalse(loadFrom(home, s).contains("revision"), "no warning once rebuilt");
    }
}
