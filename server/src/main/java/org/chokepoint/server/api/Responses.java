package org.chokepoint.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;

/** Writes JSON responses. */
public final class Responses {
    private Responses() {
    }

    public static void json(Context ctx, JsonNode body) {
        json(ctx, body.toString());
    }

    /** A body already serialised (once, so that the trail's digest is of exactly these bytes). */
    public static void json(Context ctx, String body) {
        ctx.contentType("application/json").result(body);
    }
}
