package org.chokepoint.model;

/** Relations between entities as lists publish them. */
public enum LinkType {
    /** OFAC "Linked To:" and similar unspecific associations. */
    LINKED_TO,
    /** The source entity owns (a share of) the target. */
    OWNER_OF,
    /** The source entity is owned (in part) by the target. */
    OWNED_BY,
    DIRECTOR_OF,
    /** Vessel or aircraft operated or owned by the target. */
    OPERATED_BY,
    /** The same real-world subject on another list (by a reference the publisher gives, e.g. a UN reference). */
    SAME_AS
}
