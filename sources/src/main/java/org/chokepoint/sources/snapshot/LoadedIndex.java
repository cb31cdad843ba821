package org.chokepoint.sources.snapshot;

import org.chokepoint.match.NameIndex;

/**
 * The name index of a snapshot and how it was obtained. A stored index that could not be used is never an
 * error: the index is built again, and {@code problem} says what was wrong, for one line of warning.
 *
 * @param problem why the stored index was refused or could not be stored; null when there was nothing to say
 */
public record LoadedIndex(NameIndex index, Origin origin, String problem) {
    public enum Origin {
        /** Read from the index file beside the snapshot. */
        READ,
        /** No index file yet: built from the entities (and stored, unless {@code problem} says otherwise). */
        BUILT,
        /** The index file was refused (damaged, outdated, of another snapshot): built and stored again. */
        REBUILT
    }
}
