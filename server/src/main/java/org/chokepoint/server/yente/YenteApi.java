package org.chokepoint.server.yente;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.chokepoint.app.Chokepoint;
import org.chokepoint.app.ServedSnapshot;
import org.chokepoint.model.Country;
import org.chokepoint.model.Entity;
import org.chokepoint.model.SourceMeta;
import org.chokepoint.server.api.Readiness;
import org.chokepoint.server.api.Responses;
import org.chokepoint.server.api.CallTrail;
import org.chokepoint.server.auth.Role;
import org.chokepoint.server.http.Api;
import org.chokepoint.server.http.ApiError;
import org.chokepoint.server.http.ErrorStyle;
import org.chokepoint.server.http.JsonBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The yente-compatible API, so that a client of OpenSanctions' yente switches to Chokepoint by changing its base
 * URL: {@code POST /match/{dataset}}, {@code GET /search/{dataset}}, {@code GET /entities/{id}},
 * {@code GET /algorithms}, {@code GET /catalog}. yente's field names and status codes; errors as
 * {@code {"detail": "..."}}; every route needs a key with the screen role. What is supported and what is
 * approximated is in {@code docs/yente.md}.
 *
 * <pre>
 * POST /match/default?limit=5
 * {"queries": {"q1": {"schema": "Person", "properties": {"name": ["Kim Jong Un"], "birthDate": ["1984-01-08"]}}}}
 *   → {"responses": {"q1": {"status": 200, "results": [{"id": "ofac-sdn:20157", "score": 1.0, "match": true, …}],
 *      "total": {"value": 1, "relation": "eq"}, "query": {…}}}, "limit": 5}
 * </pre>
 */
public final class YenteApi {
    private static final Logger LOG = LoggerFactory.getLogger(YenteApi.class);
    /** Results below this score are not returned unless the request's {@code cutoff} says otherwise. */
    static final double DEFAULT_CUTOFF = 0.5;
    static final int MATCH_LIMIT = 5;
    static final int MAX_MATCH_LIMIT = 500;
    static final int SEARCH_LIMIT = 10;
    static final int MAX_SEARCH_LIMIT = 500;
    static final int MAX_SEARCH_OFFSET = 9999 - MAX_SEARCH_LIMIT;
    /** What a {@code /search} text must score to be a result. */
    static final double SEARCH_CUTOFF = 0.5;

    private final Chokepoint engine;
    private final Api api;
    private final YenteEntities entities;
    private final YenteMatcher matcher;
    private volatile YenteIndex cached;

    private final CallTrail trail;

    public YenteApi(Chokepoint engine, Api api, CallTrail trail) {
        this.engine = engine;
        this.api = api;
        this.trail = trail;
        this.entities = new YenteEntities(engine::countries);
        this.matcher = new YenteMatcher(engine.screening());
    }

    public void register() {
        api.post("/match/{dataset}", Role.SCREEN, ErrorStyle.YENTE, this::match);
        api.get("/search/{dataset}", Role.SCREEN, ErrorStyle.YENTE, this::search);
        api.get("/entities/{id}", Role.SCREEN, ErrorStyle.YENTE, this::entity);
        api.get("/algorithms", Role.SCREEN, ErrorStyle.YENTE, this::algorithms);
        api.get("/catalog", Role.SCREEN, ErrorStyle.YENTE, this::catalog);
        api.get("/manifest", Role.SCREEN, ErrorStyle.YENTE, this::catalog);
        // build the index of the first snapshot in the background, so that the first yente request does not wait
        Thread warm = new Thread(() -> {
            try {
                index(engine.snapshot().current()).withWords("warm");
            } catch (RuntimeException e) {
                LOG.warn("yente index not built ahead of the first request: {}", e.getMessage());
            }
        }, "yente-index");
        warm.setDaemon(true);
        warm.start();
    }

    /** The index of this snapshot: built on first use, rebuilt when another snapshot is served. */
    YenteIndex index(ServedSnapshot served) {
        YenteIndex i = cached;
        if (i != null && i.snapshotId.equals(served.id())) return i;
        synchronized (this) {
            i = cached;
            if (i == null || !i.snapshotId.equals(served.id())) {
                long t0 = System.nanoTime();
                i = YenteIndex.build(served);
                cached = i;
                LOG.info("yente index built in {} ms: {}", (System.nanoTime() - t0) / 1_000_000, i);
            }
            return i;
        }
    }

