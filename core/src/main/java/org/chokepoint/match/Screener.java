package org.chokepoint.match;

import java.util.List;

/** Finds and scores the list entries that may be the subject of a query. Implementations are thread-safe. */
public interface Screener {
    /** The documented default: the score at which a hit is reported for review. */
    double DEFAULT_THRESHOLD = 0.85;

    /**
     * Hits at or above {@code threshold}, best first.
     *
     * @throws IllegalArgumentException when the name has no letters or digits at all (empty, punctuation only)
     */
    List<Hit> screen(ScreeningQuery query, double threshold);

    default List<Hit> screen(ScreeningQuery query) {
        return screen(query, DEFAULT_THRESHOLD);
    }
}
