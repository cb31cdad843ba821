package org.chokepoint.app.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import org.chokepoint.app.audit.AuditOutcome;
import org.chokepoint.app.audit.CodeJudgement;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * An audit as JSON, the same for {@code audit --json} and {@code GET /v1/audit/{job}}: {@code {"audit": {...codes,
 * evidence, row verdicts...}, "judgement": [{"code", "country", "confidence", "rows", "verdicts": {"BLOCK": 64, ...},
 * "worst", "grounds", "undecoded", "summary": [lines], "kind", "note"}], "snapshot", "rules", "matcher"}} (provenance only when judged).
 */
public final class AuditJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance));

    private AuditJson() {
    }

    public static ObjectNode toJson(AuditOutcome o) {
        ObjectNode out = MAPPER.createObjectNode();
        out.set("audit", MAPPER.valueToTree(o.result()));
        ArrayNode judgements = out.putArray("judgement");
        for (CodeJudgement j : o.judgements()) {
            ObjectNode n = judgements.addObject();
            n.put("code", j.code());
            n.put("country", j.country());
            n.put("countryName", j.countryName());
            n.put("confidence", j.confidence());
            n.put("rows", j.rows());
            n.put("judged", j.judged());
            Map<String, Integer> counts = new TreeMap<>();
            j.verdicts().forEach((v, c) -> counts.put(v.name(), c));
            n.set("verdicts", MAPPER.valueToTree(counts));
            n.put("worst", j.worst().name());
            n.set("grounds", MAPPER.valueToTree(j.grounds()));
            n.put("undecoded", j.undecoded());
            n.put("asOf", j.asOf() == null ? null : j.asOf().toString());
            n.set("summary", MAPPER.valueToTree(j.lines()));
            n.put("kind", j.kind().name());
            n.put("note", j.note());
        }
        if (o.provenance() != null) HitJson.provenance(out, o.provenance());
        return out;
    }

    public static String pretty(AuditOutcome o) {
        try {
            return MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toJson(o));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the audit as JSON", e);
        }
    }
}
