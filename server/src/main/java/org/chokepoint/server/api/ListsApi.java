package org.chokepoint.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.chokepoint.app.Chokepoint;
import org.chokepoint.app.ServedSnapshot;
import org.chokepoint.app.lists.ListsService;
import org.chokepoint.app.json.SnapshotJson;
import org.chokepoint.model.SourceMeta;
import org.chokepoint.server.auth.Role;
import org.chokepoint.server.http.Api;
import org.chokepoint.server.http.ApiError;
import org.chokepoint.server.http.ErrorStyle;
import org.chokepoint.server.http.JsonBody;
import org.chokepoint.model.stats.SnapshotDiff;
import org.chokepoint.sources.snapshot.UpdateConfig;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lists being served and the snapshots of the home:
 * <ul>
 *   <li>{@code GET /v1/lists}: the active snapshot, its sources with release dates and counts;</li>
 *   <li>{@code GET /v1/lists/snapshots}: every stored snapshot, the active one marked;</li>
 *   <li>{@code GET /v1/lists/diff?from=&to=}: what changed (ids, unique prefixes or {@code active});</li>
 *   <li>{@code POST /v1/lists/update} {@code {"sources": ["ofac-sdn"], "maxDrop": 0.1}} and
 *       {@code POST /v1/lists/activate} {@code {"snapshot": "32c9f7c0"}}: admin only; the served index switches
 *       atomically once the new one is ready.</li>
 * </ul>
 */
public final class ListsApi {
    private static final Pattern SNAPSHOT_REF = Pattern.compile("active|[0-9a-f]{4,64}");
    private final Chokepoint engine;
    private final Api api;
    private final UpdateConfig updateConfig;

    /** @param updateConfig download addresses for {@code /v1/lists/update} */
    public ListsApi(Chokepoint engine, Api api, UpdateConfig updateConfig) {
        this.engine = engine;
        this.api = api;
        this.updateConfig = updateConfig;
    }

    public void register() {
        api.get("/v1/lists", Role.SCREEN, ErrorStyle.CHOKEPOINT, this::active);
        api.get("/v1/lists/snapshots", Role.SCREEN, ErrorStyle.CHOKEPOINT, this::snapshots);
        api.get("/v1/lists/diff", Role.SCREEN, ErrorStyle.CHOKEPOINT, this::diff);
        api.post("/v1/lists/update", Role.ADMIN, ErrorStyle.CHOKEPOINT, this::update);
        api.post("/v1/lists/activate", Role.ADMIN, ErrorStyle.CHOKEPOINT, this::activate);
    }

    private ListsService lists() {
        return engine.lists();
    }

    private void active(Context ctx) {
        Responses.json(ctx, served(Readiness.served(engine)));
    }

    static ObjectNode served(ServedSnapshot s) {
        ObjectNode o = JsonBody.JSON.createObjectNode();
        o.put("snapshot", s.id());
        o.put("createdAt", s.snapshot().createdAt().toString());
        o.put("ageSeconds", Duration.between(s.snapshot().createdAt(), Instant.now()).toSeconds());
        o.put("entities", s.snapshot().size());
        o.put("names", s.screener().index().nameCount());
        o.put("rules", s.provenance().rulesVersion());
        o.put("matcher", s.provenance().matcherVersion());
        ArrayNode sources = o.putArray("sources");
        for (SourceMeta m : s.snapshot().sources()) {
            ObjectNode n = sources.addObject();
            n.put("source", m.source());
            var release = s.listDates().get(m.source());
            n.put("released", release == null ? null : release.toString());
            n.put("entities", m.entityCount());
            n.put("files", m.files().size());
        }
        return o;
    }

    private void snapshots(Context ctx) throws IOException {
        ObjectNode o = JsonBody.JSON.createObjectNode();
        o.set("snapshots", SnapshotJson.listingsJson(lists().snapshots()));
        Responses.json(ctx, o);
    }

    private void diff(Context ctx) throws IOException {
        String from = ref(ctx.queryParam("from"), "from");
        String to = ref(ctx.queryParam("to") == null ? "active" : ctx.queryParam("to"), "to");
        SnapshotDiff d;
        try {
            d = lists().diff(from, to);
        } catch (NoSuchFileException | IllegalArgumentException e) {
            throw ApiError.notFound("no such snapshot (from=" + from + ", to=" + to + ")");
        }
        Responses.json(ctx, SnapshotJson.diffJson(d, from, to));
    }

    private void activate(Context ctx) throws IOException {
        JsonNode body = api.body(ctx);
        String id = ref(JsonBody.text(body, "snapshot", ""), "snapshot");
        ServedSnapshot s;
        try {
            s = lists().activate(id);
        } catch (NoSuchFileException | IllegalArgumentException e) {
            throw ApiError.notFound("no such snapshot: " + id);
        }
        Responses.json(ctx, served(s));
    }

    private void update(Context ctx) throws IOException {
        JsonNode body = api.body(ctx);
        Set<String> only = new LinkedHashSet<>();
        JsonNode sources = body.get("sources");
        if (sources != null && !sources.isNull()) {
            if (!sources.isArray()) throw ApiError.badRequest("sources: an array of source keys is expected");
            sources.forEach(s -> only.add(s.asText()));
        }
        UpdateConfig cfg = updateConfig;
        Double maxDrop = JsonBody.number(body, "maxDrop", "");
        if (maxDrop != null) {
            if (!(maxDrop >= 0 && maxDrop <= 1)) throw ApiError.badRequest("maxDrop: must be between 0 and 1");
            cfg = cfg.withMaxDrop(maxDrop);
        }
        List<String> log = new ArrayList<>();
        ListsService.Updated u;
        try {
            u = lists().update(cfg, only, log::add);
        } catch (IOException e) {
            ObjectNode refused = JsonBody.JSON.createObjectNode();
            refused.put("updated", false);
            refused.put("error", "update refused; the active snapshot is unchanged: " + e.getMessage());
            refused.set("log", JsonBody.JSON.valueToTree(log));
            ctx.status(502);
            Responses.json(ctx, refused);
            return;
        }
        ObjectNode o = served(u.served());
        o.put("updated", !u.result().unchanged());
        o.set("log", JsonBody.JSON.valueToTree(log));
        Responses.json(ctx, o);
    }

    private static String ref(String value, String field) {
        if (value == null || value.isBlank()) throw ApiError.badRequest(field + ": a snapshot id, id prefix or 'active' is required");
        String v = value.strip().toLowerCase();
        if (!SNAPSHOT_REF.matcher(v).matches()) throw ApiError.badRequest(field + ": not a snapshot id or prefix: '" + value + "'");
        return v;
    }
}
