package org.chokepoint.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.chokepoint.cases.Cases;
import org.chokepoint.cases.db.Sql;
import org.chokepoint.cases.parties.PartyInput;
import org.chokepoint.cases.parties.PartyService;
import org.chokepoint.cases.parties.PartyVersion;
import org.chokepoint.cases.review.ActionKind;
import org.chokepoint.cases.review.ActionRequest;
import org.chokepoint.cases.review.Alert;
import org.chokepoint.cases.review.CaseAction;
import org.chokepoint.cases.review.CaseDetail;
import org.chokepoint.cases.review.CaseFilter;
import org.chokepoint.cases.review.CaseState;
import org.chokepoint.cases.review.CaseSummary;
import org.chokepoint.server.auth.Role;
import org.chokepoint.server.http.Api;
import org.chokepoint.server.http.ApiError;
import org.chokepoint.server.http.ErrorStyle;
import org.chokepoint.server.http.JsonBody;
import org.chokepoint.server.http.QueryParams;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Parties, cases and the changes feed:
 * <ul>
 *   <li>{@code POST /v1/parties} (review): {@code {"parties": [{"id", "name", "type", "country", "birthDate",
 *       "identifiers": [...], ...}]}} upserted and screened in one transaction; answers the counts;</li>
 *   <li>{@code GET /v1/parties/{id}} (review): the current version and every earlier one;
 *       {@code DELETE /v1/parties/{id}} (review);</li>
 *   <li>{@code GET /v1/cases?state=&source=&minScore=&assignee=&limit=&offset=} (review): the queue;
 *       {@code GET /v1/cases/{id}}: the party, alerts, actions and earlier decisions;</li>
 *   <li>{@code POST /v1/cases/{id}/actions} (review): {@code {"action": "dismiss", "reason": "...", "alert": 7}};</li>
 *   <li>{@code GET /v1/changes?since=TIMESTAMP} (review): entries added, changed and removed by activations since
 *       then, and alerts opened since then.</li>
 * </ul>
 * The actor recorded is the API key's name ({@code key:onboarding}).
 */
public final class CasesApi {
    private final Cases cases;
    private final Api api;

    public CasesApi(Cases cases, Api api) {
        this.cases = cases;
        this.api = api;
    }

    public void register() {
        api.post("/v1/parties", Role.REVIEW, ErrorStyle.CHOKEPOINT, this::upsert);
        api.get("/v1/parties/{id}", Role.REVIEW, ErrorStyle.CHOKEPOINT, this::party);
        api.delete("/v1/parties/{id}", Role.REVIEW, ErrorStyle.CHOKEPOINT, this::deleteParty);
        api.get("/v1/cases", Role.REVIEW, ErrorStyle.CHOKEPOINT, this::queue);
        api.get("/v1/cases/{id}", Role.REVIEW, ErrorStyle.CHOKEPOINT, this::detail);
        api.post("/v1/cases/{id}/actions", Role.REVIEW, ErrorStyle.CHOKEPOINT, this::act);
        api.get("/v1/changes", Role.REVIEW, ErrorStyle.CHOKEPOINT, this::changes);
    }

    private static String actor(Context ctx) {
        return "key:" + Api.key(ctx).name();
    }

