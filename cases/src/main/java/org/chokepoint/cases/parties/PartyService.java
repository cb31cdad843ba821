package org.chokepoint.cases.parties;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chokepoint.app.json.HitJson;
import org.chokepoint.cases.db.Clock;
import org.chokepoint.cases.db.Database;
import org.chokepoint.cases.db.Sql;
import org.chokepoint.cases.monitor.Monitor;
import org.chokepoint.cases.trail.Trail;
import org.chokepoint.cases.trail.TrailEntry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stored parties: upsert by the user's own id, one new version per change of a screened field, explicit deletion.
 * A batch is one transaction: its party versions, the alerts their screening opens and one trail record commit
 * together, so an import killed midway keeps whole batches and nothing of the one in flight.
 *
 * <pre>{@code
 * ImportCounts n = parties.upsert(List.of(new PartyInput("C-1", "Huawei Technologies", "company", "CN", null, List.of(), Map.of())), "user:ana", true);
 * n.created();   // 1; importing the same row again gives unchanged 1
 * }</pre>
 */
public final class PartyService {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() { };
    private static final String VERSION_COLUMNS = "v.party_id, v.version, v.name, v.schema, v.country, v.birth_date,"
            + " v.identifiers, v.attributes, v.content_hash, v.created_at";

    private final Database db;
    private final Trail trail;
    private final Monitor monitor;

    public PartyService(Database db, Trail trail, Monitor monitor) {
        this.db = db;
        this.trail = trail;
        this.monitor = monitor;
    }

    /** What one batch did. */
    public record ImportCounts(int created, int changed, int unchanged, int alertsOpened) {
        public ImportCounts plus(ImportCounts o) {
            return new ImportCounts(created + o.created, changed + o.changed, unchanged + o.unchanged, alertsOpened + o.alertsOpened);
        }

