package org.chokepoint.cli.decide;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chokepoint.rules.Decision;
import org.chokepoint.rules.RuleFinding;

/** Decisions as JSON objects (one per line in JSON-lines output); field names are stable and documented. */
public final class DecisionJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DecisionJson() {
    }

    public static ObjectNode toJson(Decision d) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("transaction", d.transactionId());
        o.put("verdict", d.verdict().name());
        o.put("asOf", d.asOf().toString());
        o.put("destination", d.destination());
        if (d.value() != null) o.put("value", d.value());
        o.put("currency", d.currency());
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

    public static String line(Decision d) {
        try {
            return MAPPER.writeValueAsString(toJson(d));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write decision " + d.transactionId() + " as JSON", e);
        }
    }
}
