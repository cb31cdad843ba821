package org.chokepoint.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.chokepoint.app.Chokepoint;
import org.chokepoint.app.ServedSnapshot;
import org.chokepoint.app.json.EntityJson;
import org.chokepoint.app.json.HitJson;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Link;
import org.chokepoint.server.auth.Role;
import org.chokepoint.server.http.Api;
import org.chokepoint.server.http.ApiError;
import org.chokepoint.server.http.ErrorStyle;

import java.util.Locale;
import java.util.Optional;

/**
 * {@code GET /v1/entities/{source}/{sourceId}}: a list entry as published (in the common model), with each of its
 * links resolved to the linked entry's name and type where the snapshot holds it.
 */
public final class EntitiesApi {
    private final Chokepoint engine;
    private final Api api;

    public EntitiesApi(Chokepoint engine, Api api) {
        this.engine = engine;
        this.api = api;
    }

    public void register() {
        api.get("/v1/entities/{source}/{sourceId}", Role.SCREEN, ErrorStyle.CHOKEPOINT, this::entity);
    }

    private void entity(Context ctx) {
        ServedSnapshot s = Readiness.served(engine);
        String key = ctx.pathParam("source") + ":" + ctx.pathParam("sourceId");
        if (key.length() > 200) throw ApiError.notFound("no entry " + key.substring(0, 200) + "…");
        Entity e = s.snapshot().get(key).orElseThrow(() -> ApiError.notFound("no entry " + key + " in snapshot " + s.snapshot().shortId()));
        ObjectNode o = EntityJson.toJson(e);
        ArrayNode linked = o.putArray("linked");
        for (Link l : e.links()) {
            ObjectNode n = linked.addObject().put("type", l.type().name()).put("target", l.target()).put("targetName", l.targetName());
            if (l.share() != null) n.put("share", l.share());
            Optional<Entity> t = l.target() == null ? Optional.empty() : s.snapshot().get(l.target());
            t.ifPresent(x -> n.put("name", x.primaryName().value()).put("schema", x.schema().name().toLowerCase(Locale.ROOT)));
        }
        HitJson.provenance(o, s.provenance());
        Responses.json(ctx, o);
    }
}
