package org.chokepoint.cases.review;

/**
 * Which cases the queue shows. Every field but {@code state}, {@code limit} and {@code offset} may be null (no
 * filter).
 *
 * @param source       cases with an open alert on this list ({@code ofac-sdn})
 * @param minScore     cases whose best open alert scores at least this
 * @param openedBefore cases opened before this time (their age), UTC ISO-8601
 * @param assignee     cases assigned to this user; {@code ""} for unassigned ones
 */
public record CaseFilter(CaseState state, String source, Double minScore, String openedBefore, String assignee,
                         int limit, int offset) {
    public static CaseFilter open() {
        return new CaseFilter(CaseState.OPEN, null, null, null, null, 100, 0);
    }
}
