package org.chokepoint.match;

/**
 * The version of the name matcher: normalisation, indexing and scoring together. It is stored with every result
 * and with every persisted index, so it must change whenever a change to {@code names} or {@code match} can change
 * which entries a query finds or how they score: a stored hit then says which matcher produced it, and an index
 * written by another matcher is rebuilt rather than read.
 */
public final class MatcherVersion {
    /** Third generation of the matcher (weighted token alignment, one-deletion typo keys, joined tokens). */
    public static final String VERSION = "names-3";

    private MatcherVersion() {
    }
}
