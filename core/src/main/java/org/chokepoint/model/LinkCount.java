package org.chokepoint.model;

/**
 * Links of one type from one source to another, and how many of them point at an entity present in the
 * snapshot ({@code resolved}) or not ({@code unresolved}: the target list is not loaded, the reference is
 * stale, or only a name was published and it did not identify exactly one entity).
 */
public record LinkCount(String fromSource, String toSource, LinkType type, int resolved, int unresolved) {
    public int total() {
        return resolved + unresolved;
    }
}
