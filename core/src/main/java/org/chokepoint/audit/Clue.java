package org.chokepoint.audit;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;

/**
 * One piece of evidence found in a cell: what was matched, and the countries it points to with their shares
 * (a city name found in three countries points to each by population; a global brand to all its countries).
 * Two clues are the same when their kind and matched value are (see {@link #key()}).
 */
public final class Clue implements Serializable {
    private static final long serialVersionUID = 1L;
    private final ClueKind kind;
    private final String value;
    private final Map<String, Double> countries;
    private final String source;
    private final String key;

    /**
     * @param kind      what sort of evidence
     * @param value     the text matched, as written in the reference data (e.g. Koryolink, Dandong, +850)
     * @param countries alpha-2 → share; shares sum to 1
     * @param source    which reference data said so
     */
    public Clue(ClueKind kind, String value, Map<String, Double> countries, String source) {
        this.kind = Objects.requireNonNull(kind);
        this.value = Objects.requireNonNull(value);
        this.countries = Map.copyOf(countries);
        this.source = source;
        this.key = kind.name() + ':' + value;
    }

    public ClueKind kind() {
        return kind;
    }

    public String value() {
        return value;
    }

    public Map<String, Double> countries() {
        return countries;
    }

    public String source() {
        return source;
    }

    /** Identity of the clue for counting repeats: kind and matched value. */
    public String key() {
        return key;
    }

    /** The share of a country, 0 when the clue does not point to it. */
    public double share(String alpha2) {
        return countries.getOrDefault(alpha2, 0.0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Clue c && c.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return kind.label() + " " + value + " → " + countries;
    }
}
