package org.chokepoint.match;

/**
 * A stored name index that cannot be used: damaged, written by another format or matcher version, or built from
 * another snapshot. Never fatal to the caller, which builds the index again; the message says what was found.
 */
public final class NameIndexFormatException extends Exception {
    /** Why the stored index was refused. */
    public enum Problem {
        /** Truncated, checksum mismatch or malformed content. */
        DAMAGED,
        /** Another file format or {@link MatcherVersion}: built by other code, may score differently. */
        OUTDATED,
        /** Built from other entities than the ones it is to be bound to. */
        OTHER_SNAPSHOT
    }

    private final Problem problem;

    public NameIndexFormatException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
