package org.chokepoint.cases.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chokepoint.app.json.EntityJson;
import org.chokepoint.app.json.HitJson;
import org.chokepoint.cases.db.Clock;
import org.chokepoint.cases.db.Sql;
import org.chokepoint.cases.parties.PartyVersion;
import org.chokepoint.cases.trail.Trail;
import org.chokepoint.cases.trail.TrailEntry;
import org.chokepoint.match.Hit;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Turns one party's screening into alerts, in the caller's transaction. For each hit the scope covers:
 *
 * <ul>
 *   <li>an open alert on the same entry, same party version and same entry content: kept as it is;</li>
 *   <li>an analyst already confirmed or dismissed the pair and neither side changed since: no alert;</li>
 *   <li>otherwise a new alert; when it replaces an open alert or re-opens a decided pair, its note says what changed
 *       ("the list entry changed: addresses, programs" or "the party changed: name").</li>
 * </ul>
 * Open alerts in scope that the screening no longer hits are closed with a note. The party's case is opened on its
 * first alert and its state follows its open alerts.
 */
final class AlertWriter {
    private final Trail trail;

    AlertWriter(Trail trail) {
        this.trail = trail;
    }

    record Outcome(int opened, int closed) {
    }

    private record OpenAlert(long id, int partyVersion, String entityHash) {
    }

    private record Decided(String decision, String partyHash, String entityHash, long alertId, String decidedAt) {
    }

    Outcome apply(Connection c, PartyVersion party, List<Hit> hits, String snapshotId, Scope scope, String actor) throws SQLException {
        Map<String, OpenAlert> open = new HashMap<>();
        for (var row : Sql.list(c, "SELECT alert_id, entity_key, party_version, entity_hash FROM alerts WHERE party_id = ? AND state = 'OPEN'",
                r -> new Object[]{r.getLong(1), r.getString(2), r.getInt(3), r.getString(4)}, party.partyId())) {
            open.put((String) row[1], new OpenAlert((Long) row[0], (Integer) row[2], (String) row[3]));
        }
        String now = Clock.now();
        int opened = 0, closed = 0;
        Long caseId = null;
        List<TrailEntry> records = new ArrayList<>();
        for (Hit h : hits) {
            String key = h.entity().key();
            if (!scope.covers(key)) continue;
            ObjectNode entityJson = EntityJson.toJson(h.entity());
            String entityText = entityJson.toString();
            String entityHash = Digest.sha256(entityText);
            OpenAlert current = open.remove(key);
            String note = null;
            if (current != null) {
                if (current.partyVersion == party.version() && current.entityHash.equals(entityHash)) continue;
                note = whatChanged(c, current.id, party, entityJson);
                close(c, current.id, "superseded: " + note, now);
                closed++;
            } else {
                Optional<Decided> d = decided(c, party.partyId(), key);
                if (d.isPresent()) {
                    Decided dec = d.get();
                    if (dec.partyHash.equals(party.contentHash()) && dec.entityHash.equals(entityHash)) continue;
                    note = dec.decision.toLowerCase() + " on " + dec.decidedAt.substring(0, 10) + ", opened again: "
                            + whatChanged(c, dec.alertId, party, entityJson);
                }
            }
            if (caseId == null) caseId = caseOf(c, party.partyId(), now);
            ObjectNode explanation = HitJson.explanation(h.explanation());
            long alertId = Sql.insertReturningId(c, "INSERT INTO alerts (case_id, party_id, party_version, party_hash, entity_key,"
                            + " entity_hash, entity_json, source, snapshot_id, score, matched_name, explanation, state, note, created_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?) RETURNING alert_id",
                    caseId, party.partyId(), party.version(), party.contentHash(), key, entityHash, entityText,
                    h.entity().source(), snapshotId, h.score(), h.matchedName(), explanation.toString(), note, now);
            opened++;
            ObjectNode payload = HitJson.JSON.createObjectNode();
            payload.put("alert", alertId).put("party", party.partyId()).put("partyVersion", party.version())
                    .put("entity", key).put("entityHash", entityHash).put("snapshot", snapshotId).put("score", h.score());
            if (note != null) payload.put("note", note);
            records.add(new TrailEntry(actor, "alert.open", "case:" + caseId, payload.toString()));
        }
        for (Iterator<Map.Entry<String, OpenAlert>> it = open.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, OpenAlert> e = it.next();
            if (!scope.covers(e.getKey())) continue;
            String note = "no longer matches on snapshot " + shortId(snapshotId);
            close(c, e.getValue().id, note, now);
            closed++;
            records.add(new TrailEntry(actor, "alert.close", "case:" + caseIdOf(c, e.getValue().id),
                    HitJson.JSON.createObjectNode().put("alert", e.getValue().id).put("note", note).toString()));
        }
        if (opened + closed > 0) {
            refreshCaseState(c, party.partyId(), now);
            trail.appendAll(c, records);
        }
        return new Outcome(opened, closed);
    }

