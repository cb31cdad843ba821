package org.chokepoint.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.chokepoint.app.Chokepoint;
import org.chokepoint.app.screen.IdentifierScreening;
import org.chokepoint.app.screen.Screening;
import org.chokepoint.app.ServedSnapshot;
import org.chokepoint.app.json.HitJson;
import org.chokepoint.app.screen.ScreeningRequest;
import org.chokepoint.match.ScreeningQuery;
import org.chokepoint.model.Schema;
import org.chokepoint.server.auth.Role;
import org.chokepoint.server.http.Api;
import org.chokepoint.server.http.ApiError;
import org.chokepoint.server.http.ErrorStyle;
import org.chokepoint.server.http.JsonBody;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /v1/screen}: one query, one identifier or a batch, the same fields and result shape as
 * {@code chokepoint screen --json}. A single query without a hit carries its near misses ({@code nearMisses}); a
 * batch's results never do.
 *
 * <pre>
 * {"name": "Kim Jong Un", "type": "person", "country": "KP", "birthDate": "1984", "threshold": 0.85}
 *   → {"id": null, "snapshot": "46b7…", "rules": "…", "matcher": "names-7", "threshold": 0.85, "hits": [...]}
 * {"identifier": "IMO 8712362"}
 *   → {"identifier": "IMO 8712362", "snapshot": "46b7…", …, "hits": [{"source": "ofac-sdn", …, "score": 1.0}]}
 * {"queries": [{"id": "c1", "name": "…"}, …], "threshold": 0.9}
 *   → {"snapshot": "46b7…", "results": [{"id": "c1", "hits": [...]}, …]}
 * </pre>
 * A batch is screened on one snapshot, even when another is activated meanwhile.
 */
public final class ScreenApi {
    private final Chokepoint engine;
    private final Api api;
    private final CallTrail trail;

    public ScreenApi(Chokepoint engine, Api api, CallTrail trail) {
        this.engine = engine;
        this.api = api;
        this.trail = trail;
    }

    public void register() {
        api.post("/v1/screen", Role.SCREEN, ErrorStyle.CHOKEPOINT, this::screen);
    }

    private void screen(Context ctx) {
        JsonNode body = api.body(ctx);
        if (!body.isObject()) throw ApiError.badRequest("a JSON object is expected: {\"name\": ...} or {\"queries\": [...]}");
        Double threshold = threshold(body, "");
        ServedSnapshot snapshot = Readiness.served(engine);
        if (body.has("identifier") && !body.has("queries")) {
            String identifier = JsonBody.text(body, "identifier", "");
            if (identifier == null || identifier.isBlank()) throw ApiError.badRequest("identifier: a string is expected");
            if (identifier.length() > api.limits().maxNameLength()) throw ApiError.tooLarge("identifier", api.limits().maxNameLength());
            IdentifierScreening found;
            try {
                found = engine.screening().screenIdentifier(snapshot, identifier);
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest("identifier: " + e.getMessage());
            }
            trail.answer(ctx, "screen", body, snapshot.id(), HitJson.result(found), found.hits().size());
            return;
        }
        if (!body.has("queries")) {
            ScreeningRequest r = request(body, "", threshold);
            Screening screening = engine.screening().screenOne(snapshot, r);
            ObjectNode result = HitJson.result(screening);
            trail.answer(ctx, "screen", body, snapshot.id(), result, screening.hits().size());
            return;
        }
        JsonNode queries = body.get("queries");
        if (!queries.isArray()) throw ApiError.badRequest("queries: an array is expected");
        if (queries.size() > api.limits().maxBatch()) throw ApiError.tooLarge("batch", api.limits().maxBatch());
        List<ScreeningRequest> requests = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            JsonNode q = queries.get(i);
            String path = "queries[" + i + "].";
            if (!q.isObject()) throw ApiError.badRequest("queries[" + i + "]: an object is expected");
            Double own = threshold(q, path);
            requests.add(request(q, path, own != null ? own : threshold));
        }
        ObjectNode out = JsonBody.JSON.createObjectNode();
        HitJson.provenance(out, snapshot.provenance());
        ArrayNode results = out.putArray("results");
        int hits = 0;
        for (ScreeningRequest r : requests) {
            Screening screening = engine.screening().screen(snapshot, r);
            hits += screening.hits().size();
            results.add(HitJson.result(screening));
        }
        trail.answer(ctx, "screen", body, snapshot.id(), out, hits);
    }

    private ScreeningRequest request(JsonNode n, String path, Double threshold) {
        String name = JsonBody.text(n, "name", path);
        if (name == null || name.isBlank()) throw ApiError.badRequest(path + "name: required");
        if (name.length() > api.limits().maxNameLength()) throw ApiError.tooLarge(path + "name", api.limits().maxNameLength());
        String type = JsonBody.text(n, "type", path);
        Schema schema = null;
        if (type != null) {
            schema = Schema.parse(type).orElseThrow(() -> ApiError.badRequest(path + "type: unknown type '" + type
                    + "' (person, organization, company, vessel or aircraft)"));
        }
        String birth = JsonBody.text(n, "birthDate", path);
        String id = n.has("id") && !n.get("id").isNull() ? n.get("id").asText() : null;
        try {
            return new ScreeningRequest(id, new ScreeningQuery(name, schema, JsonBody.text(n, "country", path), birth), threshold);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(path + e.getMessage());
        }
    }

    private static Double threshold(JsonNode n, String path) {
        Double t = JsonBody.number(n, "threshold", path);
        if (t != null && !(t >= 0 && t <= 1)) throw ApiError.badRequest(path + "threshold: must be between 0 and 1");
        return t;
    }
}
