package org.chokepoint.cases.review;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chokepoint.app.json.HitJson;
import org.chokepoint.cases.CasesOptions;
import org.chokepoint.cases.db.Clock;
import org.chokepoint.cases.db.Database;
import org.chokepoint.cases.db.Sql;
import org.chokepoint.cases.parties.PartyService;
import org.chokepoint.cases.parties.PartyVersion;
import org.chokepoint.cases.trail.Trail;
import org.chokepoint.cases.trail.TrailEntry;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Analyst work on cases: the queue, one case, and the actions on it. An action, its effect on the alerts and case,
 * the pair decisions it records and its trail record commit in one transaction.
 *
 * <pre>{@code
 * cases.act(12, new ActionRequest(ActionKind.DISMISS, null, "born 1961; the listed man 1984", null, null), "user:ana");
 * // alerts of case 12 DISMISSED, case CLOSED, pair (party version, entry content) not alerted again, trail "case.dismiss"
 * }</pre>
 *
 * Under the four-eyes rule a confirm or dismiss is stored PENDING and changes nothing until another user APPROVEs
 * it (a REJECT drops it); the one who asked cannot approve their own.
 */
public final class CaseService {
    private static final String SUMMARY = "SELECT c.case_id, c.party_id, v.name, c.state, c.escalated, c.assignee,"
            + " (SELECT COUNT(*) FROM alerts a WHERE a.case_id = c.case_id AND a.state = 'OPEN'),"
            + " (SELECT MAX(a.score) FROM alerts a WHERE a.case_id = c.case_id AND a.state = 'OPEN'),"
            + " c.opened_at, c.updated_at,"
            + " (SELECT COUNT(*) FROM case_actions x WHERE x.case_id = c.case_id AND x.state = 'PENDING')"
            + " FROM cases c JOIN parties p ON p.party_id = c.party_id"
            + " JOIN party_versions v ON v.party_id = p.party_id AND v.version = p.version";
    private static final String ALERT_COLUMNS = "alert_id, case_id, party_id, party_version, entity_key, source, snapshot_id,"
            + " score, matched_name, explanation, entity_json, state, note, created_at, resolved_at";
    private static final String ACTION_COLUMNS = "action_id, case_id, alert_id, kind, actor, reason, assignee, state, approves, at";

    private final Database db;
    private final Trail trail;
    private final CasesOptions options;

    public CaseService(Database db, Trail trail, CasesOptions options) {
        this.db = db;
        this.trail = trail;
        this.options = options;
    }

    public CasesOptions options() {
        return options;
    }

