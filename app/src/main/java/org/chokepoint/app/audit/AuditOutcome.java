package org.chokepoint.app.audit;

import org.chokepoint.app.Provenance;
import org.chokepoint.audit.AuditResult;

import java.util.List;

/**
 * An audited export: what the audit found, and, when the decoded records were judged, the judgement per code (in
 * the order of the codes) with what produced it.
 *
 * @param result     codes, decoded countries with evidence and probabilities, row verdicts
 * @param judgements one per code; empty when not judged
 * @param provenance snapshot, rule tables and matcher of the judgement; null when not judged
 */
public record AuditOutcome(AuditResult result, List<CodeJudgement> judgements, Provenance provenance) {
    public AuditOutcome {
        judgements = List.copyOf(judgements);
    }

    public boolean judged() {
        return provenance != null;
    }
}
