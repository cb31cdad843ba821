package org.chokepoint.app.screen;

import org.chokepoint.app.ActiveSnapshot;
import org.chokepoint.app.ServedSnapshot;
import org.chokepoint.match.ScreeningQuery;
import org.chokepoint.model.Country;
import org.chokepoint.model.CountryIndex;

import java.util.function.Supplier;

/**
 * Screens names against the active snapshot. The query's country may be written in any language; lists carry ISO
 * alpha-2 codes, so it is resolved first ("Chine" → CN), and text that resolves to no country is passed on as
 * written (it then agrees with nothing). A batch is screened on one snapshot, even if another is activated meanwhile.
 */
public final class ScreeningService {
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
        double threshold = request.threshold() == null ? defaultThreshold : request.threshold();
        return new Screening(request.id(), q, threshold, snapshot.screener().screen(q, threshold), snapshot.provenance());
    }

    /** "China", "Chine", "中国" → CN; unknown text unchanged. */
    public ScreeningQuery withIsoCountry(ScreeningQuery q) {
        if (q.country() == null || q.country().isBlank()) return q;
        String iso = countries.get().resolve(q.country()).map(Country::alpha2).orElse(q.country());
        return new ScreeningQuery(q.name(), q.schema(), iso, q.birthDate());
    }
}
