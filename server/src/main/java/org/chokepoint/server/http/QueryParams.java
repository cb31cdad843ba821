package org.chokepoint.server.http;

import io.javalin.http.Context;
import org.chokepoint.cases.db.Clock;

/**
 * Query parameters read with the house's 400 that names the parameter:
 * {@code limit: must be between 1 and 10000, not 0}, {@code since: not a timestamp (use 2026-12-01 or ...)}.
 */
public final class QueryParams {
    private QueryParams() {
    }

    /** A whole number within bounds, or {@code otherwise} when absent. */
    public static long number(Context ctx, String name, long otherwise, long min, long max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return otherwise;
        long n;
        try {
            n = Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + ": not a whole number: '" + v + "'");
        }
        if (n < min || n > max) throw ApiError.badRequest(name + ": must be between " + min + " and " + max + ", not " + n);
        return n;
    }

    /** A time as the store writes it ({@link Clock#parse}), or null when absent. */
    public static String time(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        try {
            return Clock.parse(v);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(name + ": " + e.getMessage());
        }
    }
}
