package org.chokepoint.cases.trail;

import org.chokepoint.cases.db.Clock;
import org.chokepoint.cases.db.Database;
import org.chokepoint.cases.db.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The append-only, hash-chained audit trail. A record is appended inside the transaction of what it records (a case
 * action and its trail record commit together or not at all); appends from all processes are serialised, so the
 * chain has one order.
 *
 * <pre>{@code
 * db.inTransaction(c -> {
 *     ... insert the action ...
 *     trail.append(c, new TrailEntry("user:ana", "case.dismiss", "case:12", "{\"reason\":\"other birth date\"}"));
 * });
 * TrailVerification v = trail.verify();   // ok, or the first record altered, removed or inserted
 * }</pre>
 *
 * Verification proves the chain is unbroken from the first record to the head; someone able to rewrite the whole
 * table from some record on could recompute every later hash, so a monitor keeps the head hash that
 * {@code trail verify} prints and passes it back the next time ({@link #verify(TrailHead)}).
 */
public final class Trail {
    private static final String COLUMNS = "seq, at, actor, kind, subject, payload, prev_hash, hash";
    private final Database db;

    public Trail(Database db) {
        this.db = db;
    }

    /** Appends one record in the caller's transaction and returns it. */
    public TrailRecord append(Connection c, TrailEntry e) throws SQLException {
        return appendAll(c, List.of(e)).get(0);
    }

    /** Appends records in order in the caller's transaction (one head lookup for all of them). */
    public List<TrailRecord> appendAll(Connection c, List<TrailEntry> entries) throws SQLException {
        db.lockTrail(c);
        Optional<TrailRecord> head = Sql.one(c, "SELECT " + COLUMNS + " FROM trail ORDER BY seq DESC LIMIT 1", Trail::row);
        long seq = head.map(TrailRecord::seq).orElse(0L);
        String prev = head.map(TrailRecord::hash).orElse(TrailRecord.GENESIS);
        String at = Clock.now();
        List<TrailRecord> out = new ArrayList<>(entries.size());
        try (PreparedStatement s = c.prepareStatement("INSERT INTO trail (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (TrailEntry e : entries) {
                seq++;
                String hash = TrailRecord.hashOf(prev, seq, at, e.actor(), e.kind(), e.subject(), e.payload());
                TrailRecord r = new TrailRecord(seq, at, e.actor(), e.kind(), e.subject(), e.payload(), prev, hash);
                Sql.bind(s, r.seq(), r.at(), r.actor(), r.kind(), r.subject(), r.payload(), r.prevHash(), r.hash());
                s.addBatch();
                out.add(r);
                prev = hash;
            }
            s.executeBatch();
        }
        return out;
    }

    /** Appends in a transaction of its own (a screening call, which writes nothing else). */
    public TrailRecord append(TrailEntry e) {
        return db.inTransaction(c -> append(c, e));
    }

    public long size() {
        return db.read(c -> Sql.longValue(c, "SELECT COUNT(*) FROM trail"));
    }

    /** Records from {@code from} (inclusive) to {@code to} (exclusive) by time, either bound may be null, in order. */
    public void export(String from, String to, Consumer<TrailRecord> out) {
        String sql = "SELECT " + COLUMNS + " FROM trail WHERE at >= ? AND at < ? ORDER BY seq";
        db.read(c -> {
            streamQuery(c, sql, out, from == null ? "" : from, to == null ? "~" : to);
            return null;
        });
    }

    /** The records of one subject ({@code case:12}), in order. */
    public List<TrailRecord> ofSubject(String subject) {
        return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM trail WHERE subject = ? ORDER BY seq", Trail::row, subject));
    }

    /** Records after {@code afterSeq}, at most {@code limit}, in order (paging through {@code GET /v1/trail}). */
    public List<TrailRecord> page(String from, String to, long afterSeq, int limit) {
        return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM trail WHERE at >= ? AND at < ? AND seq > ? ORDER BY seq LIMIT ?",
                Trail::row, from == null ? "" : from, to == null ? "~" : to, afterSeq, limit));
    }

    /** Recomputes the whole chain; see {@link TrailVerifier}. */
    public TrailVerification verify() {
        return verify(new TrailVerifier());
    }

    /** Recomputes the whole chain and checks it still reaches the head kept from an earlier verification. */
    public TrailVerification verify(TrailHead kept) {
        return verify(new TrailVerifier(kept));
    }

    private TrailVerification verify(TrailVerifier v) {
        db.read(c -> {
            streamQuery(c, "SELECT " + COLUMNS + " FROM trail ORDER BY seq", v::accept);
            return null;
        });
        return v.result();
    }

    private static void streamQuery(Connection c, String sql, Consumer<TrailRecord> out, Object... params) throws SQLException {
        try (PreparedStatement s = Sql.prepare(c, sql, params)) {
            s.setFetchSize(1000); // PostgreSQL streams only with a fetch size inside a transaction
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) out.accept(row(r));
            }
        }
    }

    static TrailRecord row(ResultSet r) throws SQLException {
        return new TrailRecord(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                r.getString(6), r.getString(7), r.getString(8));
    }
}
