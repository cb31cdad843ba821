package org.chokepoint.server.http;

/**
 * A request the server refuses, with the HTTP status and a message for the caller that names what is wrong (a
 * field, a position, a limit) and never anything of the server's internals.
 *
 * <pre>{@code
 * throw ApiError.badRequest("queries.q1.schema: unknown schema 'Starship'");
 * throw ApiError.tooLarge("batch", 1000);   // 413 {"error": "batch larger than the limit of 1000", "limit": "batch"}
 * }</pre>
 */
public final class ApiError extends RuntimeException {
    private final int status;
    private final String limit;

    public ApiError(int status, String message) {
        this(status, message, null);
    }

    private ApiError(int status, String message, String limit) {
        super(message, null, false, false);
        this.status = status;
        this.limit = limit;
    }

    public int status() {
        return status;
    }

    /** The name of the limit exceeded (413, 429), else null. */
    public String limit() {
        return limit;
    }

    public static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    public static ApiError unprocessable(String message) {
        return new ApiError(422, message);
    }

    public static ApiError notFound(String message) {
        return new ApiError(404, message);
    }

    public static ApiError tooLarge(String limit, long max) {
        return new ApiError(413, limit + " larger than the limit of " + max, limit);
    }

    /** A 413 with a message of its own, for limits a plain "larger than" does not describe. */
    public static ApiError tooLarge(String limit, String message) {
        return new ApiError(413, message, limit);
    }

    public static ApiError tooMany(String limit, long max) {
        return new ApiError(429, "more than " + max + " " + limit, limit);
    }
}
