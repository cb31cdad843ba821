package org.chokepoint.cases.parties;

import org.chokepoint.cases.db.Database;
import org.chokepoint.cases.monitor.Monitor;
import org.chokepoint.cases.trail.Trail;

/** Stored parties: import, upsert by the user's id, versions, deletion. */
public final class PartyService {
    private final Database db;
    private final Trail trail;
    private final Monitor monitor;

    public PartyService(Database db, Trail trail, Monitor monitor) {
        this.db = db;
        this.trail = trail;
        this.monitor = monitor;
    }
}
