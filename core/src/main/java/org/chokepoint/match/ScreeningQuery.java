package org.chokepoint.match;

import org.chokepoint.model.Schema;

import java.util.Objects;

/**
 * A name to screen, with optional secondary facts that raise or lower scores.
 *
 * @param name      the name as the user or the record gives it (required)
 * @param schema    expected kind of entity, or null when unknown
 * @param country   ISO alpha-2 or country text, or null
 * @param birthDate ISO date, year-month or year ({@code 1984-01-08}, {@code 1984}), or null
 */
public record ScreeningQuery(String name, Schema schema, String country, String birthDate) {
    public ScreeningQuery {
        Objects.requireNonNull(name, "name");
    }

    public static ScreeningQuery of(String name) {
        return new ScreeningQuery(name, null, null, null);
    }
}
