package org.chokepoint.cases.review;

import org.chokepoint.cases.parties.PartyVersion;

import java.util.List;

/**
 * Everything the review page shows of one case.
 *
 * @param party    the party's current version
 * @param alerts   all of its alerts: open ones first, best score first (a publisher's own listing before a
 *                 republication scored alike, as the screener ranks them), then the decided and closed ones
 * @param actions  every action on the case, in order
 * @param earlier  earlier decisions on the same pairs (party × list entry), newest first
 */
public record CaseDetail(CaseSummary summary, PartyVersion party, List<Alert> alerts, List<CaseAction> actions,
                         List<PairDecision> earlier) {
}
