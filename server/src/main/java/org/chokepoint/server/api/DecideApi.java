package org.chokepoint.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.chokepoint.app.Chokepoint;
import org.chokepoint.app.decide.DecisionOptions;
import org.chokepoint.app.decide.DecisionRun;
import org.chokepoint.app.json.DecisionJson;
import org.chokepoint.app.json.HitJson;
import org.chokepoint.rules.OwnershipGraph;
import org.chokepoint.rules.Transaction;
import org.chokepoint.server.auth.Role;
import org.chokepoint.server.http.Api;
import org.chokepoint.server.http.ApiError;
import org.chokepoint.server.http.ErrorStyle;
import org.chokepoint.server.http.JsonBody;
import org.chokepoint.sources.transaction.JsonTransactionReader;
import org.chokepoint.sources.transaction.OwnershipCsvReader;
import org.chokepoint.sources.transaction.TransactionFormatException;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /v1/decide}: one transaction or a batch, the same input and output as {@code chokepoint decide --json}
 * (docs/decide.md), with the date of the rules and the caller's own holdings inline.
 *
 * <pre>
 * {"id": "NK-2012-BTS", "date": "2012-05-10", "parties": [...], "items": [...], "route": {...},
 *  "asOf": "2012-06-01", "ownership": [{"owner": "Dandong Kehua", "owned": "Panda Trading", "share": 51}]}
 *   → {"transaction": "NK-2012-BTS", "verdict": "LICENCE_REQUIRED", "snapshot": "…", "findings": [...]}
 * {"transactions": [{...}, {...}], "asOf": "2026-11-23"}
 *   → {"snapshot": "…", "results": [{...}, {...}]}
 * </pre>
 */
public final class DecideApi {
    private final Chokepoint engine;
    private final Api api;
    private final CallTrail trail;

    public DecideApi(Chokepoint engine, Api api, CallTrail trail) {
        this.engine = engine;
        this.api = api;
        this.trail = trail;
    }

    public void register() {
        api.post("/v1/decide", Role.SCREEN, ErrorStyle.CHOKEPOINT, this::decide);
    }

    private void decide(Context ctx) throws IOException {
        JsonNode body = api.body(ctx);
        if (!body.isObject()) throw ApiError.badRequest("a JSON object is expected: a transaction, or {\"transactions\": [...]}");
        Readiness.served(engine);
        LocalDate asOf = asOf(body);
        DecisionOptions options = new DecisionOptions(asOf, JsonBody.number(body, "threshold", ""), JsonBody.number(body, "decisive", ""),
                ownership(body.get("ownership")), null);
        DecisionRun run;
        try {
            run = engine.decisions().prepare(options);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
        if (!body.has("transactions")) {
            ObjectNode result = DecisionJson.toJson(run.decide(JsonTransactionReader.fromJson(body, "body", 1)));
            trail.answer(ctx, "decide", body, run.provenance().snapshotId(), result, 1);
            return;
        }
        JsonNode txs = body.get("transactions");
        if (!txs.isArray()) throw ApiError.badRequest("transactions: an array is expected");
        if (txs.size() > api.limits().maxBatch()) throw ApiError.tooLarge("batch", api.limits().maxBatch());
        List<Transaction> parsed = new ArrayList<>();
        for (int i = 0; i < txs.size(); i++) {
            if (!txs.get(i).isObject()) throw ApiError.badRequest("transactions[" + i + "]: an object is expected");
            parsed.add(JsonTransactionReader.fromJson(txs.get(i), "transactions[" + i + "]", i + 1));
        }
        ObjectNode out = JsonBody.JSON.createObjectNode();
        HitJson.provenance(out, run.provenance());
        ArrayNode results = out.putArray("results");
        for (Transaction t : parsed) results.add(DecisionJson.toJson(run.decide(t)));
        trail.answer(ctx, "decide", body, run.provenance().snapshotId(), out, parsed.size());
    }

    private static LocalDate asOf(JsonNode body) {
        String text = JsonBody.text(body, "asOf", "");
        if (text == null) return null;
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw ApiError.badRequest("asOf: not a date (YYYY-MM-DD): '" + text + "'");
        }
    }

    private static List<OwnershipGraph.Edge> ownership(JsonNode n) {
        if (n == null || n.isNull()) return List.of();
        if (!n.isArray()) throw ApiError.badRequest("ownership: an array of {\"owner\", \"owned\", \"share\"} is expected");
        List<OwnershipGraph.Edge> edges = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            String path = "ownership[" + i + "].";
            JsonNode e = n.get(i);
            String owner = JsonBody.text(e, "owner", path);
            String owned = JsonBody.text(e, "owned", path);
            JsonNode share = e.get("share");
            if (owner == null || owned == null || share == null || share.isNull()) {
                throw ApiError.badRequest(path.substring(0, path.length() - 1) + ": owner, owned and share are all required");
            }
            try {
                edges.add(new OwnershipGraph.Edge(owner, owned, OwnershipCsvReader.fraction(share.asText(), path + "share"), "request ownership[" + i + "]"));
            } catch (TransactionFormatException ex) {
                throw ApiError.badRequest(ex.getMessage());
            }
        }
        return edges;
    }
}
