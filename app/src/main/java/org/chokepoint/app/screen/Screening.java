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
 * @param provenance snapshot, rule tables and matcher that produced the hits
 */
public record Screening(String id, ScreeningQuery query, double threshold, List<Hit> hits, Provenance provenance) {
    public Screening {
        hits = List.copyOf(hits);
    }
}
