package org.chokepoint.app.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import org.chokepoint.app.Provenance;
import org.chokepoint.app.screen.IdentifierScreening;
import org.chokepoint.app.screen.Screening;
import org.chokepoint.match.Explanation;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The JSON shape of screening results, the same for {@code screen --json}, batch JSON lines and {@code POST /v1/screen}:
 * {@code {"id", "snapshot", "rules", "matcher", "threshold", "hits": [{"source", "sourceId", "name", "primaryName",
 * "type", "score", "explanation": {"summary", "tokens", "evidence"}}], "nearMisses": [...]}} (near misses only when a
 * single screen has no hit), as trees; {@link ScreeningJson} writes the
 * same shape as a stream and defines it.
 */
public final class HitJson {
    public static final ObjectMapper JSON = new ObjectMapper();

    private HitJson() {
    }

    public static ObjectNode result(Screening s) {
        return tree(g -> ScreeningJson.write(g, s, ScreeningJson.Explain.FULL));
    }

    public static ObjectNode result(IdentifierScreening s) {
        return tree(g -> ScreeningJson.write(g, s, ScreeningJson.Explain.FULL));
    }

    /** The provenance fields every stored result carries: {@code snapshot}, {@code rules}, {@code matcher}. */
    public static void provenance(ObjectNode out, Provenance p) {
        out.put("snapshot", p.snapshotId());
        out.put("rules", p.rulesVersion());
        out.put("matcher", p.matcherVersion());
    }

    public static ObjectNode error(String id, long line, String message) {
        ObjectNode out = JSON.createObjectNode();
        if (id != null) out.put("id", id);
        out.put("line", line);
        out.put("error", message);
        return out;
    }

    public static ObjectNode explanation(Explanation e) {
        return tree(g -> ScreeningJson.explanation(g, e, ScreeningJson.Explain.FULL));
    }

    private interface Writing {
        void to(JsonGenerator g) throws IOException;
    }

    /** The tree of what {@link ScreeningJson} writes, through a token buffer (no text in between). */
    private static ObjectNode tree(Writing writing) {
        try (TokenBuffer buffer = new TokenBuffer(JSON, false)) {
            writing.to(buffer);
            return JSON.readTree(buffer.asParser());
        } catch (IOException inMemory) {
            throw new UncheckedIOException("in-memory JSON", inMemory);
        }
    }
}
