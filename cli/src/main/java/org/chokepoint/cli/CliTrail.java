package org.chokepoint.cli;

import org.chokepoint.app.Config;
import org.chokepoint.cases.db.Database;
import org.chokepoint.cases.db.StoreConfig;
import org.chokepoint.cases.trail.Trail;
import org.chokepoint.cases.trail.TrailEntry;
import org.chokepoint.cases.trail.TrailPayload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One audit-trail record per {@code screen} or {@code decide} run, so that what a command-line user was told is on the
 * same chain as what the server answered:
 *
 * <pre>
 * cli:ana  screen  snapshot:46b7…  {"query": {"name": "Kim Jong Un"}, "snapshot": "46b7…", "hits": 3, "resultSha256": "…"}
 * cli:ana  decide  snapshot:46b7…  {"file": "transactions.json", "transactions": 2, "verdicts": "…", "resultSha256": "…"}
 * </pre>
 *
 * The store is opened on another thread while the command loads the lists, so the record costs the run little more
 * than its own write.
 */
public final class CliTrail implements AutoCloseable {
    private final CompletableFuture<Database> db;

    private CliTrail(CompletableFuture<Database> db) {
        this.db = db;
    }

    /** Starts opening the case store the configuration's home names. */
    public static CliTrail opening(Config config) {
        CaseStoreCommand.quietMigrations();
        CompletableFuture<Database> db = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                db.complete(Database.open(StoreConfig.resolve(config.home(), System.getenv())));
            } catch (IOException e) {
                db.completeExceptionally(new UncheckedIOException(e));
            } catch (RuntimeException e) {
                db.completeExceptionally(e);
            }
        }, "trail-open");
        t.setDaemon(true);
        t.start();
        return new CliTrail(db);
    }

    public void record(String kind, String snapshotId, TrailPayload payload) {
        Database store;
        try {
            store = db.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        new Trail(store).append(new TrailEntry(CaseStoreCommand.actor(), kind, "snapshot:" + snapshotId, payload.toJson()));
    }

    @Override
    public void close() {
        db.thenAccept(Database::close);
    }
}
