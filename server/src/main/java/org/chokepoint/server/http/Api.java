package org.chokepoint.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.chokepoint.server.ServerConfig;
import org.chokepoint.server.auth.ApiKey;
import org.chokepoint.server.auth.KeyStore;
import org.chokepoint.server.auth.Role;
import org.chokepoint.server.metrics.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Declares the server's routes, each with the role it needs, and wraps every handler the same way, in plain
 * sight: authenticate (401 without a valid key, 403 for a weaker role), admit (429 when the key has too many
 * requests in flight), run, turn refusals into JSON errors, and record the request in the metrics under its route
 * pattern. Nothing of the server's internals reaches a response: an unexpected failure is logged with an incident
 * id and answered with that id alone.
 *
 * <pre>{@code
 * api.post("/v1/screen", Role.SCREEN, ErrorStyle.CHOKEPOINT, ctx -> ...);
 * api.open("/healthz", ctx -> ctx.result("ok"));     // no key needed
 * }</pre>
 */
public final class Api {
    private static final Logger LOG = LoggerFactory.getLogger(Api.class);
    private static final String KEY_ATTRIBUTE = "chokepoint.key";

    private final RoutesConfig routes;
    private final KeyStore keys;
    private final Metrics metrics;
    private final ServerConfig.Limits limits;
    private final Map<String, Semaphore> inFlight = new ConcurrentHashMap<>();

    public Api(RoutesConfig routes, KeyStore keys, Metrics metrics, ServerConfig.Limits limits) {
        this.routes = routes;
        this.keys = keys;
        this.metrics = metrics;
        this.limits = limits;
    }

    public ServerConfig.Limits limits() {
        return limits;
    }

    public Metrics metrics() {
        return metrics;
    }

    public void get(String path, Role role, ErrorStyle style, Handler h) {
        routes.get(path, wrap("GET", path, role, style, h));
    }

    public void post(String path, Role role, ErrorStyle style, Handler h) {
        routes.post(path, wrap("POST", path, role, style, h));
    }

    public void delete(String path, Role role, ErrorStyle style, Handler h) {
        routes.delete(path, wrap("DELETE", path, role, style, h));
    }

    /** A route anyone may call (health and readiness probes). */
    public void open(String path, Handler h) {
        routes.get(path, wrap("GET", path, null, ErrorStyle.CHOKEPOINT, h));
    }

    /** The key that authenticated this request. */
    public static ApiKey key(Context ctx) {
        return ctx.attribute(KEY_ATTRIBUTE);
    }

    /** The request body as JSON, within the body limit. */
    public JsonNode body(Context ctx) {
        return JsonBody.parse(ctx, limits.maxBodyBytes());
    }

    private Handler wrap(String method, String path, Role role, ErrorStyle style, Handler h) {
        Metrics.Route counters = metrics.route(method, path);
        return ctx -> {
            long t0 = System.nanoTime();
            Semaphore permit = null;
            try {
                if (role != null) {
                    ApiKey key = authenticate(ctx);
                    if (!key.role().allows(role)) {
                        throw new ApiError(403, "this endpoint needs a key with role '" + role.label() + "'; this key has '" + key.role().label() + "'");
                    }
                    ctx.attribute(KEY_ATTRIBUTE, key);
                    permit = inFlight.computeIfAbsent(key.id(), k -> new Semaphore(limits.maxConcurrentPerKey()));
                    if (!permit.tryAcquire()) {
                        permit = null;
                        throw ApiError.tooMany("concurrent requests for this key", limits.maxConcurrentPerKey());
                    }
                }
                h.handle(ctx);
            } catch (ApiError e) {
                error(ctx, style, e.status(), e.getMessage(), e.limit());
            } catch (Exception e) {
                String incident = UUID.randomUUID().toString();
                LOG.error("incident {} on {} {}", incident, method, path, e);
                error(ctx, style, 500, "internal error (incident " + incident + ")", null);
            } finally {
                if (permit != null) permit.release();
                counters.record(ctx.statusCode(), System.nanoTime() - t0);
            }
        };
    }

    private ApiKey authenticate(Context ctx) {
        Optional<String> secret = secret(ctx);
        if (secret.isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, "an API key is required: send 'Authorization: Bearer KEY', 'Authorization: ApiKey KEY' or 'X-API-Key: KEY'");
        }
        return keys.authenticate(secret.get()).orElseThrow(() -> {
            ctx.header("WWW-Authenticate", "Bearer");
            return new ApiError(401, "the API key is not valid (unknown or revoked)");
        });
    }

    /** The key from {@code Authorization: Bearer KEY}, {@code Authorization: ApiKey KEY} or {@code X-API-Key: KEY}. */
    static Optional<String> secret(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth != null) {
            String a = auth.strip();
            int sp = a.indexOf(' ');
            if (sp > 0) {
                String scheme = a.substring(0, sp);
                if (scheme.equalsIgnoreCase("Bearer") || scheme.equalsIgnoreCase("ApiKey")) return Optional.of(a.substring(sp + 1).strip());
            }
        }
        String x = ctx.header("X-API-Key");
        return x == null || x.isBlank() ? Optional.empty() : Optional.of(x.strip());
    }

    public static void error(Context ctx, ErrorStyle style, int status, String message, String limit) {
        ctx.status(status).contentType("application/json").result(style.body(status, message, limit).toString());
    }
}
