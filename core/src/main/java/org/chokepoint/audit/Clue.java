package org.chokepoint.audit;

import java.util.Map;

/**
 * One piece of evidence found in a cell: what was matched, and the countries it points to with their shares
 * (a city name found in three countries points to each by population; a global brand to all its countries).
 *
 * @param kind      what sort of evidence
 * @param value     the text matched, as written in the reference data (e.g. Koryolink, Dandong, +850)
 * @param countries alpha-2 → share; shares sum to 1
 * @param source    which reference data said so
 */
public record Clue(ClueKind kind, String value, Map<String, Double> countries, String source) {
    public Clue {
        countries = Map.copyOf(countries);
    }

    /** Identity of the clue for counting repeats: kind and matched value. */
    public String key() {
        return kind.name() + ':' + value;
    }

    /** The share of a country, 0 when the clue does not point to it. */
    public double share(String alpha2) {
        return countries.getOrDefault(alpha2, 0.0);
    }
}
