package org.chokepoint.server.auth;

import io.javalin.security.RouteRole;

import java.util.Locale;
import java.util.Optional;

/**
 * What a key may do. Roles are ordered: a {@code review} key may also screen, an {@code admin} key may do
 * everything (switch snapshots, run list updates).
 */
public enum Role implements RouteRole {
    /** Screen names, decide transactions, audit exports, read lists and entities. */
    SCREEN,
    /** Also work on cases and alerts (reviewers). */
    REVIEW,
    /** Also activate snapshots and update lists. */
    ADMIN;

    public boolean allows(Role required) {
        return compareTo(required) >= 0;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String text) {
        if (text == null) return Optional.empty();
        for (Role r : values()) if (r.label().equals(text.strip().toLowerCase(Locale.ROOT))) return Optional.of(r);
        return Optional.empty();
    }
}
