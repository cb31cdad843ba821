package org.chokepoint.cases.trail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A trail record as JSON, as the export and {@code GET /v1/trail} give it; the payload is embedded as the JSON it is:
 *
 * <pre>
 * {"seq":3,"at":"2026-12-01T10:00:00.000Z","actor":"user:ana","kind":"case.dismiss","subject":"case:12",
 *  "payload":{"reason":"other birth date"},"prevHash":"9f…","hash":"c3…"}
 * </pre>
 *
 * A payload that is not JSON (only a hand-edited row holds one) is given as a string, so that an export of a damaged
 * trail still shows what is there.
 */
public final class TrailJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TrailJson() {
    }

    public static ObjectNode toJson(TrailRecord r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("seq", r.seq());
        n.put("at", r.at());
        n.put("actor", r.actor());
        n.put("kind", r.kind());
        n.put("subject", r.subject());
        n.set("payload", payload(r.payload()));
        n.put("prevHash", r.prevHash());
        n.put("hash", r.hash());
        return n;
    }

    /** One line of JSON, without its line end. */
    public static String line(TrailRecord r) {
        try {
            return MAPPER.writeValueAsString(toJson(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write trail record " + r.seq() + " as JSON", e);
        }
    }

    private static JsonNode payload(String text) {
        try {
            JsonNode n = MAPPER.readTree(text);
            return n == null ? MAPPER.getNodeFactory().textNode(text) : n;
        } catch (JsonProcessingException e) {
            return MAPPER.getNodeFactory().textNode(text);
        }
    }
}
