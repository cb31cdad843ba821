package org.chokepoint.rules;

/** Outcome of a decision, from least to most severe; a transaction's verdict is its most severe finding's. */
public enum Verdict {
    CLEAR, REVIEW, LICENCE_REQUIRED, BLOCK;

    public Verdict max(Verdict other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** "LICENCE REQUIRED" for people; the enum name for machines. */
    public String label() {
        return name().replace('_', ' ');
    }
}
