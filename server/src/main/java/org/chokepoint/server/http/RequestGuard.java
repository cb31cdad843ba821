package org.chokepoint.server.http;

import io.javalin.http.Handler;

import java.io.IOException;
import java.io.InputStream;

/**
 * Checks every request before routing: a body must come as it is, not compressed. The server inflates nothing, so a
 * gzip bomb cannot grow past the body limits; a client that compresses learns why it is refused instead of reading
 * "malformed JSON at line 1, column 2" about bytes it never wrote:
 * {@code 415 {"error": "Content-Encoding 'gzip' is not accepted: send the body uncompressed"}}. The refused body is
 * read and dropped up to the body limit first: a client still sending when the answer comes would otherwise see its
 * connection reset instead of the reason.
 */
public final class RequestGuard {
    private RequestGuard() {
    }

    /** @param drainLimit bytes of a refused body read and dropped before the answer (the body limit) */
    public static Handler plainBodiesOnly(long drainLimit) {
        return ctx -> {
            String encoding = ctx.header("Content-Encoding");
            if (encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity")) {
                drain(ctx.req().getInputStream(), drainLimit);
                throw new ApiError(415, "Content-Encoding '" + encoding.strip() + "' is not accepted: send the body uncompressed");
            }
        };
    }

    private static void drain(InputStream body, long limit) {
        byte[] buffer = new byte[16 * 1024];
        long read = 0;
        try {
            for (int n; read < limit && (n = body.read(buffer, 0, (int) Math.min(buffer.length, limit - read))) > 0; ) read += n;
        } catch (IOException gone) {
            // the client stopped sending: the answer still goes out if it can
        }
    }
}
