package org.chokepoint.app;

import org.chokepoint.app.audit.AuditService;
import org.chokepoint.app.decide.DecisionService;
import org.chokepoint.app.lists.ListsService;
import org.chokepoint.app.screen.ScreeningService;
import org.chokepoint.model.CountryIndex;
import org.chokepoint.rules.RuleBook;
import org.chokepoint.sources.refdata.Countries;
import org.chokepoint.sources.refdata.ReferenceLexicon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * The engine, assembled once from an explicit {@link Config}: the active snapshot and the use cases over it. The
 * command line, the server, the benchmarks and batch jobs each build one and call its services; none of them
 * assembles the engine itself.
 *
 * <pre>{@code
 * Chokepoint cp = Chokepoint.open(Config.of(Path.of("../shared/data"), Path.of(".chokepoint")), System.err::println);
 * Screening s = cp.screening().screen(new ScreeningRequest(null, ScreeningQuery.of("Kim Jong Un"), null));
 * s.hits().get(0).entity().key();       // "ofac-sdn:20157"
 * s.provenance().snapshotId();          // the content hash of the snapshot screened against
 * }</pre>
 *
 * Cheap to open: the rule tables are read at once, the country index when first needed, the snapshot and its index
 * on first use (or by
 * {@link ActiveSnapshot#current()} when a server wants to be ready before its first request). The audit's
 * gazetteer loads when the first audit runs.
 */
public final class Chokepoint {
    private final Config config;
    private final RuleBook rules;
    private final Lazy<CountryIndex> countries;
    private final ActiveSnapshot active;
    private final ScreeningService screening;
    private final DecisionService decisions;
    private final ListsService lists;
    private volatile AuditService audits;

    private Chokepoint(Config config, Consumer<String> notices) {
        this.config = config;
        this.rules = RuleBook.bundled();
        this.countries = Lazy.of(() -> {
            try {
                return Countries.load(config.dataDir());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the country table in " + config.dataDir() + ": " + e.getMessage(), e);
            }
        });
        this.active = new ActiveSnapshot(config, rules, notices);
        this.screening = new ScreeningService(active, countries, config.screeningThreshold());
        this.decisions = new DecisionService(active, rules, countries, config.dataDir(), config.screeningThreshold(), config.decisiveThreshold(), notices);
        this.lists = new ListsService(active, countries);
    }

    /** @param notices receives one-line notices for people (compiling the bundled lists, a stale snapshot) */
    public static Chokepoint open(Config config, Consumer<String> notices) {
        return new Chokepoint(config, notices);
    }

    public Config config() {
        return config;
    }

    public ActiveSnapshot snapshot() {
        return active;
    }

    public RuleBook rules() {
        return rules;
    }

    /** The multilingual country index (read on first use: about a second). */
    public CountryIndex countries() {
        return countries.get();
    }

    public ScreeningService screening() {
        return screening;
    }

    public DecisionService decisions() {
        return decisions;
    }

    public ListsService lists() {
        return lists;
    }

    public AuditService audits() {
        AuditService a = audits;
        if (a != null) return a;
        synchronized (this) {
            if (audits == null) {
                try {
                    audits = new AuditService(ReferenceLexicon.load(config.dataDir()), decisions);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the audit reference data in " + config.dataDir() + ": " + e.getMessage(), e);
                }
            }
            return audits;
        }
    }
}
