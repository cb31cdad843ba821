package org.chokepoint.server.api;

import io.javalin.http.Context;
import org.chokepoint.app.Chokepoint;
import org.chokepoint.server.auth.Role;
import org.chokepoint.server.http.Api;
import org.chokepoint.server.http.ErrorStyle;
import org.chokepoint.server.http.JsonBody;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Probes and self-description: {@code GET /healthz} (200 while the process runs), {@code GET /readyz} (503 until
 * the snapshot and its index are loaded), {@code GET /metrics} (Prometheus) and {@code GET /openapi.json}.
 */
public final class HealthApi {
    private final Chokepoint engine;
    private final Api api;
    private final String openapi;

    public HealthApi(Chokepoint engine, Api api) {
        this.engine = engine;
        this.api = api;
        try (InputStream in = HealthApi.class.getResourceAsStream("/org/chokepoint/server/openapi.json")) {
            this.openapi = in == null ? "{}" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenAPI document is part of the jar", e);
        }
    }

    public void register() {
        api.open("/healthz", ctx -> Responses.json(ctx, JsonBody.JSON.createObjectNode().put("status", "ok")));
        api.open("/readyz", this::ready);
        api.get("/metrics", Role.SCREEN, ErrorStyle.CHOKEPOINT, ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(api.metrics().render()));
        api.get("/openapi.json", Role.SCREEN, ErrorStyle.CHOKEPOINT, ctx -> ctx.contentType("application/json").result(openapi));
    }

    private void ready(Context ctx) {
        if (!engine.snapshot().isReady()) {
            ctx.status(503);
            Responses.json(ctx, JsonBody.JSON.createObjectNode().put("status", "loading"));
            return;
        }
        var s = engine.snapshot().current();
        Responses.json(ctx, JsonBody.JSON.createObjectNode().put("status", "ready").put("snapshot", s.id()));
    }
}
