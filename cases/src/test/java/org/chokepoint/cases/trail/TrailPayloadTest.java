package org.chokepoint.cases.trail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrailPayloadTest {
    @Test
    void writesJsonThatAParserReadsBackExactly() throws Exception {
        String hostile = "Ana \"Bo\" \\ <script>\n\t\u0001 김정은";
        String json = TrailPayload.object().put("name", hostile).put("n", 6).put("score", 0.85).put("none", (String) null)
                .put("query", TrailPayload.object().put("type", "person")).toJson();
        assertEquals("{\"name\":\"Ana \\\"Bo\\\" \\\\ <script>\\n\\t\\u0001 김정은\",\"n\":6,\"score\":0.85,\"none\":null,"
                + "\"query\":{\"type\":\"person\"}}", json);
        JsonNode back = new ObjectMapper().readTree(json);
        assertEquals(hostile, back.get("name").asText());
        assertEquals(6, back.get("n").asInt());
        assertTrue(back.get("none").isNull());
        assertEquals("person", back.get("query").get("type").asText());
        assertEquals("{}", TrailPayload.object().toJson());
    }
}
