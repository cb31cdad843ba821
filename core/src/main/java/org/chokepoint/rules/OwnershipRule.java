package org.chokepoint.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rule 4 (OFAC 50 % rule): a party owned 50 % or more in aggregate, directly or indirectly, by blocked persons is
 * blocked even when it is on no list. Blocked persons are the owners whose screening is a BLOCK on the evaluated date.
 */
public final class OwnershipRule implements Rule {
    static final String ID = "ownership.ofac-50";
    static final String CITATION = "31 CFR 501.801 and OFAC Revised Guidance on Entities Owned by Persons Whose Property "
            + "and Interests in Property Are Blocked (13 Aug 2014)";
    private static final LocalDate GUIDANCE = LocalDate.of(2014, 8, 13);

    private final OwnershipGraph graph;
    private final PartyScreening screening;
    private final Map<String, Boolean> blockedCache = new ConcurrentHashMap<>();

    public OwnershipRule(OwnershipGraph graph, PartyScreening screening) {
        this.graph = graph;
        this.screening = screening;
    }

    @Override
    public void apply(Evaluation ev) {
        if (graph.isEmpty()) return;
        List<Party> parties = ev.tx().parties();
        for (int i = 0; i < parties.size(); i++) {
            Party p = parties.get(i);
            if (p.name() == null || p.name().isBlank() || !graph.contains(p.name())) continue;
            LocalDate asOf = ev.asOf();
            var blocked = graph.blockedByRule(p.name(), owner -> isBlocked(owner, asOf));
            if (blocked.isEmpty()) continue;
            boolean singleOwner = blocked.get().blockedOwners().stream()
                    .anyMatch(e -> e.share().compareTo(new java.math.BigDecimal("0.5")) >= 0);
            if (asOf.isBefore(GUIDANCE) && !singleOwner) {
                // Aggregation across blocked owners is the 2014 guidance; before it the test was per owner.
                ev.add(ID, Verdict.REVIEW, ev.partyLabel(i), blocked.get().explanation() + "; blocked only in aggregate, and the"
                        + " aggregation guidance dates from " + GUIDANCE + ", after " + asOf, CITATION, GUIDANCE);
            } else {
                ev.add(ID, Verdict.BLOCK, ev.partyLabel(i), blocked.get().explanation(), CITATION, GUIDANCE);
            }
        }
    }

    private boolean isBlocked(String name, LocalDate asOf) {
        if (blockedCache.size() > 200_000) blockedCache.clear(); // bounded: one entry per owner and evaluated date
        return blockedCache.computeIfAbsent(asOf + "|" + name, k -> screening.screen(name, null, asOf).stream()
                .anyMatch(j -> j.verdict() == Verdict.BLOCK));
    }
}
