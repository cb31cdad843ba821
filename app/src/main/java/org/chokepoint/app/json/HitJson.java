package org.chokepoint.app.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chokepoint.app.Provenance;
import org.chokepoint.app.screen.Screening;
import org.chokepoint.match.Explanation;
import org.chokepoint.match.Hit;

/**
 * The JSON shape of screening results, the same for {@code screen --json}, batch JSON lines and {@code POST /v1/screen}:
 * {@code {"id", "snapshot", "rules", "matcher", "threshold", "hits": [{"source", "sourceId", "name", "primaryName",
 * "type", "score", "explanation": {"summary", "tokens", "evidence"}}]}}.
 */
public final class HitJson {
    public static final ObjectMapper JSON = new ObjectMapper();

    private HitJson() {
    }

    public static ObjectNode result(Screening s) {
        ObjectNode out = JSON.createObjectNode();
        out.put("id", s.id());
        provenance(out, s.provenance());
        out.put("threshold", s.threshold());
        ArrayNode arr = out.putArray("hits");
        for (Hit h : s.hits()) arr.add(hit(h));
        return out;
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

    public static ObjectNode hit(Hit h) {
        ObjectNode o = JSON.createObjectNode();
        o.put("source", h.entity().source());
        o.put("sourceId", h.entity().sourceId());
        o.put("name", h.matchedName());
        o.put("primaryName", h.entity().primaryName().value());
        o.put("type", h.entity().schema().name().toLowerCase(java.util.Locale.ROOT));
        o.put("score", h.score());
        o.set("explanation", explanation(h.explanation()));
        return o;
    }

    public static ObjectNode explanation(Explanation e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("summary", e.summary());
        ArrayNode tokens = o.putArray("tokens");
        for (Explanation.TokenMatch t : e.tokens()) {
            ObjectNode n = tokens.addObject();
            n.put("query", t.queryToken());
            n.put("list", t.listToken());
            n.put("method", t.method());
            n.put("similarity", t.similarity());
            n.put("weight", t.weight());
        }
        ArrayNode evidence = o.putArray("evidence");
        for (Explanation.Evidence ev : e.evidence()) {
            ObjectNode n = evidence.addObject();
            n.put("fact", ev.fact());
            n.put("effect", ev.effect());
            n.put("note", ev.note());
        }
        return o;
    }
}
