package org.chokepoint.server.http;

import io.javalin.http.Context;

/**
 * Checks every request before routing: a body must come as it is, not compressed. The server inflates nothing, so a
 * gzip bomb cannot grow past the body limits; a client that compresses learns why it is refused instead of reading
 * "malformed JSON at line 1, column 2" about bytes it never wrote:
 * {@code 415 {"error": "Content-Encoding 'gzip' is not accepted: send the body uncompressed"}}.
 */
public final class RequestGuard {
    private RequestGuard() {
    }

    public static void plainBodiesOnly(Context ctx) {
        String encoding = ctx.header("Content-Encoding");
        if (encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity")) {
            throw new ApiError(415, "Content-Encoding '" + encoding.strip() + "' is not accepted: send the body uncompressed");
        }
    }
}