        public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0);
    }

    /**
     * Stores the parties in one transaction; new and changed versions are screened against the active snapshot when
     * {@code screen} is set (the monitor first catches up with a list change it has not yet applied).
     */
    public ImportCounts upsert(List<PartyInput> batch, String actor, boolean screen) {
        if (screen) monitor.catchUp(actor, null);
        return db.inTransaction(c -> {
            Map<String, PartyInput> last = new java.util.LinkedHashMap<>();
            for (PartyInput p : batch) last.put(p.id(), p); // the last row of an id wins within a batch
            Map<String, String[]> existing = currentHashes(c, last.keySet());
            String now = Clock.now();
            int created = 0, changed = 0, unchanged = 0;
            List<PartyVersion> toScreen = new ArrayList<>();
            try (PreparedStatement insertVersion = c.prepareStatement("INSERT INTO party_versions (party_id, version, name, schema,"
                    + " country, birth_date, identifiers, attributes, content_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (PartyInput p : last.values()) {
                    String hash = p.contentHash();
                    String[] cur = existing.get(p.id()); // version, hash, deleted_at
                    int version;
                    if (cur == null) {
                        version = 1;
                        Sql.update(c, "INSERT INTO parties (party_id, version, updated_at) VALUES (?, 1, ?)", p.id(), now);
                        created++;
                    } else if (cur[1].equals(hash) && cur[2] == null) {
                        unchanged++;
                        continue;
                    } else {
                        version = Integer.parseInt(cur[0]) + 1;
                        Sql.update(c, "UPDATE parties SET version = ?, deleted_at = NULL, updated_at = ? WHERE party_id = ?", version, now, p.id());
                        changed++;
                    }
                    String ids = PartyVersion.identifiersJson(p.identifiers());
                    String attrs = json(p.attributes());
                    Sql.bind(insertVersion, p.id(), version, p.name(), p.type(), p.country(), p.birthDate(), ids, attrs, hash, now);
                    insertVersion.addBatch();
                    toScreen.add(new PartyVersion(p.id(), version, p.name(), p.type(), p.country(), p.birthDate(), p.identifiers(),
                            p.attributes(), hash, now));
                }
                insertVersion.executeBatch();
            }
            int alerts = screen && !toScreen.isEmpty() ? monitor.screenStored(c, toScreen, actor) : 0;
            if (created + changed > 0) {
                ObjectNode payload = HitJson.JSON.createObjectNode().put("created", created).put("changed", changed)
                        .put("unchanged", unchanged).put("alertsOpened", alerts);
                payload.put("first", toScreen.get(0).partyId()).put("last", toScreen.get(toScreen.size() - 1).partyId());
                trail.append(c, new TrailEntry(actor, "parties.upsert", "parties", payload.toString()));
            }
            return new ImportCounts(created, changed, unchanged, alerts);
        });
    }

    /** Deletes a party: it is no longer screened, its open alerts close; its versions and case stay for the record. */
    public boolean delete(String partyId, String actor) {
        return db.inTransaction(c -> {
            String now = Clock.now();
            int n = Sql.update(c, "UPDATE parties SET deleted_at = ?, updated_at = ? WHERE party_id = ? AND deleted_at IS NULL", now, now, partyId);
            if (n == 0) return false;
            Sql.update(c, "UPDATE alerts SET state = 'CLOSED', note = 'the party was deleted', resolved_at = ? WHERE party_id = ? AND state = 'OPEN'", now, partyId);
            Sql.update(c, "UPDATE cases SET state = 'CLOSED', updated_at = ? WHERE party_id = ?", now, partyId);
            trail.append(c, new TrailEntry(actor, "parties.delete", "party:" + partyId, "{}"));
            return true;
        });
    }

    public Optional<PartyVersion> current(String partyId) {
        return db.read(c -> Sql.one(c, "SELECT " + VERSION_COLUMNS + " FROM parties p JOIN party_versions v ON v.party_id = p.party_id"
                + " AND v.version = p.version WHERE p.party_id = ? AND p.deleted_at IS NULL", PartyService::version, partyId));
    }

    public List<PartyVersion> versions(String partyId) {
        return db.read(c -> Sql.list(c, "SELECT " + VERSION_COLUMNS + " FROM party_versions v WHERE v.party_id = ? ORDER BY v.version",
                PartyService::version, partyId));
    }

    /** Live parties after {@code afterId} in id order, at most {@code limit}: the monitor and the API page through them. */
    public static List<PartyVersion> page(Connection c, String afterId, int limit) throws SQLException {
        // the bound is stated on both tables: PostgreSQL's merge join would otherwise read party_versions from its
        // first row for every page (742 ms a page in the middle of a million parties, 1 ms with it)
        return Sql.list(c, "SELECT " + VERSION_COLUMNS + " FROM parties p JOIN party_versions v ON v.party_id = p.party_id"
                + " AND v.version = p.version WHERE p.deleted_at IS NULL AND p.party_id > ? AND v.party_id > ? ORDER BY p.party_id LIMIT ?",
                PartyService::version, afterId, afterId, limit);
    }

    public List<PartyVersion> page(String afterId, int limit) {
        return db.read(c -> page(c, afterId, limit));
    }

    public long count() {
        return db.read(c -> Sql.longValue(c, "SELECT COUNT(*) FROM parties WHERE deleted_at IS NULL"));
    }

    public static PartyVersion version(ResultSet r) throws SQLException {
        try {
            return new PartyVersion(r.getString(1), r.getInt(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                    HitJson.JSON.readValue(r.getString(7), STRINGS), HitJson.JSON.readValue(r.getString(8), ATTRIBUTES),
                    r.getString(9), r.getString(10));
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable party row " + r.getString(1) + ": " + e.getOriginalMessage(), e);
        }
    }

    /** Current version, hash and deletion time of each id that exists. */
    private static Map<String, String[]> currentHashes(Connection c, java.util.Collection<String> ids) throws SQLException {
        Map<String, String[]> out = new HashMap<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            out.putAll(Sql.list(c, "SELECT p.party_id, p.version, v.content_hash, p.deleted_at FROM parties p JOIN party_versions v"
                            + " ON v.party_id = p.party_id AND v.version = p.version WHERE p.party_id IN (" + marks + ")",
                    r -> new String[]{r.getString(1), String.valueOf(r.getInt(2)), r.getString(3), r.getString(4)}, chunk.toArray())
                    .stream().collect(java.util.stream.Collectors.toMap(a -> a[0], a -> new String[]{a[1], a[2], a[3]})));
        }
        return out;
    }

    private static String json(Object o) {
        try {
            return HitJson.JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
