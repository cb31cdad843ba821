package org.chokepoint.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScreenApiTest {
    private final ServerFixture f = ServerFixture.shared();

    @Test
    void oneNameFindsItsListEntryWithExplanationAndSnapshot() {
        var r = f.post("/v1/screen", f.screenKey, "{\"name\": \"김정은\", \"type\": \"person\"}");
        assertEquals(200, r.status(), r.body());
        JsonNode j = r.json();
        assertEquals(f.engine.snapshot().current().id(), j.get("snapshot").asText());
        assertEquals(org.chokepoint.match.MatcherVersion.VERSION, j.get("matcher").asText());
        JsonNode top = j.get("hits").get(0);
        assertEquals("ofac-sdn", top.get("source").asText());
        assertEquals("20157", top.get("sourceId").asText());
        assertEquals(1.0, top.get("score").asDouble(), 1e-9);
        assertTrue(top.get("explanation").get("summary").asText().contains("kim=kim exact"), top.toString());
    }

    @Test
    void oneNameWithoutHitsCarriesItsNearMissesABatchDoesNot() {
        // BANK ROSSIYA scores about 0.97 for this name: below a threshold of 0.99, the closest entry
        JsonNode one = f.post("/v1/screen", f.screenKey, "{\"name\": \"Bank Rossiya Holding\", \"threshold\": 0.99}").json();
        assertEquals(0, one.get("hits").size());
        assertEquals(3, one.get("nearMisses").size(), one.toString());
        assertEquals("ofac-sdn", one.get("nearMisses").get(0).get("source").asText());
        assertEquals("16681", one.get("nearMisses").get(0).get("sourceId").asText());
        assertTrue(one.get("nearMisses").get(0).get("score").asDouble() < 0.99);
        JsonNode batch = f.post("/v1/screen", f.screenKey, "{\"queries\": [{\"name\": \"Bank Rossiya Holding\"}], \"threshold\": 0.99}").json();
        assertFalse(batch.get("results").get(0).has("nearMisses"), batch.toString());
        JsonNode hit = f.post("/v1/screen", f.screenKey, "{\"name\": \"Bank Rossiya\"}").json();
        assertFalse(hit.has("nearMisses"), hit.toString());
    }

    @Test
    void anIdentifierFindsTheEntriesThatPublishIt() {
        var r = f.post("/v1/screen", f.screenKey, "{\"identifier\": \"IMO 8712362\"}");
        assertEquals(200, r.status(), r.body());
        JsonNode j = r.json();
        assertEquals("IMO 8712362", j.get("identifier").asText());
        assertEquals(f.engine.snapshot().current().id(), j.get("snapshot").asText());
        JsonNode top = j.get("hits").get(0);
        assertEquals("ofac-sdn", top.get("source").asText());
        assertEquals("23726", top.get("sourceId").asText());
        assertEquals("identifier IMO 8712362", top.get("explanation").get("summary").asText());
        assertEquals(4, j.get("hits").size(), j.toString());
        var bad = f.post("/v1/screen", f.screenKey, "{\"identifier\": \"12-34\"}");
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("identifier: the identifier '12-34' has no value of at least 5 letters and digits"), bad.body());
    }
}
