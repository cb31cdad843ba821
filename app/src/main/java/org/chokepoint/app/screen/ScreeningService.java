package org.chokepoint.app.screen;

import org.chokepoint.app.ActiveSnapshot;
import org.chokepoint.app.ServedSnapshot;
import org.chokepoint.identity.IdentifierIndex;
import org.chokepoint.identity.IdentifierKind;
import org.chokepoint.identity.IdentifierValues;
import org.chokepoint.match.Explanation;
import org.chokepoint.match.Hit;
import org.chokepoint.match.ScreeningQuery;
import org.chokepoint.model.Country;
import org.chokepoint.model.CountryIndex;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Screens names against the active snapshot. The query's country may be written in any language; lists carry ISO
 * alpha-2 codes, so it is resolved first ("Chine" → CN), and text that resolves to no country is passed on as
 * written (it then agrees with nothing). A batch is screened on one snapshot, even if another is activated meanwhile.
 *
 * <p>A single screen ({@link #screenOne}) that finds no hit says what came closest: the entries that score from
 * {@link #NEAR_MISS_FLOOR} up to the threshold, at most {@link #NEAR_MISSES} of them, as near misses (so "no hits"
 * never hides a 0.82). They come from screening once more at the floor, only when the first screen found nothing.
 *
 * <pre>{@code
 * service.screenOne(snapshot, new ScreeningRequest(null, ScreeningQuery.of("Dandong Kehua Trading"), null))
 *     // hits [] and nearMisses [...] when nothing reaches the threshold
 * service.screenIdentifier(snapshot, "IMO 8712362") // the entries that publish that IMO number
 * }</pre>
 */
public final class ScreeningService {
    /** Near misses are the entries scoring from this up to the threshold. */
    public static final double NEAR_MISS_FLOOR = 0.70;
    /** Most near misses a single screen lists. */
    public static final int NEAR_MISSES = 3;

    private final ActiveSnapshot active;
    private final Supplier<CountryIndex> countries;
    private final double defaultThreshold;

    public ScreeningService(ActiveSnapshot active, Supplier<CountryIndex> countries, double defaultThreshold) {
        this.active = active;
        this.countries = countries;
        this.defaultThreshold = defaultThreshold;
    }

    public double defaultThreshold() {
        return defaultThreshold;
    }

    public Screening screen(ScreeningRequest request) {
        return screen(active.current(), request);
    }

    /** Screens on a snapshot the caller holds (a batch job that must not switch halfway). */
    public Screening screen(ServedSnapshot snapshot, ScreeningRequest request) {
        ScreeningQuery q = withIsoCountry(request.query());
        double threshold = threshold(request);
        return new Screening(request.id(), q, threshold, snapshot.screener().screen(q, threshold), snapshot.provenance());
    }

    /** A single screen: as {@link #screen}, and with near misses when there is no hit. */
    public Screening screenOne(ServedSnapshot snapshot, ScreeningRequest request) {
        Screening s = screen(snapshot, request);
        if (!s.hits().isEmpty() || s.threshold() <= NEAR_MISS_FLOOR) return s;
        List<Hit> near = new ArrayList<>(NEAR_MISSES);
        for (Hit h : snapshot.screener().screen(s.query(), NEAR_MISS_FLOOR)) {
            if (near.size() == NEAR_MISSES) break;
            if (h.score() < s.threshold()) near.add(h);
        }
        return new Screening(s.id(), s.query(), s.threshold(), s.hits(), near, s.provenance());
    }

    /**
     * The entries that publish an identifier, however it is written ("IMO 8712362", "imo8712362", "RU 7725039953":
     * case, spacing and punctuation ignored, an IMO prefix dropped, else each number in the text looked up); the
     * publisher's own listing before republications of it, then by key.
     *
     * @throws IllegalArgumentException when the text holds no value long enough to look up
     */
    public IdentifierScreening screenIdentifier(ServedSnapshot snapshot, String identifier) {
        checkIdentifier(identifier);
        List<Entity> entities = snapshot.snapshot().entities();
        Map<Integer, Hit> byEntity = new LinkedHashMap<>();
        for (IdentifierIndex.Found f : snapshot.identifiers().find(identifier)) {
            IdentifierIndex.Posting p = f.posting();
            Entity e = entities.get(p.entity());
            String note = identifier.strip() + " equals the entry's " + p.type() + " " + p.value()
                    + (p.part() ? " (a number written in it)" : "");
            Explanation why = new Explanation("identifier " + p.type() + " " + p.value(), List.of(),
                    List.of(new Explanation.Evidence("identifier", 0, note)));
            byEntity.putIfAbsent(p.entity(), new Hit(e, e.primaryName().value(), 1.0, why));
        }
        List<Hit> hits = new ArrayList<>(byEntity.values());
        hits.sort(Comparator.comparing((Hit h) -> republishes(h.entity())).thenComparing(h -> h.entity().key()));
        return new IdentifierScreening(identifier, hits, snapshot.provenance());
    }

    /** Fails when the text holds no value long enough to look up ("IMO", "12-34"): one repeated character counts as none. */
    public static void checkIdentifier(String identifier) {
        if (IdentifierValues.normalize(identifier, IdentifierKind.GENERIC) == null
                && IdentifierValues.parts(identifier, IdentifierKind.GENERIC).isEmpty()) {
            throw new IllegalArgumentException("the identifier '" + identifier + "' has no value of at least "
                    + IdentifierValues.MIN_LENGTH + " letters and digits to look up");
        }
    }

    private static boolean republishes(Entity e) {
        for (Link l : e.links()) if (l.publishedSameAs()) return true;
        return false;
    }

    private double threshold(ScreeningRequest request) {
        return request.threshold() == null ? defaultThreshold : request.threshold();
    }

    /** "China", "Chine", "中国" → CN; unknown text unchanged. */
    public ScreeningQuery withIsoCountry(ScreeningQuery q) {
        if (q.country() == null || q.country().isBlank()) return q;
        String iso = countries.get().resolve(q.country()).map(Country::alpha2).orElse(q.country());
        return new ScreeningQuery(q.name(), q.schema(), iso, q.birthDate());
    }
}
