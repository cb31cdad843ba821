package org.chokepoint.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.chokepoint.model.Entity;
import org.chokepoint.model.FindingsSummary;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.Name;
import org.chokepoint.model.Schema;
import org.chokepoint.model.Snapshot;
import org.chokepoint.model.SourceMeta;
import org.chokepoint.sources.snapshot.SnapshotStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The yente index (subjects, identifiers) belongs to one snapshot: when another is served, the next request
 * answers from an index of the new one. A server of its own, over a home with two one-vessel snapshots.
 */
class YenteSnapshotSwitchTest {
    private static Snapshot vessel(String imo, String created, LocalDate released) {
        Entity e = Entity.builder("ofac-sdn", "15036", Schema.VESSEL).name(Name.primary("ARTAVIL"))
                .identifier(new Identifier("IMO", imo, null, null)).build();
        return Snapshot.of(Instant.parse(created), List.of(new SourceMeta("ofac-sdn", List.of(), released, 1, Map.of(Schema.VESSEL, 1))),
                FindingsSummary.empty(), List.of(e));
    }

    private static JsonNode byImo(ServerFixture f, String imo) {
        var r = f.post("/match/default", f.screenKey, "{\"queries\": {\"v\": {\"schema\": \"Vessel\", \"properties\": {\"imoNumber\": [\"" + imo + "\"]}}}}");
        assertEquals(200, r.status(), r.body());
        return r.json().get("responses").get("v");
    }

    @Test
    void aSnapshotSwitchRebuildsTheIdentifierIndex(@TempDir Path home) throws Exception {
        Snapshot before = vessel("9187629", "2025-12-01T00:00:00Z", LocalDate.of(2025, 12, 1));
        Snapshot after = vessel("9990001", "2026-01-02T03:04:05Z", LocalDate.of(2026, 1, 1));
        SnapshotStore store = new SnapshotStore(home);
        store.saveAndActivate(before);
        store.save(after);
        ServerFixture f = ServerFixture.over(home, ServerConfig.defaults().withWatchMillis(0));
        try {
            assertEquals("ofac-sdn:15036", byImo(f, "9187629").get("results").get(0).get("id").asText());
            assertEquals(0, byImo(f, "9990001").get("results").size());
            assertEquals(200, f.post("/v1/lists/activate", f.adminKey, "{\"snapshot\": \"" + after.id() + "\"}").status());
            assertEquals(0, byImo(f, "9187629").get("results").size());
            JsonNode now = byImo(f, "9990001").get("results").get(0);
            assertEquals("ofac-sdn:15036", now.get("id").asText());
            assertEquals("2026-01-01T00:00:00", now.get("last_change").asText());
            var catalog = f.get("/catalog", f.screenKey).json();
            assertEquals(2, catalog.get("datasets").size(), catalog.toString()); // us_ofac_sdn and default
        } finally {
            f.close();
        }
    }
}
