package org.chokepoint.cases;

import org.chokepoint.app.Chokepoint;
import org.chokepoint.cases.db.Database;
import org.chokepoint.cases.db.StoreConfig;
import org.chokepoint.cases.monitor.Monitor;
import org.chokepoint.cases.parties.PartyService;
import org.chokepoint.cases.review.CaseService;
import org.chokepoint.cases.trail.Trail;
import org.chokepoint.cases.trail.TrailWriter;
import org.chokepoint.cases.users.Users;

/**
 * The case store and its use cases, over one database: parties, alerts and cases, analyst actions, ongoing
 * monitoring and the audit trail. The command line and the server each open one on the engine they already hold.
 *
 * <pre>{@code
 * try (Cases cases = Cases.open(engine, StoreConfig.embedded(home), CasesOptions.defaults())) {
 *     cases.parties().upsert(List.of(new PartyInput("C-1", "Huawei Technologies", "company", "CN", null, List.of(), Map.of())), "user:ana", true);
 *     cases.cases().queue(CaseFilter.open());
 * }
 * }</pre>
 */
public final class Cases implements AutoCloseable {
    private final Database db;
    private final Trail trail;
    private final Monitor monitor;
    private final PartyService parties;
    private final CaseService cases;
    private final Users users;
    private final TrailWriter trailWriter;

    private Cases(Chokepoint engine, Database db, CasesOptions options) {
        this.db = db;
        this.trail = new Trail(db);
        this.monitor = new Monitor(engine, db, trail);
        this.parties = new PartyService(db, trail, monitor);
        this.cases = new CaseService(db, trail, options);
        this.users = new Users(db, trail);
        this.trailWriter = new TrailWriter(db, trail);
    }

    public static Cases open(Chokepoint engine, StoreConfig store, CasesOptions options) {
        return new Cases(engine, Database.open(store), options);
    }

    public Database database() {
        return db;
    }

    public Trail trail() {
        return trail;
    }

    /** Group commit for records written on their own (screening calls): see {@link TrailWriter}. */
    public TrailWriter trailWriter() {
        return trailWriter;
    }

    public Monitor monitor() {
        return monitor;
    }

    public PartyService parties() {
        return parties;
    }

    public CaseService cases() {
        return cases;
    }

    public Users users() {
        return users;
    }

    @Override
    public void close() {
        trailWriter.close();
        db.close();
    }
}
