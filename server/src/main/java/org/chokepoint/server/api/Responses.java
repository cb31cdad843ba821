package org.chokepoint.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;

/** Writes JSON responses. */
public final class Responses {
    private Responses() {
    }

    public static void json(Context ctx, JsonNode body) {
        ctx.contentType("application/json").result(body.toString());
    }
}
