package org.chokepoint.rules;

import org.chokepoint.match.Explanation;
import org.chokepoint.match.Hit;
import org.chokepoint.match.Screener;
import org.chokepoint.match.ScreeningQuery;
import org.chokepoint.model.Entity;
import org.chokepoint.model.FuzzyDate;
import org.chokepoint.model.Name;
import org.chokepoint.model.Schema;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test double for rule tests: answers fixed hits for exact (folded) names. The real engine is used in the CLI tests. */
final class FixedScreener implements Screener {
    private final Map<String, List<Hit>> hits = new HashMap<>();

    FixedScreener hit(String queryName, String source, String sourceId, String list, String listed, double score) {
        return hit(queryName, source, sourceId, list, listed, score, Map.of());
    }

    /** A hit whose entry carries details (end date, licence requirement, Federal Register notices). */
    FixedScreener hit(String queryName, String source, String sourceId, String list, String listed, double score, Map<String, String> details) {
        var b = Entity.builder(source, sourceId, Schema.ORGANIZATION).name(Name.primary(queryName.toUpperCase()));
        details.forEach(b::detail);
        if (list != null) b.list(list);
        if (listed != null) b.listedOn(FuzzyDate.day(listed, LocalDate.parse(listed)));
        Entity e = b.build();
        hits.computeIfAbsent(OwnershipGraph.key(queryName), k -> new java.util.ArrayList<>())
                .add(new Hit(e, e.primaryName().value(), score, new Explanation("fixed test hit", List.of(), List.of())));
        return this;
    }

    @Override
    public List<Hit> screen(ScreeningQuery query, double threshold) {
        return hits.getOrDefault(OwnershipGraph.key(query.name()), List.of()).stream().filter(h -> h.score() >= threshold).toList();
    }
}
