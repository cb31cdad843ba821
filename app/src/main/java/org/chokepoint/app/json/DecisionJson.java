package org.chokepoint.app.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chokepoint.app.decide.Judged;
import org.chokepoint.rules.Decision;
import org.chokepoint.rules.RuleFinding;

/**
 * Decisions as JSON objects (one per line in JSON-lines output, the same in {@code POST /v1/decide}); field names are
 * stable and documented in docs/decide.md. Each carries the snapshot, rule tables and matcher that produced it.
 */
public final class DecisionJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DecisionJson() {
    }

    public static ObjectNode toJson(Judged j) {
        Decision d = j.decision();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("transaction", d.transactionId());
        o.put("verdict", d.verdict().name());
        o.put("asOf", d.asOf().toString());
        o.put("destination", d.destination());
        if (d.value() != null) o.put("value", d.value());
        o.put("currency", d.currency());
        HitJson.provenance(o, j.provenance());
        ArrayNode fs = o.putArray("findings");
        for (RuleFinding f : d.findings()) {
            ObjectNode n = fs.addObject();
            n.put("rule", f.ruleId());
            n.put("verdict", f.verdict().name());
            n.put("subject", f.subject());
            n.put("evidence", f.evidence());
            n.put("citation", f.citation());
            n.put("effective", f.effective() == null ? null : f.effective().toString());
            if (f.reference() != null) n.put("reference", f.reference());
        }
        return o;
    }

    public static String line(Judged j) {
        try {
            return MAPPER.writeValueAsString(toJson(j));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write decision " + j.decision().transactionId() + " as JSON", e);
        }
    }
}
