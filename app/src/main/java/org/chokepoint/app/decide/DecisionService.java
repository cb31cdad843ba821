package org.chokepoint.app.decide;

import org.chokepoint.app.ActiveSnapshot;
import org.chokepoint.app.ReleaseHistory;
import org.chokepoint.app.ServedSnapshot;
import org.chokepoint.model.CountryIndex;
import org.chokepoint.rules.CountryResolver;
import org.chokepoint.rules.DecisionEngine;
import org.chokepoint.rules.OwnershipGraph;
import org.chokepoint.rules.PartyScreening;
import org.chokepoint.rules.RuleBook;
import org.chokepoint.sources.transaction.OwnershipCsvReader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Judges transactions (CLEAR / REVIEW / LICENCE REQUIRED / BLOCK) on the active snapshot and the bundled rule
 * tables. The default engine of a snapshot (configured thresholds, the lists' own holdings) is built once and kept,
 * so repeated calls share its screening cache; a run with its own thresholds or holdings gets an engine of its own.
 *
 * <pre>{@code
 * DecisionRun run = chokepoint.decisions().prepare(DecisionOptions.asOf(LocalDate.parse("2012-06-01")));
 * Judged j = run.decide(tx);     // j.decision().verdict() == LICENCE_REQUIRED; j.provenance().snapshotId()
 * }</pre>
 */
public final class DecisionService {
    private final ActiveSnapshot active;
    private final RuleBook rules;
    private final CountryResolver countries;
    private final double screeningThreshold;
    private final double decisiveThreshold;
    private final Supplier<CountryIndex> countryIndex;
    private final Path dataDir;
    private final Consumer<String> notices;
    private volatile Cached cached;
    private volatile History history;

    private record Cached(ServedSnapshot snapshot, DecisionEngine engine) {
    }

    /** The earlier releases for one served snapshot, shared by every engine on it (each release is read once). */
    private record History(ServedSnapshot snapshot, ReleaseHistory releases) {
    }

    /**
     * @param dataDir the bundled data folder, whose older list releases ({@code lists/ofac-sdn/2021-07-07}) serve
     *                judgements of earlier dates together with the store's other snapshots ({@link ReleaseHistory})
     */
    public DecisionService(ActiveSnapshot active, RuleBook rules, Supplier<CountryIndex> countryIndex, Path dataDir,
                           double screeningThreshold, double decisiveThreshold, Consumer<String> notices) {
        this.notices = notices;
        this.active = active;
        this.countryIndex = countryIndex;
        this.dataDir = dataDir;
        this.rules = rules;
        this.countries = ((CountryResolver) text -> countryIndex.get().resolve(text).map(c -> c.alpha2())).orElseIso();
        this.screeningThreshold = screeningThreshold;
        this.decisiveThreshold = decisiveThreshold;
    }

    public RuleBook rules() {
        return rules;
    }

    /** Prepares a batch on the snapshot active now; the batch stays on it even if another is activated meanwhile. */
    public DecisionRun prepare(DecisionOptions options) throws IOException {
        ServedSnapshot snapshot = active.current();
        double review = options.screeningThreshold() == null ? screeningThreshold : options.screeningThreshold();
        double decisive = options.decisiveThreshold() == null ? decisiveThreshold : options.decisiveThreshold();
        boolean ownHoldings = !options.ownership().isEmpty() || options.ownershipFile() != null;
        if (!ownHoldings && review == screeningThreshold && decisive == decisiveThreshold) {
            return new DecisionRun(defaultEngine(snapshot), snapshot, options.asOf(), snapshot.ownershipEdges());
        }
        OwnershipGraph graph = snapshot.ownershipCopy();
        for (OwnershipGraph.Edge e : options.ownership()) graph.add(e.owner(), e.owned(), e.share(), e.source());
        if (options.ownershipFile() != null) OwnershipCsvReader.read(options.ownershipFile(), graph);
        return new DecisionRun(engine(snapshot, graph, review, decisive), snapshot, options.asOf(), graph.edgeCount());
    }

    private DecisionEngine defaultEngine(ServedSnapshot snapshot) {
        Cached c = cached;
        if (c != null && c.snapshot() == snapshot) return c.engine();
        DecisionEngine engine = engine(snapshot, snapshot.ownershipCopy(), screeningThreshold, decisiveThreshold);
        cached = new Cached(snapshot, engine);
        return engine;
    }

    private ReleaseHistory history(ServedSnapshot snapshot) {
        History h = history;
        if (h != null && h.snapshot() == snapshot) return h.releases();
        ReleaseHistory releases = new ReleaseHistory(snapshot, active.store(), dataDir, countryIndex, notices);
        history = new History(snapshot, releases);
        return releases;
    }

    private DecisionEngine engine(ServedSnapshot snapshot, OwnershipGraph graph, double review, double decisive) {
        PartyScreening screening = new PartyScreening(snapshot.screener(), rules.listEffects(), rules.ruleDates(), review, decisive,
                snapshot.listDates(), history(snapshot));
        return new DecisionEngine(rules, countries, screening, graph);
    }
}
