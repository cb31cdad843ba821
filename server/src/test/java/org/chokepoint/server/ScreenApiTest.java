package org.chokepoint.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScreenApiTest {
    private final ServerFixture f = ServerFixture.shared();

    @Test
    void oneNameFindsItsListEntryWithExplanationAndSnapshot() {
        var r = f.post("/v1/screen", f.screenKey, "{\"name\": \"김정은\", \"type\": \"person\"}");
        assertEquals(200, r.status(), r.body());
        JsonNode j = r.json();
        assertEquals(f.engine.snapshot().current().id(), j.get("snapshot").asText());
        assertEquals("names-4", j.get("matcher").asText());
        JsonNode top = j.get("hits").get(0);
        assertEquals("ofac-sdn", top.get("source").asText());
        assertEquals("20157", top.get("sourceId").asText());
        assertEquals(1.0, top.get("score").asDouble(), 1e-9);
        assertTrue(top.get("explanation").get("summary").asText().contains("kim=kim exact"), top.toString());
    }
}
