package org.chokepoint.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.chokepoint.model.Entity;
import org.chokepoint.model.FindingsSummary;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.Name;
import org.chokepoint.model.Schema;
import org.chokepoint.model.Snapshot;
import org.chokepoint.model.SourceMeta;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The yente index (subjects, identifiers) belongs to one snapshot: when another is served, the next request
 * answers from an index of the new one. The shared server is switched to a one-entry snapshot and back, and the
 * one-entry snapshot is removed from the store again.
 */
class YenteSnapshotSwitchTest {
    private final ServerFixture f = ServerFixture.shared();

    private JsonNode byImo(String imo) {
        var r = f.post("/match/default", f.screenKey, "{\"queries\": {\"v\": {\"schema\": \"Vessel\", \"properties\": {\"imoNumber\": [\"" + imo + "\"]}}}}");
        assertEquals(200, r.status(), r.body());
        return r.json().get("responses").get("v");
    }

    @Test
    void aSnapshotSwitchRebuildsTheIdentifierIndex() throws Exception {
        String original = f.engine.snapshot().current().id();
        assertEquals("ofac-sdn:15036", byImo("9187629").get("results").get(0).get("id").asText());
        Entity renumbered = Entity.builder("ofac-sdn", "15036", Schema.VESSEL).name(Name.primary("ARTAVIL"))
                .identifier(new Identifier("IMO", "9990001", null, null)).build();
        Snapshot small = Snapshot.of(Instant.parse("2026-01-02T03:04:05Z"),
                List.of(new SourceMeta("ofac-sdn", List.of(), LocalDate.of(2026, 1, 1), 1, Map.of(Schema.VESSEL, 1))),
                FindingsSummary.empty(), List.of(renumbered));
        try {
            f.engine.snapshot().install(small);
            assertEquals(0, byImo("9187629").get("results").size());
            JsonNode now = byImo("9990001").get("results").get(0);
            assertEquals("ofac-sdn:15036", now.get("id").asText());
            assertEquals("2026-01-01T00:00:00", now.get("last_change").asText());
            var catalog = f.get("/catalog", f.screenKey).json();
            assertEquals(2, catalog.get("datasets").size(), catalog.toString()); // us_ofac_sdn and default
        } finally {
            f.engine.snapshot().activate(original);
            // leave the shared home's store as it was for the other tests
            Files.deleteIfExists(f.engine.snapshot().store().pathOf(small.id()));
        }
        assertEquals(original, f.engine.snapshot().current().id());
        assertEquals("ofac-sdn:15036", byImo("9187629").get("results").get(0).get("id").asText());
        assertEquals(0, byImo("9990001").get("results").size());
    }
}
