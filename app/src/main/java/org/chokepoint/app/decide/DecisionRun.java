package org.chokepoint.app.decide;

import org.chokepoint.app.Provenance;
import org.chokepoint.app.ServedSnapshot;
import org.chokepoint.rules.DecisionEngine;
import org.chokepoint.rules.Transaction;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A decision engine prepared for one batch: one snapshot, one set of thresholds and holdings, one "today". Thread-safe,
 * so a batch may be decided in parallel; parties repeated across the batch are screened once.
 */
public final class DecisionRun {
    private final DecisionEngine engine;
    private final ServedSnapshot snapshot;
    private final LocalDate asOf;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final int ownershipEdges;

    DecisionRun(DecisionEngine engine, ServedSnapshot snapshot, LocalDate asOf, int ownershipEdges) {
        this.engine = engine;
        this.snapshot = snapshot;
        this.asOf = asOf;
        this.ownershipEdges = ownershipEdges;
    }

    public Judged decide(Transaction tx) {
        return new Judged(engine.decide(tx, asOf, today), snapshot.provenance());
    }

    /** The engine itself, for a use case that decides transactions it derives (the audit's decoded rows). */
    public DecisionEngine engine() {
        return engine;
    }

    public Provenance provenance() {
        return snapshot.provenance();
    }

    public LocalDate today() {
        return today;
    }

    /** One line for reports: which snapshot, list releases, rule tables and holdings the batch was judged on. */
    public String provenanceLine() {
        return String.format("list snapshot %s: %,d entries (releases %s); rule tables %s; %d ownership links",
                snapshot.snapshot().shortId(), snapshot.snapshot().size(), snapshot.listDates(), engine.book().versions(), ownershipEdges);
    }
}
