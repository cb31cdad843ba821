package org.chokepoint.cases.monitor;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chokepoint.app.Chokepoint;
import org.chokepoint.app.ServedSnapshot;
import org.chokepoint.app.json.HitJson;
import org.chokepoint.app.screen.ScreeningRequest;
import org.chokepoint.cases.db.Clock;
import org.chokepoint.cases.db.Database;
import org.chokepoint.cases.db.Sql;
import org.chokepoint.cases.parties.PartyService;
import org.chokepoint.cases.parties.PartyVersion;
import org.chokepoint.cases.trail.Trail;
import org.chokepoint.cases.trail.TrailEntry;
import org.chokepoint.match.Hit;
import org.chokepoint.match.IndexedScreener;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Snapshot;
import org.chokepoint.model.stats.SnapshotDiff;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Screens stored parties and keeps them screened as the lists change.
 *
 * <p>The store remembers the snapshot its parties were last screened against (its watermark). When another
 * snapshot is active, {@link #catchUp} re-screens against what changed between the two:
 *
 * <ol>
 *   <li>one transaction records the activation, the entries added, changed and removed (the changes feed), a
 *       {@code lists.activate} trail record, and closes the open alerts on removed entries;</li>
 *   <li>parties are read in id order, a chunk at a time. A party with open alerts or a near miss (a score within
 *       {@link #NEAR} under the threshold) is screened in full ({@link Scope#ALL}): word weights are computed over the
 *       whole list, so a change elsewhere in it moves the score of an unchanged entry a little, and a score near the
 *       threshold may cross it either way. Any other party is skipped when its name retrieves nothing from a small
 *       index of the added and changed entries (cheap: their postings only), or cannot reach one of them in the full
 *       index ({@link org.chokepoint.match.IndexedScreener#mayHit}: retrieval and its estimate); the rest are
 *       screened on the new index and keep the hits on added and changed entries ({@link Scope.Entries});</li>
 *   <li>each chunk's alerts commit with the activation's cursor, so a process killed midway resumes after the last
 *       chunk it committed;</li>
 *   <li>the last transaction moves the watermark.</li>
 * </ol>
 *
 * A hit's score comes only from names that retrieval hands to scoring and its estimate lets through, so the
 * parties skipped in step 2 cannot hit what changed; the delta gives the alerts a full re-screen gives
 * ({@code DeltaRescreenTest} asserts it on two real SDN releases).
 */
public final class Monitor {
    static final String WATERMARK = "monitor.snapshot";
    /**
     * How far under the threshold a score marks a near miss. Word weights are computed over the whole list, so a list
     * change moves the scores of unchanged entries a little; on the 2021 → 2024 SDN change (half the list new) no
     * score of the development set moved by this much. A party whose best score was further below cannot cross the
     * threshold on an unchanged entry.
     */
    static final double NEAR = 0.05;
    private static final int CHUNK = 2000;

    private final Chokepoint engine;
    private final Database db;
    private final Trail trail;
    private final AlertWriter alerts;

    public Monitor(Chokepoint engine, Database db, Trail trail) {
        this.engine = engine;
        this.db = db;
        this.trail = trail;
        this.alerts = new AlertWriter(trail);
    }

    /** What a re-screen did. */
    public record Run(String from, String to, boolean delta, long parties, long screened, int opened, int closed,
                      int added, int changed, int removed, long millis) {
    }

    /** Progress of a long run: parties done so far and the total (-1 when unknown). */
    public interface Progress {
        void update(long done, long total);
    }

    /** The snapshot the stored parties were last screened against, if any. */
    public Optional<String> watermark() {
        return db.read(c -> watermark(c));
    }

    private static Optional<String> watermark(Connection c) throws SQLException {
        return Sql.one(c, "SELECT value FROM settings WHERE name = ?", r -> r.getString(1), WATERMARK);
    }

    /** The first snapshot the store's parties are screened against: its activation goes on the trail. */
    private void firstWatermark(Connection c, String id, String actor) throws SQLException {
        if (watermark(c).isPresent()) return;
        setWatermark(c, id);
        trail.append(c, new TrailEntry(actor, "lists.activate", "snapshot:" + id,
                HitJson.JSON.createObjectNode().putNull("from").put("to", id).toString()));
    }

    private static void setWatermark(Connection c, String id) throws SQLException {
        if (Sql.update(c, "UPDATE settings SET value = ? WHERE name = ?", id, WATERMARK) == 0) {
            Sql.update(c, "INSERT INTO settings (name, value) VALUES (?, ?)", WATERMARK, id);
        }
    }

    /**
     * Screens parties already in the caller's transaction (new and changed versions of an import) against the
     * active snapshot; returns the alerts opened.
     */
    public int screenStored(Connection c, List<PartyVersion> parties, String actor) throws SQLException {
        ServedSnapshot s = engine.snapshot().current();
        List<List<Hit>> hits = screen(s, parties);
        int opened = apply(c, parties, hits, s.id(), p -> Scope.ALL, actor)[0];
        firstWatermark(c, s.id(), actor);
        return opened;
    }

    /** Screens every stored party against the active snapshot, speaking for every entry. */
    public Run rescreenAll(String actor, Progress progress) {
        ServedSnapshot s = engine.snapshot().current();
        long t0 = System.nanoTime();
        long total = db.read(c -> Sql.longValue(c, "SELECT COUNT(*) FROM parties WHERE deleted_at IS NULL"));
        long done = 0;
        int opened = 0, closed = 0;
        String after = "";
        while (true) {
            String from = after;
            List<PartyVersion> chunk = db.read(c -> PartyService.page(c, from, CHUNK));
            if (chunk.isEmpty()) break;
            List<List<Hit>> hits = screen(s, chunk);
            int[] n = db.inTransaction(c -> apply(c, chunk, hits, s.id(), p -> Scope.ALL, actor));
            opened += n[0];
            closed += n[1];
            done += chunk.size();
            after = chunk.get(chunk.size() - 1).partyId();
            if (progress != null) progress.update(done, total);
        }
        long parties = done;
        int o = opened, cl = closed;
        long millis = (System.nanoTime() - t0) / 1_000_000;
        db.write(c -> {
            setWatermark(c, s.id());
            trail.append(c, new TrailEntry(actor, "monitor.rescreen", "snapshot:" + s.id(), HitJson.JSON.createObjectNode()
                    .put("snapshot", s.id()).put("full", true).put("parties", parties).put("opened", o).put("closed", cl).toString()));
        });
        return new Run(null, s.id(), false, parties, parties, opened, closed, 0, 0, 0, millis);
    }

    /**
     * Brings the stored parties up to the active snapshot: nothing when they are screened on it already; a delta
     * re-screen from the watermark's snapshot (resuming one a killed process left); a full re-screen when the
     * watermark's snapshot is no longer stored. Returns empty when there was nothing to do.
     */
    public synchronized Optional<Run> catchUp(String actor, Progress progress) {
        ServedSnapshot target = engine.snapshot().current();
        Optional<String> mark = watermark();
        if (mark.isEmpty()) {
            db.write(c -> firstWatermark(c, target.id(), actor));
            return Optional.empty();
        }
        if (mark.get().equals(target.id())) return Optional.empty();
        Snapshot before;
        try {
            before = engine.snapshot().store().open(mark.get());
        } catch (IOException gone) {
            db.write(c -> trail.append(c, new TrailEntry(actor, "lists.activate", "snapshot:" + target.id(), HitJson.JSON.createObjectNode()
                    .put("from", mark.get()).put("to", target.id()).put("note", "the previous snapshot is no longer stored: full re-screen")
                    .toString())));
            return Optional.of(rescreenAll(actor, progress));
        }
        return Optional.of(delta(before, target, actor, progress));
    }

    private Run delta(Snapshot before, ServedSnapshot target, String actor, Progress progress) {
        long t0 = System.nanoTime();
        SnapshotDiff diff = SnapshotDiff.between(before, target.snapshot());
        Set<String> scopeKeys = new HashSet<>();
        for (Entity e : diff.added()) scopeKeys.add(e.key());
        for (SnapshotDiff.Change ch : diff.changed()) scopeKeys.add(ch.key());
        List<String> removed = diff.removed().stream().map(Entity::key).toList();
        int[] closedRemoved = {0};
        long activation = db.inTransaction(c -> {
            Optional<long[]> running = Sql.one(c, "SELECT activation_id FROM activations WHERE state = 'RUNNING' AND previous_id = ?"
                    + " AND snapshot_id = ?", r -> new long[]{r.getLong(1)}, before.id(), target.id());
            if (running.isPresent()) return running.get()[0];
            long id = Sql.insertReturningId(c, "INSERT INTO activations (snapshot_id, previous_id, state, cursor_party, added, changed,"
                            + " removed, started_at) VALUES (?, ?, 'RUNNING', '', ?, ?, ?, ?) RETURNING activation_id",
                    target.id(), before.id(), diff.added().size(), diff.changed().size(), removed.size(), Clock.now());
            try (var s = c.prepareStatement("INSERT INTO list_changes (activation_id, entity_key, change, source, name) VALUES (?, ?, ?, ?, ?)")) {
                for (Entity e : diff.added()) addChange(s, id, e, "added");
                for (SnapshotDiff.Change ch : diff.changed()) addChange(s, id, ch.after(), "changed");
                for (Entity e : diff.removed()) addChange(s, id, e, "removed");
                s.executeBatch();
            }
            ObjectNode payload = HitJson.JSON.createObjectNode().put("activation", id).put("from", before.id()).put("to", target.id())
                    .put("added", diff.added().size()).put("changed", diff.changed().size()).put("removed", removed.size());
            trail.append(c, new TrailEntry(actor, "lists.activate", "snapshot:" + target.id(), payload.toString()));
            closedRemoved[0] = alerts.closeRemoved(c, removed, target.id(), actor);
            return id;
        });
        BitSet reach = target.screener().index().reachOf(scopeKeys);
        // a small index of what changed (and what the lists say is the same subject): a party that retrieves nothing
        // from it is skipped without touching the full index
        List<Entity> reachable = new ArrayList<>(reach.cardinality());
        List<Entity> all = target.screener().index().entities();
        for (int e = reach.nextSetBit(0); e >= 0; e = reach.nextSetBit(e + 1)) reachable.add(all.get(e));
        IndexedScreener changed = IndexedScreener.over(reachable);
        Scope scope = new Scope.Entries(scopeKeys);
        String after = db.read(c -> Sql.one(c, "SELECT cursor_party FROM activations WHERE activation_id = ?", r -> r.getString(1), activation)).orElse("");
        long total = db.read(c -> Sql.longValue(c, "SELECT COUNT(*) FROM parties WHERE deleted_at IS NULL"));
        long done = db.read(c -> Sql.longValue(c, "SELECT COUNT(*) FROM parties WHERE deleted_at IS NULL AND party_id <= ?", after));
        long screened = 0;
        int opened = 0, closed = closedRemoved[0];
        String cursor = after;
        while (!scopeKeys.isEmpty()) {
            String from = cursor;
            List<PartyVersion> chunk = db.read(c -> PartyService.page(c, from, CHUNK));
            if (chunk.isEmpty()) break;
            String last = chunk.get(chunk.size() - 1).partyId();
            // parties with open alerts or a near miss: screened in full (see the class comment)
            Set<String> alerted = new HashSet<>(db.read(c -> Sql.list(c, "SELECT DISTINCT party_id FROM alerts WHERE state = 'OPEN'"
                    + " AND party_id > ? AND party_id <= ? UNION SELECT party_id FROM parties WHERE near_miss = 1 AND deleted_at IS NULL"
                    + " AND party_id > ? AND party_id <= ?", r -> r.getString(1), from, last, from, last)));
            List<PartyVersion> reaching = chunk.parallelStream()
                    .filter(p -> alerted.contains(p.partyId())
                            || (changed.retrievesAny(p.query()) && target.screener().mayHit(p.query(), reach))).toList();
            List<List<Hit>> hits = screen(target, reaching);
            int[] n = db.inTransaction(c -> {
                int[] o = apply(c, reaching, hits, target.id(), p -> alerted.contains(p.partyId()) ? Scope.ALL : scope, actor);
                Sql.update(c, "UPDATE activations SET cursor_party = ? WHERE activation_id = ?", last, activation);
                return o;
            });
            screened += reaching.size();
            opened += n[0];
            closed += n[1];
            done += chunk.size();
            cursor = last;
            if (progress != null) progress.update(done, total);
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        long sc = screened;
        int o = opened, cl = closed;
        long parties = total;
        db.write(c -> {
            Sql.update(c, "UPDATE activations SET state = 'DONE', finished_at = ? WHERE activation_id = ?", Clock.now(), activation);
            setWatermark(c, target.id());
            trail.append(c, new TrailEntry(actor, "monitor.rescreen", "snapshot:" + target.id(), HitJson.JSON.createObjectNode()
                    .put("activation", activation).put("from", before.id()).put("to", target.id()).put("full", false)
                    .put("parties", parties).put("screened", sc).put("opened", o).put("closed", cl).toString()));
        });
        return new Run(before.id(), target.id(), true, total, screened, opened, closed, diff.added().size(), diff.changed().size(),
                removed.size(), millis);
    }

    private static void addChange(java.sql.PreparedStatement s, long activation, Entity e, String change) throws SQLException {
        String name = e.names().isEmpty() ? "" : e.names().get(0).value();
        Sql.bind(s, activation, e.key(), change, e.source(), name);
        s.addBatch();
    }

    /**
     * Screens the parties on both cores, in order, down to {@link #NEAR} under the threshold; hits under the
     * threshold only mark the party as a near miss.
     */
    private List<List<Hit>> screen(ServedSnapshot s, List<PartyVersion> parties) {
        double threshold = engine.screening().defaultThreshold();
        double floor = Math.max(0, threshold - NEAR);
        return parties.parallelStream().map(p -> {
            try {
                return engine.screening().screen(s, new ScreeningRequest(p.partyId(), p.query(), floor)).hits();
            } catch (IllegalArgumentException nothingToMatch) {
                return List.<Hit>of(); // a name of punctuation only cannot match anything
            }
        }).toList();
    }

    /**
     * Applies a chunk's screenings in the caller's transaction: alerts from the hits at or above the threshold, the
     * near-miss mark from the rest. Parties with neither a hit nor an open alert cost nothing but two set lookups for
     * the whole chunk (most parties of a real book), which keeps a re-screen at a few statements per chunk rather
     * than per party (a network round trip each on PostgreSQL).
     */
    private int[] apply(Connection c, List<PartyVersion> parties, List<List<Hit>> hits, String snapshotId,
                        java.util.function.Function<PartyVersion, Scope> scope, String actor) throws SQLException {
        double threshold = engine.screening().defaultThreshold();
        List<String> ids = parties.stream().map(PartyVersion::partyId).toList();
        Set<String> withOpen = idsWhere(c, "SELECT DISTINCT party_id FROM alerts WHERE state = 'OPEN' AND party_id IN ", ids);
        Set<String> wasNear = idsWhere(c, "SELECT party_id FROM parties WHERE near_miss = 1 AND party_id IN ", ids);
        int opened = 0, closed = 0;
        try (java.sql.PreparedStatement near = c.prepareStatement("UPDATE parties SET near_miss = ? WHERE party_id = ?")) {
            for (int i = 0; i < parties.size(); i++) {
                PartyVersion p = parties.get(i);
                List<Hit> alerting = hits.get(i).stream().filter(h -> h.score() >= threshold).toList();
                boolean isNear = alerting.size() < hits.get(i).size();
                if (isNear != wasNear.contains(p.partyId())) {
                    Sql.bind(near, isNear ? 1 : 0, p.partyId());
                    near.addBatch();
                }
                if (alerting.isEmpty() && !withOpen.contains(p.partyId())) continue;
                AlertWriter.Outcome out = alerts.apply(c, p, alerting, snapshotId, scope.apply(p), actor);
                opened += out.opened();
                closed += out.closed();
            }
            near.executeBatch();
        }
        return new int[]{opened, closed};
    }

    private static Set<String> idsWhere(Connection c, String sqlBeforeInList, List<String> ids) throws SQLException {
        Set<String> out = new HashSet<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
            out.addAll(Sql.list(c, sqlBeforeInList + "(" + marks + ")", r -> r.getString(1), part.toArray()));
        }
        return out;
    }
}
