package org.chokepoint.model;

/**
 * A relation from the entity holding it to another one.
 *
 * @param type       what relation
 * @param target     entity key of the target ({@code "ofac-sdn:23175"}) when resolved, else null
 * @param targetName the name as published (OFAC "Linked To: NAME"), may be null when only a key is known; a
 *                   SAME_AS link derived from list data rather than published carries its evidence here, as
 *                   {@code "derived: same date of birth …"}
 * @param share      ownership share in [0,1] where published or supplied, else null
 */
public record Link(LinkType type, String target, String targetName, Double share) {
}