    /** Closes every open alert on the given entries (removed from the lists); returns how many. */
    int closeRemoved(Connection c, List<String> entityKeys, String snapshotId, String actor) throws SQLException {
        String now = Clock.now();
        String note = "the list entry was removed in snapshot " + shortId(snapshotId);
        int n = 0;
        List<TrailEntry> records = new ArrayList<>();
        TreeSet<String> parties = new TreeSet<>();
        for (String key : entityKeys) {
            for (var row : Sql.list(c, "SELECT alert_id, case_id, party_id FROM alerts WHERE entity_key = ? AND state = 'OPEN'",
                    r -> new Object[]{r.getLong(1), r.getLong(2), r.getString(3)}, key)) {
                close(c, (Long) row[0], note, now);
                parties.add((String) row[2]);
                records.add(new TrailEntry(actor, "alert.close", "case:" + row[1],
                        HitJson.JSON.createObjectNode().put("alert", (Long) row[0]).put("entity", key).put("note", note).toString()));
                n++;
            }
        }
        for (String p : parties) refreshCaseState(c, p, now);
        if (!records.isEmpty()) trail.appendAll(c, records);
        return n;
    }

    private static void close(Connection c, long alertId, String note, String now) throws SQLException {
        Sql.update(c, "UPDATE alerts SET state = 'CLOSED', note = ?, resolved_at = ? WHERE alert_id = ?", note, now, alertId);
    }

    private static long caseIdOf(Connection c, long alertId) throws SQLException {
        return Sql.longValue(c, "SELECT case_id FROM alerts WHERE alert_id = ?", alertId);
    }

    /** The party's case, opened now if it has none. */
    static long caseOf(Connection c, String partyId, String now) throws SQLException {
        Optional<Long> id = Sql.one(c, "SELECT case_id FROM cases WHERE party_id = ?", r -> r.getLong(1), partyId);
        if (id.isPresent()) return id.get();
        return Sql.insertReturningId(c, "INSERT INTO cases (party_id, state, opened_at, updated_at) VALUES (?, 'OPEN', ?, ?) RETURNING case_id",
                partyId, now, now);
    }

    /** OPEN while any alert is open, else CLOSED. */
    static void refreshCaseState(Connection c, String partyId, String now) throws SQLException {
        Sql.update(c, "UPDATE cases SET state = CASE WHEN EXISTS (SELECT 1 FROM alerts a WHERE a.case_id = cases.case_id"
                + " AND a.state = 'OPEN') THEN 'OPEN' ELSE 'CLOSED' END, updated_at = ? WHERE party_id = ?", now, partyId);
    }

    private static Optional<Decided> decided(Connection c, String partyId, String entityKey) throws SQLException {
        return Sql.one(c, "SELECT decision, party_hash, entity_hash, alert_id, decided_at FROM pair_decisions WHERE party_id = ? AND entity_key = ?",
                r -> new Decided(r.getString(1), r.getString(2), r.getString(3), r.getLong(4), r.getString(5)), partyId, entityKey);
    }

    /**
     * What differs between the alert's party version and list entry and the ones now: "the party changed: name;
     * the list entry changed: addresses, programs".
     */
    private static String whatChanged(Connection c, long alertId, PartyVersion party, ObjectNode entityNow) throws SQLException {
        var before = Sql.one(c, "SELECT a.entity_json, v.name, v.schema, v.country, v.birth_date, v.identifiers FROM alerts a"
                        + " JOIN party_versions v ON v.party_id = a.party_id AND v.version = a.party_version WHERE a.alert_id = ?",
                r -> new String[]{r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6)}, alertId);
        if (before.isEmpty()) return "the party or the list entry changed";
        String[] b = before.get();
        List<String> partyFields = new ArrayList<>();
        if (!eq(b[1], party.name())) partyFields.add("name \"" + b[1] + "\" → \"" + party.name() + "\"");
        if (!eq(b[2], party.schema())) partyFields.add("type");
        if (!eq(b[3], party.country())) partyFields.add("country " + (b[3] == null ? "none" : b[3]) + " → " + (party.country() == null ? "none" : party.country()));
        if (!eq(b[4], party.birthDate())) partyFields.add("birth date");
        if (!eq(b[5], PartyVersion.identifiersJson(party.identifiers()))) partyFields.add("identifiers");
        List<String> entryFields = new ArrayList<>();
        try {
            JsonNode old = HitJson.JSON.readTree(b[0]);
            TreeSet<String> names = new TreeSet<>();
            old.fieldNames().forEachRemaining(names::add);
            entityNow.fieldNames().forEachRemaining(names::add);
            for (String f : names) if (!java.util.Objects.equals(old.get(f), entityNow.get(f))) entryFields.add(f);
        } catch (IOException e) {
            entryFields.add("(earlier content unreadable)");
        }
        List<String> parts = new ArrayList<>();
        if (!partyFields.isEmpty()) parts.add("the party changed: " + String.join(", ", partyFields));
        if (!entryFields.isEmpty()) parts.add("the list entry changed: " + String.join(", ", entryFields));
        return parts.isEmpty() ? "screened again on a new snapshot" : String.join("; ", parts);
    }

    private static boolean eq(String a, String b) {
        return java.util.Objects.equals(a, b);
    }

    static String shortId(String id) {
        return id.length() > 8 ? id.substring(0, 8) : id;
    }
}
