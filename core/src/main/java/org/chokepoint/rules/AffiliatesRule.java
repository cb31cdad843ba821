package org.chokepoint.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The BIS Affiliates rule (90 FR 47201): an entity owned 50 % or more, directly or indirectly and in aggregate, by
 * Entity List or Military End-User parties takes their licence requirement, dated as the rule and its suspension
 * say ({@code affiliates-rule.tsv}). Example: "Shenzhen Sub Co" owned 60 % by an Entity List party, shipment on
 * 2025-10-15: LICENCE REQUIRED; on 2026-03-01 (suspended): a CLEAR finding saying so.
 */
public final class AffiliatesRule implements Rule {
    static final String ID = "ownership.bis-affiliates";
    private static final java.util.Set<String> LISTS = java.util.Set.of("BIS Entity List", "BIS Military End-User List");

    private record Period(LocalDate from, LocalDate to, Verdict verdict, String status, String citation) {
    }

    private final OwnershipGraph graph;
    private final PartyScreening screening;
    private final List<Period> periods;
    private final Map<String, Boolean> listedCache = new ConcurrentHashMap<>();

    public AffiliatesRule(OwnershipGraph graph, PartyScreening screening, RuleTable table) {
        this.graph = graph;
        this.screening = screening;
        this.periods = table.rows().stream().map(r -> new Period(r.date("from"), r.date("to"), Verdict.valueOf(r.require("verdict")),
                r.require("status"), r.require("citation"))).toList();
    }

    @Override
    public void apply(Evaluation ev) {
        if (graph.isEmpty() || !ev.anyItemMaybeSubject()) return;
        LocalDate asOf = ev.asOf();
        Period period = periods.stream().filter(p -> !asOf.isBefore(p.from()) && (p.to() == null || !asOf.isAfter(p.to()))).findFirst().orElse(null);
        if (period == null) return;
        List<Party> parties = ev.tx().parties();
        for (int i = 0; i < parties.size(); i++) {
            Party p = parties.get(i);
            if (p.name() == null || p.name().isBlank() || !graph.contains(p.name())) continue;
            var owned = graph.ownedByRule(p.name(), owner -> isListed(owner, asOf), "listed");
            if (owned.isEmpty()) continue;
            ev.add(ID, period.verdict(), ev.partyLabel(i), owned.get().explanation() + "; the Affiliates rule is " + period.status()
                    + " on " + asOf, period.citation(), period.from());
        }
    }

    private boolean isListed(String name, LocalDate asOf) {
        if (listedCache.size() > 200_000) listedCache.clear(); // bounded: one entry per owner and evaluated date
        return listedCache.computeIfAbsent(asOf + "|" + name, k -> screening.screen(name, null, asOf).stream()
                .anyMatch(j -> j.verdict() == Verdict.LICENCE_REQUIRED && LISTS.contains(j.effect().list())));
    }
}
