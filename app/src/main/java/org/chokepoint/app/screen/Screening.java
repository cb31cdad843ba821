package org.chokepoint.app.screen;

import org.chokepoint.app.Provenance;
import org.chokepoint.match.Hit;
import org.chokepoint.match.ScreeningQuery;

import java.util.List;

/**
 * The hits for one request, best first, and what produced them.
 *
 * @param id         the request's id (may be null)
 * @param query      the query as screened (country resolved to its ISO code where it could be)
 * @param threshold  the threshold applied
 * @param hits       the hits at or above the threshold
 * @param nearMisses when a single screen has no hit: the closest entries below the threshold, down to
 *                   {@link ScreeningService#NEAR_MISS_FLOOR}, best first (at most {@link ScreeningService#NEAR_MISSES});
 *                   not hits. Always empty for a batch record and whenever there are hits
 * @param provenance snapshot, rule tables and matcher that produced the hits
 */
public record Screening(String id, ScreeningQuery query, double threshold, List<Hit> hits, List<Hit> nearMisses,
                        Provenance provenance) {
    public Screening {
        hits = List.copyOf(hits);
        nearMisses = List.copyOf(nearMisses);
    }

    /** A screening without near misses (a batch record, or one with hits). */
    public Screening(String id, ScreeningQuery query, double threshold, List<Hit> hits, Provenance provenance) {
        this(id, query, threshold, hits, List.of(), provenance);
    }
}
