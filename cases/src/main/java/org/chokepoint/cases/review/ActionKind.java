package org.chokepoint.cases.review;

import java.util.Locale;
import java.util.Optional;

/**
 * What an analyst does on a case. CONFIRM (a true match) and DISMISS (a false positive) need a reason and, under
 * the four-eyes rule, a second user's APPROVE (or REJECT) before they take effect.
 */
public enum ActionKind {
    CONFIRM, DISMISS, ESCALATE, COMMENT, ASSIGN, APPROVE, REJECT;

    public boolean decides() {
        return this == CONFIRM || this == DISMISS;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ActionKind> parse(String s) {
        if (s == null) return Optional.empty();
        for (ActionKind k : values()) if (k.name().equalsIgnoreCase(s.strip())) return Optional.of(k);
        return Optional.empty();
    }
}