    private void upsert(Context ctx) {
        JsonNode body = api.body(ctx);
        JsonNode list = body.get("parties");
        if (list == null || !list.isArray() || list.isEmpty()) throw ApiError.badRequest("parties: a non-empty array of parties");
        if (list.size() > api.limits().maxBatch()) {
            throw ApiError.badRequest("parties: at most " + api.limits().maxBatch() + " in one request, not " + list.size());
        }
        List<PartyInput> batch = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode p = list.get(i);
            if (!p.isObject()) throw ApiError.badRequest("parties[" + i + "]: not an object");
            try {
                batch.add(input(p));
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest("parties[" + i + "]: " + e.getMessage());
            }
        }
        PartyService.ImportCounts n = cases.parties().upsert(batch, actor(ctx), true);
        ObjectNode o = JsonBody.JSON.createObjectNode();
        o.put("created", n.created()).put("changed", n.changed()).put("unchanged", n.unchanged()).put("alertsOpened", n.alertsOpened());
        Responses.json(ctx, o);
    }

    private static PartyInput input(JsonNode p) {
        List<String> ids = new ArrayList<>();
        JsonNode idents = p.get("identifiers");
        if (idents != null && idents.isArray()) idents.forEach(v -> ids.add(v.asText()));
        else if (idents != null && !idents.isNull()) throw new IllegalArgumentException("identifiers: an array of strings");
        Map<String, String> attrs = new LinkedHashMap<>();
        p.fields().forEachRemaining(e -> {
            if (!List.of("id", "name", "type", "country", "birthDate", "identifiers").contains(e.getKey()) && e.getValue().isValueNode()) {
                attrs.put(e.getKey(), e.getValue().asText());
            }
        });
        return new PartyInput(text(p, "id"), text(p, "name"), text(p, "type"), text(p, "country"), text(p, "birthDate"), ids, attrs);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isValueNode()) throw new IllegalArgumentException(field + ": not text");
        return v.asText();
    }

    private void party(Context ctx) {
        String id = ctx.pathParam("id");
        List<PartyVersion> versions = cases.parties().versions(id);
        if (versions.isEmpty()) throw ApiError.notFound("no party " + id);
        ObjectNode o = JsonBody.JSON.createObjectNode();
        o.put("id", id);
        o.put("deleted", cases.parties().current(id).isEmpty());
        ArrayNode vs = o.putArray("versions");
        for (PartyVersion v : versions) vs.add(partyJson(v));
        Responses.json(ctx, o);
    }

    private void deleteParty(Context ctx) {
        String id = ctx.pathParam("id");
        if (!cases.parties().delete(id, actor(ctx))) throw ApiError.notFound("no party " + id);
        Responses.json(ctx, JsonBody.JSON.createObjectNode().put("deleted", id));
    }

    private void queue(Context ctx) {
        CaseState state;
        try {
            String s = ctx.queryParam("state");
            state = s == null ? CaseState.OPEN : CaseState.valueOf(s.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("state: open or closed");
        }
        Double minScore = null;
        String ms = ctx.queryParam("minScore");
        if (ms != null && !ms.isBlank()) {
            try {
                minScore = Double.parseDouble(ms);
            } catch (NumberFormatException e) {
                throw ApiError.badRequest("minScore: not a number: '" + ms + "'");
            }
        }
        int limit = (int) QueryParams.number(ctx, "limit", 100, 1, 1000);
        int offset = (int) QueryParams.number(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        List<CaseSummary> queue = cases.cases().queue(new CaseFilter(state, ctx.queryParam("source"), minScore, null,
                ctx.queryParam("assignee"), limit, offset));
        ObjectNode o = JsonBody.JSON.createObjectNode();
        ArrayNode out = o.putArray("cases");
        for (CaseSummary s : queue) out.add(summaryJson(s));
        Responses.json(ctx, o);
    }

    private void detail(Context ctx) {
        long id = caseId(ctx);
        CaseDetail d = cases.cases().detail(id).orElseThrow(() -> ApiError.notFound("no case " + id));
        ObjectNode o = summaryJson(d.summary());
        o.set("party", partyJson(d.party()));
        ArrayNode alerts = o.putArray("alerts");
        for (Alert a : d.alerts()) alerts.add(alertJson(a));
        ArrayNode actions = o.putArray("actions");
        for (CaseAction a : d.actions()) actions.add(actionJson(a));
        ArrayNode earlier = o.putArray("decisions");
        d.earlier().forEach(p -> earlier.addObject().put("entity", p.entityKey()).put("decision", p.decision().name().toLowerCase(java.util.Locale.ROOT))
                .put("alert", p.alertId()).put("action", p.actionId()).put("at", p.decidedAt()));
        Responses.json(ctx, o);
    }

    private void act(Context ctx) {
        long id = caseId(ctx);
        JsonNode body = api.body(ctx);
        ActionKind kind = ActionKind.parse(body.path("action").asText(null))
                .orElseThrow(() -> ApiError.badRequest("action: one of confirm, dismiss, escalate, comment, assign, approve, reject"));
        Long alert = body.hasNonNull("alert") ? body.get("alert").asLong() : null;
        Long approves = body.hasNonNull("approves") ? body.get("approves").asLong() : null;
        ActionRequest req = new ActionRequest(kind, alert, body.path("reason").asText(null), body.path("assignee").asText(null), approves);
        CaseAction a;
        try {
            a = cases.cases().act(id, req, actor(ctx));
        } catch (NoSuchElementException e) {
            throw ApiError.notFound(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
        ctx.status(201);
        Responses.json(ctx, actionJson(a));
    }

    private void changes(Context ctx) {
        String from = QueryParams.time(ctx, "since");
        if (from == null) throw ApiError.badRequest("since: a timestamp (2026-12-01 or 2026-12-01T10:00:00Z)");
        ObjectNode o = JsonBody.JSON.createObjectNode();
        o.put("since", from);
        cases.database().write(c -> {
            ArrayNode activations = o.putArray("activations");
            for (Object[] a : Sql.list(c, "SELECT activation_id, snapshot_id, previous_id, started_at, state FROM activations WHERE started_at >= ?"
                    + " ORDER BY activation_id", r -> new Object[]{r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)}, from)) {
                ObjectNode act = activations.addObject().put("snapshot", (String) a[1]).put("previous", (String) a[2])
                        .put("at", (String) a[3]).put("state", ((String) a[4]).toLowerCase(java.util.Locale.ROOT));
                ArrayNode added = act.putArray("added"), changed = act.putArray("changed"), removed = act.putArray("removed");
                for (String[] ch : Sql.list(c, "SELECT change, entity_key, source, name FROM list_changes WHERE activation_id = ? ORDER BY entity_key",
                        r -> new String[]{r.getString(1), r.getString(2), r.getString(3), r.getString(4)}, a[0])) {
                    ArrayNode to = switch (ch[0]) {
                        case "added" -> added;
                        case "changed" -> changed;
                        default -> removed;
                    };
                    to.addObject().put("entity", ch[1]).put("source", ch[2]).put("name", ch[3]);
                }
            }
            ArrayNode alerts = o.putArray("alerts");
            for (Object[] a : Sql.list(c, "SELECT alert_id, case_id, party_id, entity_key, score, snapshot_id, created_at, note FROM alerts"
                    + " WHERE created_at >= ? ORDER BY alert_id LIMIT 10000", r -> new Object[]{r.getLong(1), r.getLong(2), r.getString(3),
                    r.getString(4), r.getDouble(5), r.getString(6), r.getString(7), r.getString(8)}, from)) {
                alerts.addObject().put("alert", (Long) a[0]).put("case", (Long) a[1]).put("party", (String) a[2]).put("entity", (String) a[3])
                        .put("score", (Double) a[4]).put("snapshot", (String) a[5]).put("at", (String) a[6]).put("note", (String) a[7]);
            }
        });
        Responses.json(ctx, o);
    }

    private static long caseId(Context ctx) {
        String v = ctx.pathParam("id");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ApiError.notFound("no case " + v);
        }
    }


    private static ObjectNode summaryJson(CaseSummary s) {
        ObjectNode o = JsonBody.JSON.createObjectNode();
        o.put("id", s.id()).put("party", s.partyId()).put("partyName", s.partyName()).put("state", s.state().name().toLowerCase(java.util.Locale.ROOT))
                .put("escalated", s.escalated()).put("assignee", s.assignee()).put("openAlerts", s.openAlerts()).put("topScore", s.topScore())
                .put("sources", s.sources()).put("openedAt", s.openedAt()).put("updatedAt", s.updatedAt()).put("pendingApproval", s.pending());
        return o;
    }

    private static ObjectNode partyJson(PartyVersion v) {
        ObjectNode o = JsonBody.JSON.createObjectNode();
        o.put("id", v.partyId()).put("version", v.version()).put("name", v.name()).put("type", v.schema()).put("country", v.country())
                .put("birthDate", v.birthDate()).put("contentHash", v.contentHash()).put("createdAt", v.createdAt());
        ArrayNode ids = o.putArray("identifiers");
        v.identifiers().forEach(ids::add);
        ObjectNode attrs = o.putObject("attributes");
        v.attributes().forEach(attrs::put);
        return o;
    }

    private static ObjectNode alertJson(Alert a) {
        ObjectNode o = JsonBody.JSON.createObjectNode();
        o.put("id", a.id()).put("partyVersion", a.partyVersion()).put("entity", a.entityKey()).put("source", a.source())
                .put("snapshot", a.snapshotId()).put("score", a.score()).put("matchedName", a.matchedName())
                .put("state", a.state().name().toLowerCase(java.util.Locale.ROOT)).put("note", a.note()).put("createdAt", a.createdAt())
                .put("resolvedAt", a.resolvedAt());
        try {
            o.set("explanation", JsonBody.JSON.readTree(a.explanationJson()));
            o.set("entry", JsonBody.JSON.readTree(a.entityJson()));
        } catch (IOException e) {
            throw new IllegalStateException("stored alert " + a.id() + " is unreadable", e);
        }
        return o;
    }

    private static ObjectNode actionJson(CaseAction a) {
        ObjectNode o = JsonBody.JSON.createObjectNode();
        o.put("id", a.id()).put("case", a.caseId()).put("action", a.kind().wire()).put("actor", a.actor()).put("reason", a.reason())
                .put("assignee", a.assignee()).put("state", a.state().name().toLowerCase(java.util.Locale.ROOT)).put("at", a.at());
        if (a.alertId() != null) o.put("alert", a.alertId());
        if (a.approves() != null) o.put("approves", a.approves());
        return o;
    }
}
