package org.chokepoint.match;

import org.chokepoint.model.Entity;

/**
 * A list entry that may be the screened party.
 *
 * @param entity      the list entry
 * @param matchedName the entry's name (as published) that scored best
 * @param score       in [0,1]; compare with {@link Screener#DEFAULT_THRESHOLD}
 * @param explanation why it matched
 */
public record Hit(Entity entity, String matchedName, double score, Explanation explanation) {
}
