package org.chokepoint.cli.screen;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chokepoint.match.Explanation;
import org.chokepoint.match.Hit;

import java.util.List;

/** The JSON shape of screening results: {@code {"id": ..., "hits": [{"source", "sourceId", "name", "score", "explanation"}]}}. */
final class HitJson {
    static final ObjectMapper JSON = new ObjectMapper();

    private HitJson() {
    }

    static ObjectNode result(String id, List<Hit> hits) {
        ObjectNode out = JSON.createObjectNode();
        out.put("id", id);
        ArrayNode arr = out.putArray("hits");
        for (Hit h : hits) arr.add(hit(h));
        return out;
    }

    static ObjectNode error(String id, long line, String message) {
        ObjectNode out = JSON.createObjectNode();
        if (id != null) out.put("id", id);
        out.put("line", line);
        out.put("error", message);
        return out;
    }

    static ObjectNode hit(Hit h) {
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

    private static ObjectNode explanation(Explanation e) {
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
