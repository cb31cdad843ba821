package org.chokepoint.cases.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import org.chokepoint.app.Chokepoint;
import org.chokepoint.app.Config;
import org.chokepoint.app.json.HitJson;
import org.chokepoint.cases.Cases;
import org.chokepoint.cases.CasesOptions;
import org.chokepoint.cases.db.Sql;
import org.chokepoint.cases.db.TestDatabases;
import org.chokepoint.cases.parties.PartyInput;
import org.chokepoint.model.Snapshot;
import org.chokepoint.sources.ofac.OfacCsvFiles;
import org.chokepoint.sources.ofac.OfacCsvSource;
import org.chokepoint.sources.snapshot.SnapshotBuilder;
import org.chokepoint.sources.snapshot.SnapshotStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The delta re-screen after a list change gives exactly the alerts a full re-screen on the new snapshot gives: the
 * real SDN releases of 2021-07-07 and 2024-05-03, the development set's names as parties.
 */
class DeltaRescreenTest {
    static Path data = Path.of(System.getProperty("chokepoint.data"));
    static List<PartyInput> parties = new ArrayList<>();
    static Snapshot sdn2021, sdn2024;

    @TempDir
    Path dir;

    @BeforeAll
    static void readParties() throws IOException {
        int i = 0;
        for (String line : Files.readAllLines(Path.of(System.getProperty("chokepoint.eval")).resolve("names-dev.jsonl"))) {
            JsonNode n = HitJson.JSON.readTree(line);
            parties.add(new PartyInput(n.get("id").asText(), n.get("name").asText(), n.path("type").asText(null),
                    n.path("country").asText(null), n.path("birthDate").asText(null), List.of(), Map.of()));
            if (++i == 8_000) break; // a quarter of the set keeps the test short
        }
        sdn2021 = sdn("2021-07-07");
        sdn2024 = sdn("2024-05-03");
    }

    private static Snapshot sdn(String release) throws IOException {
        // the 2024 release is bundled as its primary file only: compare like with like
        Path sdn = data.resolve("lists/ofac-sdn").resolve(release).resolve("sdn.csv");
        return new SnapshotBuilder().source(OfacCsvSource.sdn(new OfacCsvFiles(sdn, null, null, null, false))).build().snapshot();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void deltaEqualsFull(TestDatabases.Kind kind) throws IOException {
        Path home = dir.resolve("home");
        SnapshotStore store = new SnapshotStore(home);
        store.save(sdn2021);
        store.save(sdn2024);
        store.activate(sdn2021.id());
        Chokepoint engine = Chokepoint.open(Config.of(data, home), n -> { });
        TreeSet<String> delta, full;
        int[] counts = new int[2];
        try (Cases monitored = Cases.open(engine, TestDatabases.config(kind, dir.resolve("a")), CasesOptions.defaults())) {
            for (int from = 0; from < parties.size(); from += 1000) {
                monitored.parties().upsert(parties.subList(from, Math.min(parties.size(), from + 1000)), "test", true);
            }
            counts[0] = openPairs(monitored).size();
            engine.snapshot().activate(sdn2024.id());
            Monitor.Run run = monitored.monitor().catchUp("test", null).orElseThrow();
            assertTrue(run.delta());
            assertEquals(6_870, run.added());
            assertTrue(run.screened() < parties.size(), "screened " + run.screened()); // the names the change cannot reach are skipped
            delta = openPairs(monitored);
            assertEquals(sdn2024.id(), monitored.monitor().watermark().orElseThrow());
        }
        try (Cases fresh = Cases.open(engine, TestDatabases.config(kind, dir.resolve("b")), CasesOptions.defaults())) {
            for (int from = 0; from < parties.size(); from += 1000) {
                fresh.parties().upsert(parties.subList(from, Math.min(parties.size(), from + 1000)), "test", true);
            }
            full = openPairs(fresh);
        }
        TreeSet<String> onlyDelta = new TreeSet<>(delta);
        onlyDelta.removeAll(full);
        TreeSet<String> onlyFull = new TreeSet<>(full);
        onlyFull.removeAll(delta);
        assertEquals(List.of(), List.copyOf(onlyDelta), "alerts only after the delta");
        assertEquals(List.of(), List.copyOf(onlyFull), "alerts only after a full re-screen");
        assertTrue(full.size() > 800, "open alerts " + full.size() + " (before: " + counts[0] + ")");
    }

    static TreeSet<String> openPairs(Cases cases) {
        List<String> pairs = cases.database().read(c -> Sql.list(c,
                "SELECT party_id, entity_key FROM alerts WHERE state = 'OPEN'", r -> r.getString(1) + " " + r.getString(2)));
        return new TreeSet<String>(pairs);
    }
}
