package org.chokepoint.audit;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

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
    private final String intermediary;
    private final String key;

    /**
     * @param kind      what sort of evidence
     * @param value     the text matched, as written in the reference data (e.g. Koryolink, Dandong, +850)
     * @param countries alpha-2 → share; shares sum to 1 (kept in alpha-2 order)
     * @param source    which reference data said so
     */
    public Clue(ClueKind kind, String value, Map<String, Double> countries, String source) {
        this(kind, value, countries, source, null);
    }

    /**
     * A clue that names an intermediary: a transshipment hub such as Dubai points to the country it is known to
     * serve (Iran) and is itself in another ({@code intermediary}, AE). The hub's own city, telephone code and
     * currency in the same row are facts about the intermediary, not independent evidence of the destination.
     *
     * @param intermediary alpha-2 of the hub's own country, null for a clue that is not a hub
     */
    public Clue(ClueKind kind, String value, Map<String, Double> countries, String source, String intermediary) {
        this.kind = Objects.requireNonNull(kind);
        this.value = Objects.requireNonNull(value);
        this.countries = inAlpha2Order(countries);
        this.source = source;
        this.intermediary = intermediary;
        this.key = kind.name() + ':' + value;
    }

    /**
     * The shares in alpha-2 order, so that every JVM lists a clue's countries alike: {@code Map.copyOf} iterates in
     * an order salted per JVM, which made equal shares ("Sharan": RU, AF, SY at 1/3 each) come out in another order,
     * and a different five of them, from one run of {@code chokepoint audit} to the next, and on a cluster's executors.
     */
    private static Map<String, Double> inAlpha2Order(Map<String, Double> countries) {
        Map<String, Double> sorted = new LinkedHashMap<>();
        new TreeMap<>(countries).forEach((alpha2, share) -> sorted.put(alpha2, Objects.requireNonNull(share, alpha2)));
        return Collections.unmodifiableMap(sorted);
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

    /** The hub's own country (alpha-2) when the clue names an intermediary, else null. */
    public String intermediary() {
        return intermediary;
    }

    /** The country the clue points to most (ties: the first in alpha-2 order), null when it points nowhere. */
    public String dominant() {
        String best = null;
        for (Map.Entry<String, Double> e : countries.entrySet()) {
            if (best == null || e.getValue() > countries.get(best) || e.getValue().equals(countries.get(best)) && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
            }
        }
        return best;
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
