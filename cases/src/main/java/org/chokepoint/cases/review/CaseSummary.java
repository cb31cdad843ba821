package org.chokepoint.cases.review;

/**
 * A case as the queue lists it.
 *
 * @param openAlerts alerts still open
 * @param topScore   the best score among its open alerts (0 when none)
 * @param sources    the lists its open alerts are on, comma-separated ({@code ofac-sdn,un-sc})
 * @param pending    a confirm or dismiss waits for a second user's approval
 */
public record CaseSummary(long id, String partyId, String partyName, CaseState state, boolean escalated,
                          String assignee, int openAlerts, double topScore, String sources, String openedAt,
                          String updatedAt, boolean pending) {
}