    /** Cases matching the filter, best score first, then oldest first. */
    public List<CaseSummary> queue(CaseFilter f) {
        StringBuilder sql = new StringBuilder(SUMMARY).append(" WHERE c.state = ?");
        List<Object> params = new ArrayList<>();
        params.add((f.state() == null ? CaseState.OPEN : f.state()).name());
        if (f.source() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM alerts a WHERE a.case_id = c.case_id AND a.state = 'OPEN' AND a.source = ?)");
            params.add(f.source());
        }
        if (f.minScore() != null) {
            sql.append(" AND (SELECT MAX(a.score) FROM alerts a WHERE a.case_id = c.case_id AND a.state = 'OPEN') >= ?");
            params.add(f.minScore());
        }
        if (f.openedBefore() != null) {
            sql.append(" AND c.opened_at < ?");
            params.add(f.openedBefore());
        }
        if (f.assignee() != null) {
            if (f.assignee().isEmpty()) sql.append(" AND c.assignee IS NULL");
            else {
                sql.append(" AND c.assignee = ?");
                params.add(f.assignee());
            }
        }
        sql.append(" ORDER BY 8 DESC, c.opened_at, c.case_id LIMIT ? OFFSET ?");
        params.add(Math.max(1, Math.min(f.limit(), 1000)));
        params.add(Math.max(0, f.offset()));
        return db.read(c -> {
            List<CaseSummary> out = Sql.list(c, sql.toString(), CaseService::summary, params.toArray());
            List<CaseSummary> withSources = new ArrayList<>(out.size());
            for (CaseSummary s : out) withSources.add(withSources(c, s));
            return withSources;
        });
    }

    public Optional<CaseDetail> detail(long caseId) {
        return db.read(c -> {
            Optional<CaseSummary> s = Sql.one(c, SUMMARY + " WHERE c.case_id = ?", CaseService::summary, caseId);
            if (s.isEmpty()) return Optional.<CaseDetail>empty();
            CaseSummary summary = withSources(c, s.get());
            PartyVersion party = Sql.one(c, "SELECT v.party_id, v.version, v.name, v.schema, v.country, v.birth_date, v.identifiers,"
                    + " v.attributes, v.content_hash, v.created_at FROM parties p JOIN party_versions v ON v.party_id = p.party_id"
                    + " AND v.version = p.version WHERE p.party_id = ?", PartyService::version, summary.partyId()).orElseThrow();
            List<Alert> alerts = Sql.list(c, "SELECT " + ALERT_COLUMNS + " FROM alerts WHERE case_id = ?"
                            + " ORDER BY CASE WHEN state = 'OPEN' THEN 0 ELSE 1 END, score DESC, alert_id",
                    CaseService::alert, caseId);
            List<CaseAction> actions = Sql.list(c, "SELECT " + ACTION_COLUMNS + " FROM case_actions WHERE case_id = ? ORDER BY action_id",
                    CaseService::action, caseId);
            List<PairDecision> earlier = Sql.list(c, "SELECT party_id, entity_key, decision, party_hash, entity_hash, alert_id, action_id,"
                    + " decided_at FROM pair_decisions WHERE party_id = ? ORDER BY decided_at DESC", r -> new PairDecision(r.getString(1),
                    r.getString(2), AlertState.valueOf(r.getString(3)), r.getString(4), r.getString(5), r.getLong(6), r.getLong(7),
                    r.getString(8)), summary.partyId());
            return Optional.of(new CaseDetail(summary, party, alerts, actions, earlier));
        });
    }

    /**
     * Records an action. Throws {@link NoSuchElementException} for an unknown case, alert or pending action, and
     * {@link IllegalArgumentException} (a message for the user) for an action that cannot be taken as asked.
     */
    public CaseAction act(long caseId, ActionRequest req, String actor) {
        return db.inTransaction(c -> {
            if (Sql.one(c, "SELECT case_id FROM cases WHERE case_id = ?", r -> r.getLong(1), caseId).isEmpty()) {
                throw new NoSuchElementException("no case " + caseId);
            }
            String now = Clock.now();
            if (req.alertId() != null && Sql.one(c, "SELECT alert_id FROM alerts WHERE alert_id = ? AND case_id = ?",
                    r -> r.getLong(1), req.alertId(), caseId).isEmpty()) {
                throw new NoSuchElementException("case " + caseId + " has no alert " + req.alertId());
            }
            ActionState state = ActionState.EFFECTIVE;
            switch (req.kind()) {
                case CONFIRM, DISMISS -> {
                    if (req.reason() == null) throw new IllegalArgumentException(req.kind().wire() + " needs a reason");
                    if (openAlerts(c, caseId, req.alertId()).isEmpty()) {
                        throw new IllegalArgumentException("nothing to " + req.kind().wire() + ": no open alert" + (req.alertId() == null ? "" : " " + req.alertId()));
                    }
                    if (options.fourEyes()) state = ActionState.PENDING;
                }
                case ASSIGN -> {
                    String who = req.assignee() == null || req.assignee().isBlank() ? null : req.assignee().strip();
                    Sql.update(c, "UPDATE cases SET assignee = ?, updated_at = ? WHERE case_id = ?", who, now, caseId);
                }
                case ESCALATE -> {
                    if (req.reason() == null) throw new IllegalArgumentException("escalate needs a reason");
                    Sql.update(c, "UPDATE cases SET escalated = 1, updated_at = ? WHERE case_id = ?", now, caseId);
                }
                case COMMENT -> {
                    if (req.reason() == null) throw new IllegalArgumentException("a comment needs text");
                }
                case APPROVE, REJECT -> {
                    if (req.approves() == null) throw new IllegalArgumentException(req.kind().wire() + " names the pending action it settles");
                    CaseAction pending = Sql.one(c, "SELECT " + ACTION_COLUMNS + " FROM case_actions WHERE action_id = ? AND case_id = ?"
                            + " AND state = 'PENDING'", CaseService::action, req.approves(), caseId)
                            .orElseThrow(() -> new NoSuchElementException("case " + caseId + " has no pending action " + req.approves()));
                    if (pending.actor().equals(actor)) {
                        throw new IllegalArgumentException("four eyes: " + actor + " asked for action " + pending.id() + " and cannot settle it");
                    }
                    if (req.kind() == ActionKind.APPROVE) {
                        if (openAlerts(c, caseId, pending.alertId()).isEmpty()) {
                            throw new IllegalArgumentException("action " + pending.id() + " has nothing left to decide: its alerts are no longer open");
                        }
                        decide(c, caseId, pending, now);
                    }
                    Sql.update(c, "UPDATE case_actions SET state = ? WHERE action_id = ?",
                            (req.kind() == ActionKind.APPROVE ? ActionState.APPROVED : ActionState.REJECTED).name(), pending.id());
                }
            }
            long id = Sql.insertReturningId(c, "INSERT INTO case_actions (case_id, alert_id, kind, actor, reason, assignee, state, approves, at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING action_id",
                    caseId, req.alertId(), req.kind().name(), actor, req.reason(), req.kind() == ActionKind.ASSIGN ? req.assignee() : null,
                    state.name(), req.approves(), now);
            CaseAction action = new CaseAction(id, caseId, req.alertId(), req.kind(), actor, req.reason(),
                    req.kind() == ActionKind.ASSIGN ? req.assignee() : null, state, req.approves(), now);
            if (req.kind().decides() && state == ActionState.EFFECTIVE) decide(c, caseId, action, now);
            Sql.update(c, "UPDATE cases SET updated_at = ? WHERE case_id = ?", now, caseId);
            ObjectNode payload = HitJson.JSON.createObjectNode().put("action", id).put("state", state.name());
            if (req.alertId() != null) payload.put("alert", req.alertId());
            if (req.reason() != null) payload.put("reason", req.reason());
            if (action.assignee() != null) payload.put("assignee", action.assignee());
            if (req.approves() != null) payload.put("approves", req.approves());
            trail.append(c, new TrailEntry(actor, "case." + req.kind().wire(), "case:" + caseId, payload.toString()));
            return action;
        });
    }

    /** Applies a confirm or dismiss: its alerts leave the queue and their pairs remember the decision. */
    private static void decide(Connection c, long caseId, CaseAction a, String now) throws SQLException {
        AlertState to = a.kind() == ActionKind.CONFIRM ? AlertState.CONFIRMED : AlertState.DISMISSED;
        for (Object[] alert : openAlerts(c, caseId, a.alertId())) {
            long alertId = (Long) alert[0];
            Sql.update(c, "UPDATE alerts SET state = ?, resolved_at = ? WHERE alert_id = ?", to.name(), now, alertId);
            String partyId = (String) alert[1], entity = (String) alert[2];
            if (Sql.update(c, "UPDATE pair_decisions SET decision = ?, party_hash = ?, entity_hash = ?, alert_id = ?, action_id = ?,"
                    + " decided_at = ? WHERE party_id = ? AND entity_key = ?", to.name(), alert[3], alert[4], alertId, a.id(), now, partyId, entity) == 0) {
                Sql.update(c, "INSERT INTO pair_decisions (party_id, entity_key, decision, party_hash, entity_hash, alert_id, action_id,"
                        + " decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", partyId, entity, to.name(), alert[3], alert[4], alertId, a.id(), now);
            }
        }
        Sql.update(c, "UPDATE cases SET state = CASE WHEN EXISTS (SELECT 1 FROM alerts a WHERE a.case_id = cases.case_id"
                + " AND a.state = 'OPEN') THEN 'OPEN' ELSE 'CLOSED' END, updated_at = ? WHERE case_id = ?", now, caseId);
    }

    private static List<Object[]> openAlerts(Connection c, long caseId, Long alertId) throws SQLException {
        Sql.Row<Object[]> row = r -> new Object[]{r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)};
        String sql = "SELECT alert_id, party_id, entity_key, party_hash, entity_hash FROM alerts WHERE case_id = ? AND state = 'OPEN'";
        return alertId == null ? Sql.list(c, sql, row, caseId) : Sql.list(c, sql + " AND alert_id = ?", row, caseId, alertId);
    }

    private static CaseSummary withSources(Connection c, CaseSummary s) throws SQLException {
        List<String> sources = Sql.list(c, "SELECT DISTINCT source FROM alerts WHERE case_id = ? AND state = 'OPEN' ORDER BY source",
                r -> r.getString(1), s.id());
        return new CaseSummary(s.id(), s.partyId(), s.partyName(), s.state(), s.escalated(), s.assignee(), s.openAlerts(), s.topScore(),
                String.join(",", sources), s.openedAt(), s.updatedAt(), s.pending());
    }

    private static CaseSummary summary(ResultSet r) throws SQLException {
        return new CaseSummary(r.getLong(1), r.getString(2), r.getString(3), CaseState.valueOf(r.getString(4)), r.getInt(5) != 0,
                r.getString(6), r.getInt(7), r.getDouble(8), "", r.getString(9), r.getString(10), r.getInt(11) > 0);
    }

    static Alert alert(ResultSet r) throws SQLException {
        return new Alert(r.getLong(1), r.getLong(2), r.getString(3), r.getInt(4), r.getString(5), r.getString(6), r.getString(7),
                r.getDouble(8), r.getString(9), r.getString(10), r.getString(11), AlertState.valueOf(r.getString(12)), r.getString(13),
                r.getString(14), r.getString(15));
    }

    static CaseAction action(ResultSet r) throws SQLException {
        long alert = r.getLong(3);
        Long alertId = r.wasNull() ? null : alert;
        long approves = r.getLong(9);
        Long approvesId = r.wasNull() ? null : approves;
        return new CaseAction(r.getLong(1), r.getLong(2), alertId, ActionKind.valueOf(r.getString(4)), r.getString(5), r.getString(6),
                r.getString(7), ActionState.valueOf(r.getString(8)), approvesId, r.getString(10));
    }
}
