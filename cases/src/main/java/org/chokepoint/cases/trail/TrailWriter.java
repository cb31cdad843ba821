package org.chokepoint.cases.trail;

import org.chokepoint.cases.db.Database;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Group commit for records that are written on their own (one per screening call): callers from many threads hand
 * their record to one writer thread, which appends everything waiting in one transaction and then tells each caller
 * its record is committed. At 4,000 calls a second that is a few dozen records per commit instead of 4,000 commits,
 * and the chain stays in one order.
 *
 * <pre>{@code
 * TrailRecord r = writer.append(new TrailEntry("key:onboarding", "screen", "snapshot:46b7…", payload));  // returns once committed
 * }</pre>
 *
 * A caller is answered only after its record is committed: when the database refuses, {@link #append} throws, so an
 * answer never leaves without its record.
 */
public final class TrailWriter implements AutoCloseable {
    /** Most records in one commit. */
    static final int MAX_BATCH = 1000;

    private record Pending(TrailEntry entry, CompletableFuture<TrailRecord> done) {
    }

    private static final Pending STOP = new Pending(null, null);

    private final Database db;
    private final Trail trail;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(100_000);
    private final Thread thread;
    private volatile boolean closed;

    public TrailWriter(Database db, Trail trail) {
        this.db = db;
        this.trail = trail;
        this.thread = new Thread(this::run, "trail-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Appends the record and returns it once committed. */
    public TrailRecord append(TrailEntry entry) {
        if (closed) throw new IllegalStateException("the trail writer is closed");
        CompletableFuture<TrailRecord> done = new CompletableFuture<>();
        try {
            if (!queue.offer(new Pending(entry, done), 30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the audit trail is not keeping up: record not written");
            }
            return done.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the audit trail", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            throw new IllegalStateException("the audit trail could not be written: " + cause.getMessage(), cause);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the audit trail did not commit within 60 s", e);
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (true) {
            try {
                Pending first = queue.take();
                if (first == STOP) return;
                batch.add(first);
                boolean stop = false;
                Pending next;
                while (batch.size() < MAX_BATCH && (next = queue.poll()) != null) {
                    if (next == STOP) {
                        stop = true;
                        break;
                    }
                    batch.add(next);
                }
                write(batch);
                batch.clear();
                if (stop) return;
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void write(List<Pending> batch) {
        try {
            List<TrailEntry> entries = batch.stream().map(Pending::entry).toList();
            List<TrailRecord> written = db.inTransaction(c -> trail.appendAll(c, entries));
            for (int i = 0; i < batch.size(); i++) batch.get(i).done.complete(written.get(i));
        } catch (RuntimeException e) {
            for (Pending p : batch) p.done.completeExceptionally(e);
        }
    }

    /** Writes what is waiting, then stops. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        queue.offer(STOP);
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
