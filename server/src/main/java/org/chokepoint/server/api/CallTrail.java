package org.chokepoint.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.chokepoint.cases.monitor.Digest;
import org.chokepoint.cases.trail.TrailEntry;
import org.chokepoint.cases.trail.TrailWriter;
import org.chokepoint.server.http.Api;
import org.chokepoint.server.http.JsonBody;

/**
 * Writes one trail record per screening, matching, search or decision call, before the answer leaves: who (the
 * key's name), what was asked, on which snapshot, and the SHA-256 of the answer as sent, so a monitor can later prove
 * what a caller was told. Records go through the {@link TrailWriter}'s group commit; when the trail cannot be
 * written the call fails rather than answer unrecorded.
 *
 * <pre>{@code
 * {"query": {"name": "Kim Jong Un"}, "snapshot": "46b7…", "resultSha256": "9f2c…", "hits": 3}
 * }</pre>
 */
public final class CallTrail {
    private final TrailWriter trail;

    public CallTrail(TrailWriter trail) {
        this.trail = trail;
    }

    /** @param hits hits reported (screen, match) or results (decide) */
    /**
     * Records the call and answers it with {@code body}: the digest is of the very string that is sent, serialised
     * once.
     */
    public void answer(Context ctx, String kind, JsonNode query, String snapshotId, JsonNode result, int hits) {
        String body = result.toString();
        ObjectNode payload = JsonBody.JSON.createObjectNode();
        payload.set("query", query);
        payload.put("snapshot", snapshotId).put("resultSha256", Digest.sha256(body)).put("hits", hits);
        trail.append(new TrailEntry("key:" + Api.key(ctx).name(), kind, "snapshot:" + snapshotId, payload.toString()));
        Responses.json(ctx, body);
    }
}
