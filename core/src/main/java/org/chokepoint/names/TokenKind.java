package org.chokepoint.names;

/** What a token of a name is: the name proper, or words that say little about who is meant. */
public enum TokenKind {
    /** A word of the name itself. */
    NAME(1.0),
    /** A company legal form, canonicalised (LTD, LLC, JSC, GMBH, ...). */
    LEGAL_FORM(0.2),
    /** Articles, conjunctions and genealogical particles (and, of, de, al, bin, ...). */
    CONNECTOR(0.15),
    /** A leading title or honorific (Mr, Dr, Sheikh, Haji, ...). */
    HONORIFIC(0.1);

    private final double weightFactor;

    TokenKind(double weightFactor) {
        this.weightFactor = weightFactor;
    }

    /** How much a token of this kind counts relative to a name word of the same rarity. */
    public double weightFactor() {
        return weightFactor;
    }
}
