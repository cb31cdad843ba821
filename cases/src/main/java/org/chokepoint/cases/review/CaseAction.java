package org.chokepoint.cases.review;

/**
 * One action on a case, as stored.
 *
 * @param alertId  the alert a confirm or dismiss decides, or null for every open alert of the case
 * @param approves for APPROVE and REJECT, the pending action they settle
 */
public record CaseAction(long id, long caseId, Long alertId, ActionKind kind, String actor, String reason,
                         String assignee, ActionState state, Long approves, String at) {
}
