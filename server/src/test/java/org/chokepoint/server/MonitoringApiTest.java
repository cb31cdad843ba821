package org.chokepoint.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.chokepoint.model.Snapshot;
import org.chokepoint.sources.ofac.OfacCsvFiles;
import org.chokepoint.sources.ofac.OfacCsvSource;
import org.chokepoint.sources.snapshot.SnapshotBuilder;
import org.chokepoint.sources.snapshot.SnapshotStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Activating a snapshot over HTTP re-screens the stored parties in the background; the changes feed shows it. */
class MonitoringApiTest {
    @TempDir
    Path home;

    @Test
    void activationReScreensPartiesAndTheChangesFeedSaysSo() throws Exception {
        Path data = Path.of(System.getProperty("chokepoint.data"));
        Snapshot old = sdn(data, "2021-07-07"), now = sdn(data, "2024-05-03");
        SnapshotStore store = new SnapshotStore(home);
        store.save(old);
        store.save(now);
        store.activate(old.id());
        ServerFixture f = ServerFixture.over(home, ServerConfig.defaults().withWatchMillis(0));
        try {
            ServerFixture.Reply up = f.post("/v1/parties", f.reviewKey,
                    "{\"parties\":[{\"id\":\"C-1\",\"name\":\"VTB Bank Public Joint Stock Company\",\"type\":\"company\"}]}");
            assertEquals(200, up.status(), up.body());
            assertEquals(0, up.json().get("alertsOpened").asInt());
            String since = java.time.Instant.now().minusSeconds(5).toString();

            ServerFixture.Reply act = f.post("/v1/lists/activate", f.adminKey, "{\"snapshot\":\"" + now.id() + "\"}");
            assertEquals(200, act.status(), act.body());
            JsonNode changes = null;
            for (int i = 0; i < 600; i++) {
                changes = f.get("/v1/changes?since=" + since, f.reviewKey).json();
                JsonNode a = changes.get("activations");
                if (a.size() == 1 && a.get(0).get("state").asText().equals("done")) break;
                Thread.sleep(100);
            }
            JsonNode activation = changes.get("activations").get(0);
            assertEquals("done", activation.get("state").asText(), changes.toString());
            assertEquals(now.id(), activation.get("snapshot").asText());
            assertEquals(old.id(), activation.get("previous").asText());
            assertEquals(6_870, activation.get("added").size());
            assertEquals(881, activation.get("removed").size());
            boolean vtbAdded = false;
            for (JsonNode e : activation.get("added")) vtbAdded |= e.get("entity").asText().equals("ofac-sdn:17013");
            assertTrue(vtbAdded);
            JsonNode vtb = null;
            for (JsonNode a : changes.get("alerts")) if (a.get("entity").asText().equals("ofac-sdn:17013")) vtb = a;
            assertTrue(vtb != null, changes.get("alerts").toString());
            assertEquals("C-1", vtb.get("party").asText());
            assertEquals(now.id(), vtb.get("snapshot").asText());
        } finally {
            f.close();
        }
    }

    private static Snapshot sdn(Path data, String release) throws java.io.IOException {
        Path csv = data.resolve("lists/ofac-sdn").resolve(release).resolve("sdn.csv");
        return new SnapshotBuilder().source(OfacCsvSource.sdn(new OfacCsvFiles(csv, null, null, null, false))).build().snapshot();
    }
}
