package org.chokepoint.cases.trail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;

/**
 * A trail record as JSON, as the export and {@code GET /v1/trail} give it; the payload is embedded as the JSON it is:
 *
 * <pre>
 * {"seq":3,"at":"2026-12-01T10:00:00.000Z","actor":"user:ana","kind":"case.dismiss","subject":"case:12",
 *  "payload":{"reason":"other birth date"},"prevHash":"9f…","hash":"c3…"}
 * </pre>
 *
 * The payload goes in byte for byte as stored (not parsed and written again, which would turn {@code 1.10} into
 * {@code 1.1} or an escape into its character), so the record's hash can be recomputed from the export (a payload
 * holding a line break, which compact JSON never does, is written compact so that the line holds). A payload
 * that is not JSON (only a hand-edited row holds one) is given as a string, so that an export of a damaged trail still
 * shows what is there.
 */
public final class TrailJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private TrailJson() {
    }

    public static ObjectNode toJson(TrailRecord r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("seq", r.seq());
        n.put("at", r.at());
        n.put("actor", r.actor());
        n.put("kind", r.kind());
        n.put("subject", r.subject());
        JsonNode parsed = parse(r.payload());
        if (parsed == null) n.put("payload", r.payload());
        else if (r.payload().indexOf('\n') < 0 && r.payload().indexOf('\r') < 0) n.putRawValue("payload", new RawValue(r.payload()));
        else n.set("payload", parsed); // a line break between tokens would split the JSON line: written compact instead
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

    /** The payload as JSON, or null when it is not JSON. */
    private static JsonNode parse(String text) {
        if (text.isBlank()) return null;
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
