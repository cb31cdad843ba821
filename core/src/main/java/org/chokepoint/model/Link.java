package org.chokepoint.model;

/**
 * A relation from the entity holding it to another one.
 *
 * @param type       what relation
 * @param target     entity key of the target ({@code "ofac-sdn:23175"}) when resolved, else null
 * @param targetName the name as published (OFAC "Linked To: NAME"), may be null when only a key is known; a
 *                   SAME_AS link derived from list data rather than published carries its evidence here, as
 *                   {@code "derived: same date of birth …"} (see {@link #derived})
 * @param share      ownership share in [0,1] where published or supplied, else null
 */
public record Link(LinkType type, String target, String targetName, Double share) {
    /** Start of the note of a SAME_AS link that Chokepoint derived from list data instead of a publisher giving it. */
    public static final String DERIVED_PREFIX = "derived: ";

    /** A SAME_AS link derived from list data, with its evidence. */
    public static Link derivedSameAs(String target, String evidence) {
        return new Link(LinkType.SAME_AS, target, DERIVED_PREFIX + evidence, null);
    }

    /** True for a SAME_AS link derived from list data; false for everything a publisher gave. */
    public boolean derived() {
        return type == LinkType.SAME_AS && targetName != null && targetName.startsWith(DERIVED_PREFIX);
    }

    /** True for a SAME_AS link a publisher gave (a CSL row citing its SDN entry, a UK entry its UN reference). */
    public boolean publishedSameAs() {
        return type == LinkType.SAME_AS && !derived();
    }

    /** The evidence of a derived link (its note without the prefix), else null. */
    public String derivation() {
        return derived() ? targetName.substring(DERIVED_PREFIX.length()) : null;
    }
}
