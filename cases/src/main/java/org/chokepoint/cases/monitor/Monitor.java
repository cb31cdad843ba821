package org.chokepoint.cases.monitor;

import org.chokepoint.app.Chokepoint;
import org.chokepoint.cases.db.Database;
import org.chokepoint.cases.trail.Trail;

/** Screens stored parties and keeps them screened as the lists change. */
public final class Monitor {
    private final Chokepoint engine;
    private final Database db;
    private final Trail trail;

    public Monitor(Chokepoint engine, Database db, Trail trail) {
        this.engine = engine;
        this.db = db;
        this.trail = trail;
    }
}