    // ---- /match -------------------------------------------------------------------------------------------------

    private void match(Context ctx) {
        int limit = intParam(ctx, "limit", MATCH_LIMIT, 0, MAX_MATCH_LIMIT);
        double threshold = numberParam(ctx, "threshold", engine.screening().defaultThreshold());
        double cutoff = Math.min(numberParam(ctx, "cutoff", DEFAULT_CUTOFF), threshold);
        YenteFilters.validate(ctx);
        JsonNode body;
        try {
            body = api.body(ctx);
        } catch (ApiError e) {
            if (e.status() == 400) throw ApiError.unprocessable(e.getMessage());
            throw e;
        }
        if (!body.isObject()) throw ApiError.unprocessable("body: an object {\"queries\": {...}} is expected");
        JsonNode queries = body.get("queries");
        if (queries == null || queries.isNull()) throw ApiError.unprocessable("queries: field required");
        if (!queries.isObject()) throw ApiError.unprocessable("queries: an object of entity examples by key is expected");
        checkObject(body, "weights", true);
        checkObject(body, "config", false);
        for (Iterator<Map.Entry<String, JsonNode>> it = queries.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> q = it.next();
            if (!q.getValue().isNull()) YenteQuery.checkShape(q.getKey(), q.getValue());
        }
        ServedSnapshot served = Readiness.served(engine);
        YenteIndex index = index(served);
        Set<String> scope = scope(ctx.pathParam("dataset"), served);
        YenteAlgorithms.resolve(ctx.queryParam("algorithm"));
        int max = api.limits().maxMatchQueries();
        if (queries.size() > max) throw ApiError.badRequest("Too many queries in one batch (limit: " + max + ")");
        YenteFilters filters = YenteFilters.read(ctx, scope);
        List<YenteQuery> parsed = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = queries.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> q = it.next();
            if (q.getValue().isNull()) continue;
            parsed.add(YenteQuery.parse(q.getKey(), q.getValue(), engine.countries(), api.limits().maxNameLength()));
        }
        if (parsed.isEmpty()) throw ApiError.badRequest("No queries provided.");
        ObjectNode out = JsonBody.JSON.createObjectNode();
        ObjectNode responses = out.putObject("responses");
        int matches = 0;
        for (YenteQuery q : parsed) {
            YenteMatcher.Result r = matcher.match(index, served, q, filters, threshold, cutoff, limit);
            ObjectNode resp = responses.putObject(q.key());
            resp.put("status", 200);
            ArrayNode results = resp.putArray("results");
            for (YenteMatcher.Scored s : r.results()) {
                ObjectNode e = entities.entity(s.subject());
                e.put("score", s.score());
                e.set("explanations", s.explanations());
                e.put("match", s.score() >= threshold);
                if (s.score() >= threshold) matches++;
                results.add(e);
            }
            resp.putObject("total").put("value", r.total()).put("relation", "eq");
            resp.set("query", q.echo());
        }
        out.put("limit", limit);
        ctx.header("x-batch-size", String.valueOf(parsed.size()));
        trail.answer(ctx, "match", body, served.id(), out, matches);
    }

    private static void checkObject(JsonNode body, String field, boolean numbers) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) return;
        if (!v.isObject()) throw ApiError.unprocessable(field + ": an object is expected");
        if (!numbers) return;
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isNumber()) throw ApiError.unprocessable(field + "." + e.getKey() + ": a number is expected");
        }
    }

    // ---- /search ------------------------------------------------------------------------------------------------

    private void search(Context ctx) {
        int limit = intParam(ctx, "limit", SEARCH_LIMIT, 0, MAX_SEARCH_LIMIT);
        int offset = intParam(ctx, "offset", 0, 0, MAX_SEARCH_OFFSET);
        String text = ctx.queryParam("q");
        text = text == null ? "" : text.strip();
        if (text.length() > api.limits().maxNameLength()) {
            throw ApiError.badRequest("q: longer than " + api.limits().maxNameLength() + " characters");
        }
        YenteFilters.validate(ctx);
        String schemaParam = ctx.queryParam("schema");
        YenteQuery.Schemas schema = YenteQuery.schemas(schemaParam == null || schemaParam.isBlank() ? "Thing" : schemaParam);
        if (schema == null) throw ApiError.badRequest("Invalid schema");
        ServedSnapshot served = Readiness.served(engine);
        YenteIndex index = index(served);
        Set<String> scope = scope(ctx.pathParam("dataset"), served);
        YenteFilters filters = YenteFilters.read(ctx, scope);
        List<YenteIndex.Subject> found = new ArrayList<>();
        if (text.isEmpty()) {
            for (YenteIndex.Subject s : index.subjects()) {
                if (schema.allowed().contains(s.entity().schema()) && filters.accepts(s)) found.add(s);
            }
        } else {
            // the screener's ranking of the text as a name (and as an identifier) first, then every other subject
            // with a name holding all its words
            YenteQuery q = YenteQuery.forText(text, schema);
            Set<YenteIndex.Subject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (YenteMatcher.Scored s : matcher.match(index, served, q, filters, 1.0, SEARCH_CUTOFF, Integer.MAX_VALUE).results()) {
                if (seen.add(s.subject())) found.add(s.subject());
            }
            for (YenteIndex.Subject s : index.withWords(text)) {
                if (schema.allowed().contains(s.entity().schema()) && filters.accepts(s) && seen.add(s)) found.add(s);
            }
        }
        ObjectNode out = JsonBody.JSON.createObjectNode();
        ArrayNode results = out.putArray("results");
        for (int i = offset; i < Math.min(found.size(), offset + limit); i++) results.add(entities.entity(found.get(i)));
        out.set("facets", facets(found));
        out.putObject("total").put("value", found.size()).put("relation", "eq");
        out.put("limit", limit);
        out.put("offset", offset);
        trail.answer(ctx, "search", JsonBody.JSON.createObjectNode().put("q", text).put("schema", schemaParam), served.id(), out, found.size());
    }

    private ObjectNode facets(List<YenteIndex.Subject> found) {
        Map<String, Integer> countries = new TreeMap<>(), topics = new TreeMap<>(), datasets = new TreeMap<>();
        for (YenteIndex.Subject s : found) {
            s.countries().forEach(c -> countries.merge(c, 1, Integer::sum));
            s.topics().forEach(t -> topics.merge(t, 1, Integer::sum));
            s.datasets().forEach(d -> datasets.merge(d, 1, Integer::sum));
        }
        ObjectNode f = JsonBody.JSON.createObjectNode();
        facet(f, "countries", "Countries", countries, c -> engine.countries().byAlpha2(c.toUpperCase(Locale.ROOT))
                .map(Country::commonName).orElse(c));
        facet(f, "topics", "Topics", topics, YenteApi::topicLabel);
        facet(f, "datasets", "Data sources", datasets, d -> YenteDatasets.source(d).map(YenteDatasets::title).orElse(d));
        return f;
    }

    private static void facet(ObjectNode f, String name, String label, Map<String, Integer> counts,
                              java.util.function.Function<String, String> labels) {
        ObjectNode o = f.putObject(name);
        o.put("label", label);
        ArrayNode values = o.putArray("values");
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (Map.Entry<String, Integer> e : sorted) {
            values.addObject().put("name", e.getKey()).put("label", labels.apply(e.getKey())).put("count", e.getValue());
        }
    }

    private static String topicLabel(String topic) {
        return switch (topic) {
            case YenteTopics.SANCTION -> "Sanctioned entity";
            case YenteTopics.EXPORT_CONTROL -> "Export controlled";
            case YenteTopics.DEBARMENT -> "Debarred entity";
            default -> topic;
        };
    }

    // ---- /entities/{id} -----------------------------------------------------------------------------------------

    private void entity(Context ctx) {
        String id = ctx.pathParam("id");
        ServedSnapshot served = Readiness.served(engine);
        YenteIndex index = index(served);
        YenteIndex.Subject s = index.byId(id).orElseThrow(() -> ApiError.notFound("No such entity!"));
        if (!s.id().equals(id)) {
            // a referent: merged into the canonical listing, as yente answers for a merged id
            ctx.status(308).header("Location", "/entities/" + s.id());
            Responses.json(ctx, JsonBody.JSON.createObjectNode().put("detail", "merged into " + s.id()).put("id", s.id()));
            return;
        }
        Responses.json(ctx, entities.entity(s));
    }

    // ---- /algorithms, /catalog ----------------------------------------------------------------------------------

    private void algorithms(Context ctx) {
        Responses.json(ctx, YenteAlgorithms.json(engine.screening().defaultThreshold()));
    }

    private void catalog(Context ctx) {
        ServedSnapshot served = Readiness.served(engine);
        YenteIndex index = index(served);
        String etag = "\"" + served.id().substring(0, Math.min(32, served.id().length())) + "\"";
        ctx.header("ETag", etag).header("Cache-Control", "public, max-age=300");
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.strip().equals("*") || List.of(ifNoneMatch.split(",")).stream().map(String::strip).anyMatch(etag::equals))) {
            ctx.status(304);
            return;
        }
        String version = served.id().substring(0, Math.min(3, served.id().length()));
        ObjectNode out = JsonBody.JSON.createObjectNode();
        ArrayNode datasets = out.putArray("datasets");
        ArrayNode current = out.putArray("current");
        List<String> children = new ArrayList<>();
        Map<String, Set<String>> topicsBySource = new HashMap<>();
        for (Entity e : served.snapshot().entities()) {
            topicsBySource.computeIfAbsent(e.source(), k -> new TreeSet<>()).addAll(YenteTopics.of(e));
        }
        String newest = null;
        for (SourceMeta m : sources(served)) {
            String name = YenteDatasets.dataset(m.source());
            String date = index.listDate(m.source());
            if (newest == null || date.compareTo(newest) > 0) newest = date;
            ObjectNode d = dataset(name, YenteDatasets.title(m.source()), "source", date, version, m.entityCount());
            d.put("summary", "The " + m.source() + " list as Chokepoint reads it, released " + date.substring(0, 10)
                    + (served.listDates().containsKey(m.source()) ? "" : " (no release date: the snapshot's creation time)") + ".");
            ArrayNode tags = d.putArray("tags");
            topicsBySource.getOrDefault(m.source(), Set.of()).forEach(t -> tags.add("list." + t));
            d.putArray("children");
            datasets.add(d);
            current.add(name);
            children.add(name);
        }
        ObjectNode all = dataset(YenteDatasets.DEFAULT, "All lists in the served snapshot", "collection",
                newest == null ? index.created() : newest, version, index.subjects().size());
        all.put("summary", "Every list of snapshot " + served.snapshot().shortId() + ", republications merged into one entity per subject.");
        all.putArray("tags");
        ArrayNode c = all.putArray("children");
        children.forEach(c::add);
        all.put("load", false);
        datasets.add(all);
        out.putArray("outdated");
        out.put("index_stale", false);
        Responses.json(ctx, out);
    }

    private static ObjectNode dataset(String name, String title, String type, String date, String version, int count) {
        ObjectNode d = JsonBody.JSON.createObjectNode();
        d.put("name", name);
        d.put("title", title);
        d.put("type", type);
        d.put("updated_at", date);
        d.put("last_export", date);
        d.put("last_change", date);
        d.put("entity_count", count);
        d.put("thing_count", count);
        String v = date.replaceAll("[^0-9]", "") + "-" + version;
        d.put("version", v);
        d.put("index_version", v);
        d.put("index_current", true);
        d.put("load", true);
        d.put("deprecated", false);
        d.putArray("resources");
        return d;
    }

    // ---- common -------------------------------------------------------------------------------------------------

    /** The served snapshot's lists that have entries, in the snapshot's order. */
    private static List<SourceMeta> sources(ServedSnapshot served) {
        return served.snapshot().sources().stream().filter(m -> m.entityCount() > 0).toList();
    }

    /** The datasets a path's dataset stands for: itself, or every list for {@code default}; 404 for another name. */
    private static Set<String> scope(String dataset, ServedSnapshot served) {
        Set<String> all = new LinkedHashSet<>();
        for (SourceMeta m : sources(served)) all.add(YenteDatasets.dataset(m.source()));
        if (dataset.equals(YenteDatasets.DEFAULT)) return all;
        if (all.contains(dataset)) return Set.of(dataset);
        throw ApiError.notFound("No such dataset.");
    }

    private static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return dflt;
        int n;
        try {
            n = Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw ApiError.unprocessable(name + ": an integer is expected");
        }
        if (n < min) throw ApiError.unprocessable(name + ": at least " + min);
        if (n > max) throw ApiError.unprocessable(name + ": at most " + max);
        return n;
    }

    private static double numberParam(Context ctx, String name, double dflt) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return dflt;
        try {
            double d = Double.parseDouble(v.strip());
            if (Double.isFinite(d)) return d;
        } catch (NumberFormatException e) {
            // below
        }
        throw ApiError.unprocessable(name + ": a number is expected");
    }
}
