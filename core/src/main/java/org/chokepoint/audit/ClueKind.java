package org.chokepoint.audit;

/**
 * Kinds of evidence a cell can give about a country, each with how often such a clue names the true
 * destination before the file itself says more (the file's open rows then adjust it per value).
 */
public enum ClueKind {
    /** A telephone number's country calling code. */
    PHONE("telephone code", 0.95),
    /** A currency used in only a few countries (USD, EUR are learnt to be weak from the open rows). */
    CURRENCY("currency", 0.9),
    /** The country's name in some language or script, or a romanised form of it. */
    COUNTRY_NAME("country name", 0.9),
    /** A romanised name matched by sound rather than spelling (chosun ~ joseon). */
    COUNTRY_NAME_SOUND("country name (by sound)", 0.4),
    /** A city, town or site in the gazetteer. */
    PLACE("place", 0.85),
    /** A mobile network operator's brand or name. */
    OPERATOR("operator", 0.85),
    /** A transshipment hub known to serve an embargoed neighbour. */
    HUB("transshipment hub", 0.7),
    /** A place or country written as a transit point ("via Panama"): the goods went through it, not to it. */
    TRANSIT("transit point", 0.2);

    private final String label;
    private final double reliability;

    ClueKind(String label, double reliability) {
        this.label = label;
        this.reliability = reliability;
    }

    public String label() {
        return label;
    }

    /** Prior probability that a clue of this kind names the true country. */
    public double reliability() {
        return reliability;
    }
}
