package org.chokepoint.cases.users;

import org.chokepoint.cases.db.Database;
import org.chokepoint.cases.trail.Trail;

/** The review page's users, their hashed passwords and their sessions. */
public final class Users {
    private final Database db;
    private final Trail trail;

    public Users(Database db, Trail trail) {
        this.db = db;
        this.trail = trail;
    }
}
