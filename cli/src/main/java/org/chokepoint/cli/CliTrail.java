package org.chokepoint.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chokepoint.app.Chokepoint;
import org.chokepoint.cases.db.Database;
import org.chokepoint.cases.db.StoreConfig;
import org.chokepoint.cases.trail.Trail;
import org.chokepoint.cases.trail.TrailEntry;

import java.io.IOException;

/**
 * One audit-trail record per {@code screen} or {@code decide} invocation, written after the answer is complete, so
 * that what a command-line user was told is on the same chain as what the server answered:
 *
 * <pre>
 * cli:ana  screen  snapshot:46b7…  {"query": {"name": "Kim Jong Un"}, "snapshot": "46b7…", "hits": 3, "resultSha256": "…"}
 * cli:ana  decide  snapshot:46b7…  {"file": "transactions.json", "transactions": 2, "verdicts": "…", "resultSha256": "…"}
 * </pre>
 */
public final class CliTrail {
    private CliTrail() {
    }

    public static void record(Chokepoint engine, String kind, String snapshotId, ObjectNode payload) throws IOException {
        CaseStoreCommand.quietMigrations();
        try (Database db = Database.open(StoreConfig.resolve(engine.config().home(), System.getenv()))) {
            new Trail(db).append(new TrailEntry(CaseStoreCommand.actor(), kind, "snapshot:" + snapshotId, payload.toString()));
        }
    }

}
