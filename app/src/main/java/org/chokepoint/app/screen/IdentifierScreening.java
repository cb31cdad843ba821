package org.chokepoint.app.screen;

import org.chokepoint.app.Provenance;
import org.chokepoint.match.Hit;

import java.util.List;

/**
 * The list entries that carry one identifier ({@code screen --id "IMO 8712362"}).
 *
 * @param identifier the identifier as the caller wrote it
 * @param hits       each entry that publishes it, with the published identifier in its explanation; score 1.0
 * @param provenance the snapshot searched
 */
public record IdentifierScreening(String identifier, List<Hit> hits, Provenance provenance) {
    public IdentifierScreening {
        hits = List.copyOf(hits);
    }
}
