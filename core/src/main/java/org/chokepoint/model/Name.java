package org.chokepoint.model;

import java.util.Objects;

/**
 * One published name of an entity, exactly as the source spells it.
 *
 * @param value  the full name as published (e.g. {@code "KIM, Jong Un"})
 * @param kind   primary, strong or weak alias, former name
 * @param script ISO 15924 script code when the source or detection knows it ({@code "Latn"}, {@code "Hang"}), else null
 * @param lang   language when the source gives it (ISO 639), else null
 */
public record Name(String value, NameKind kind, String script, String lang) {
    public Name {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(kind, "kind");
    }

    public static Name primary(String value) {
        return new Name(value, NameKind.PRIMARY, null, null);
    }

    public static Name alias(String value, NameKind kind) {
        return new Name(value, kind, null, null);
    }
}
