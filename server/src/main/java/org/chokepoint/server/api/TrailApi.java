package org.chokepoint.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.chokepoint.cases.trail.Trail;
import org.chokepoint.cases.trail.TrailHead;
import org.chokepoint.cases.trail.TrailJson;
import org.chokepoint.cases.trail.TrailRecord;
import org.chokepoint.cases.trail.TrailVerification;
import org.chokepoint.server.auth.Role;
import org.chokepoint.server.http.Api;
import org.chokepoint.server.http.ApiError;
import org.chokepoint.server.http.ErrorStyle;
import org.chokepoint.server.http.JsonBody;
import org.chokepoint.server.http.QueryParams;

import java.util.List;

/**
 * The audit trail, for administrators:
 * <ul>
 *   <li>{@code GET /v1/trail?from=&to=&after=&limit=}: records in order, from (inclusive) to (exclusive) by time,
 *       after a seq, at most {@code limit} (default 1000, at most 10000):
 *       {@code {"records": [...], "next": 1000}}, where {@code next} is the {@code after} of the next page, or null on
 *       the last;</li>
 *   <li>{@code GET /v1/trail/verify?expectHead=SEQ:HASH}: the chain recomputed,
 *       {@code {"ok", "records", "headSeq", "headHash", "brokenAt", "problem"}}.</li>
 * </ul>
 */
public final class TrailApi {
    static final int DEFAULT_LIMIT = 1000;
    static final int MAX_LIMIT = 10_000;

    private final Trail trail;
    private final Api api;

    public TrailApi(Trail trail, Api api) {
        this.trail = trail;
        this.api = api;
    }

    public void register() {
        api.get("/v1/trail", Role.ADMIN, ErrorStyle.CHOKEPOINT, this::page);
        api.get("/v1/trail/verify", Role.ADMIN, ErrorStyle.CHOKEPOINT, this::verify);
    }

    private void page(Context ctx) {
        String from = QueryParams.time(ctx, "from");
        String to = QueryParams.time(ctx, "to");
        long after = QueryParams.number(ctx, "after", 0, 0, Long.MAX_VALUE);
        int limit = (int) QueryParams.number(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        // one more than asked for says whether another page follows, without a request that comes back empty
        List<TrailRecord> records = trail.page(from, to, after, limit + 1);
        ObjectNode o = JsonBody.JSON.createObjectNode();
        ArrayNode out = o.putArray("records");
        for (TrailRecord r : records.subList(0, Math.min(limit, records.size()))) out.add(TrailJson.toJson(r));
        if (records.size() > limit) o.put("next", records.get(limit - 1).seq());
        else o.putNull("next");
        Responses.json(ctx, o);
    }

    private void verify(Context ctx) {
        String expect = ctx.queryParam("expectHead");
        TrailHead kept;
        try {
            kept = expect == null ? null : TrailHead.parse(expect);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("expectHead: " + e.getMessage());
        }
        TrailVerification v = kept == null ? trail.verify() : trail.verify(kept);
        ObjectNode o = JsonBody.JSON.createObjectNode();
        o.put("ok", v.ok());
        o.put("records", v.records());
        o.put("headSeq", v.headSeq());
        o.put("headHash", v.headHash());
        if (v.ok()) o.putNull("brokenAt");
        else o.put("brokenAt", v.brokenAt());
        o.put("problem", v.problem());
        Responses.json(ctx, o);
    }


}
