package org.chokepoint.app.screen;

import org.chokepoint.match.ScreeningQuery;

import java.util.Objects;

/**
 * One name to screen, as a caller sends it.
 *
 * @param id        the caller's identifier of the record (echoed in the result), or null
 * @param query     the name and its secondary facts; the country may be any text ("China", "Chine", "中国")
 * @param threshold report hits from this score on; null for the configured threshold
 */
public record ScreeningRequest(String id, ScreeningQuery query, Double threshold) {
    public ScreeningRequest {
        Objects.requireNonNull(query, "query");
        if (threshold != null && !(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be between 0 and 1, not " + threshold);
        }
    }
}
