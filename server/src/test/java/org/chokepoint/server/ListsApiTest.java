package org.chokepoint.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.chokepoint.model.Snapshot;
import org.chokepoint.sources.snapshot.SnapshotStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ListsApiTest {
    private final ServerFixture f = ServerFixture.shared();

    @Test
    void theServedSnapshotItsSourcesAndTheEntriesAsPublished() {
        JsonNode lists = f.get("/v1/lists", f.screenKey).json();
        assertEquals(f.engine.snapshot().current().id(), lists.get("snapshot").asText());
        assertEquals(47_450, lists.get("entities").asInt());
        JsonNode sdn = null;
        for (JsonNode s : lists.get("sources")) if (s.get("source").asText().equals("ofac-sdn")) sdn = s;
        assertEquals("2024-05-03", sdn.get("released").asText());
        assertEquals(14_965, sdn.get("entities").asInt());

        JsonNode snapshots = f.get("/v1/lists/snapshots", f.screenKey).json().get("snapshots");
        assertTrue(snapshots.size() >= 1);
        boolean active = false;
        for (JsonNode s : snapshots) active |= s.get("active").asBoolean() && s.get("id").asText().equals(lists.get("snapshot").asText());
        assertTrue(active, snapshots.toString());

        JsonNode kehua = f.get("/v1/entities/ofac-sdn/23175", f.screenKey).json();
        assertEquals("ofac-sdn:23175", kehua.get("key").asText());
        assertEquals("DANDONG KEHUA ECONOMY & TRADE CO., LTD.", kehua.get("names").get(0).get("value").asText());
        assertEquals("PRIMARY", kehua.get("names").get(0).get("kind").asText());
        assertTrue(kehua.get("programs").toString().contains("DPRK"), kehua.get("programs").toString());
        assertEquals(404, f.get("/v1/entities/ofac-sdn/0", f.screenKey).status());
    }

    @Test
    void activationSwitchesTheServedIndexWhileRequestsRunAndNoneFails(@TempDir Path home) throws Exception {
        SnapshotStore store = new SnapshotStore(home);
        Snapshot first = SmallSnapshots.of("2026-11-20T00:00:00Z", "1", "ALPHA TRADING COMPANY", "2", "BETA SHIPPING");
        Snapshot second = SmallSnapshots.of("2026-11-24T00:00:00Z", "1", "ALPHA TRADING COMPANY", "3", "GAMMA MARINE SERVICES");
        store.saveAndActivate(first);
        store.save(second);
        ServerFixture s = ServerFixture.over(home, ServerConfig.defaults().withWatchMillis(0));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicBoolean stop = new AtomicBoolean();
        try {
            List<Future<int[]>> clients = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                clients.add(pool.submit(() -> {
                    int ok = 0, failed = 0;
                    while (!stop.get()) {
                        var r = s.post("/v1/screen", s.screenKey, "{\"name\": \"Alpha Trading Company\"}");
                        JsonNode j = r.json();
                        boolean good = r.status() == 200 && j.get("hits").size() == 1
                                && (j.get("snapshot").asText().equals(first.id()) || j.get("snapshot").asText().equals(second.id()));
                        if (good) ok++;
                        else failed++;
                    }
                    return new int[]{ok, failed};
                }));
            }
            Thread.sleep(300);
            var diff = s.get("/v1/lists/diff?from=" + first.id().substring(0, 8) + "&to=" + second.id().substring(0, 8), s.screenKey).json();
            assertEquals(1, diff.get("added").asInt());
            assertEquals(1, diff.get("removed").asInt());
            assertEquals(403, s.post("/v1/lists/activate", s.screenKey, "{\"snapshot\": \"" + second.id() + "\"}").status());
            var activated = s.post("/v1/lists/activate", s.adminKey, "{\"snapshot\": \"" + second.id().substring(0, 10) + "\"}");
            assertEquals(200, activated.status(), activated.body());
            assertEquals(second.id(), activated.json().get("snapshot").asText());
            var gamma = s.post("/v1/screen", s.screenKey, "{\"name\": \"Gamma Marine Services\"}").json();
            assertEquals(second.id(), gamma.get("snapshot").asText(), "new requests use the new snapshot");
            assertEquals(1, gamma.get("hits").size());
            assertEquals(second.id(), store.activeId().orElseThrow(), "the pointer moved with it");
            for (int i = 0; i < 6; i++) s.post("/v1/lists/activate", s.adminKey, "{\"snapshot\": \"" + (i % 2 == 0 ? first : second).id() + "\"}");
            Thread.sleep(200);
            stop.set(true);
            int ok = 0;
            for (Future<int[]> c : clients) {
                int[] r = c.get(30, TimeUnit.SECONDS);
                assertEquals(0, r[1], "no request failed during the switches");
                ok += r[0];
            }
            assertTrue(ok > 20, "requests ran throughout: " + ok);
            assertEquals(404, s.post("/v1/lists/activate", s.adminKey, "{\"snapshot\": \"abcdef12\"}").status());
            assertEquals(400, s.post("/v1/lists/activate", s.adminKey, "{\"snapshot\": \"../../etc\"}").status());
            assertEquals(second.id(), s.get("/v1/lists", s.screenKey).json().get("snapshot").asText(), "a refused activation changes nothing");
        } finally {
            stop.set(true);
            pool.shutdownNow();
            s.close();
        }
    }

    @Test
    void anActivationByAnotherProcessIsFollowed(@TempDir Path home) throws Exception {
        SnapshotStore store = new SnapshotStore(home);
        Snapshot first = SmallSnapshots.of("2026-11-20T00:00:00Z", "1", "ALPHA TRADING COMPANY");
        Snapshot second = SmallSnapshots.of("2026-11-24T00:00:00Z", "3", "GAMMA MARINE SERVICES");
        store.saveAndActivate(first);
        ServerFixture s = ServerFixture.over(home, ServerConfig.defaults().withWatchMillis(100));
        try {
            assertEquals(first.id(), s.get("/v1/lists", s.screenKey).json().get("snapshot").asText());
            store.saveAndActivate(second); // as 'chokepoint lists activate' would
            String served = first.id();
            long deadline = System.currentTimeMillis() + 5000;
            while (!served.equals(second.id()) && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
                served = s.get("/v1/lists", s.screenKey).json().get("snapshot").asText();
            }
            assertEquals(second.id(), served);
        } finally {
            s.close();
        }
    }
}
