package org.chokepoint.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import org.chokepoint.model.Entity;
import org.chokepoint.model.FindingsSummary;
import org.chokepoint.model.Name;
import org.chokepoint.model.Schema;
import org.chokepoint.model.Snapshot;
import org.chokepoint.cases.trail.TrailEntry;
import org.chokepoint.sources.snapshot.SnapshotStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every response the OpenAPI document ({@code /openapi.json}) declares, for every path and method, is provoked on
 * the real server and its body checked against the declared schema; a declared response that no exchange here
 * provokes fails the test, so the document cannot promise what the server does not do.
 */
class OpenApiContractTest {
    private static final ServerFixture f = ServerFixture.shared();
    private static JsonNode doc;
    private static SchemaCheck schemas;
    private static ServerFixture small;
    private static Path smallHome;
    private static HttpServer mirror;
    private final Set<String> covered = new TreeSet<>();
    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        doc = f.get("/openapi.json", f.screenKey).json();
        schemas = new SchemaCheck(doc);
        smallHome = Files.createTempDirectory("contract-home");
        new SnapshotStore(smallHome).saveAndActivate(SmallSnapshots.of("2026-11-20T00:00:00Z", "1", "ALPHA TRADING"));
        // a loopback mirror of the official DPL address, and a dead address for a refused update
        mirror = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] dpl = Files.readAllBytes(Path.of(System.getProperty("chokepoint.data")).resolve("lists/bis-dpl/2023-11-30/dpl.txt"));
        mirror.createContext("/dpl.txt", ex -> {
            ex.sendResponseHeaders(200, dpl.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(dpl);
            }
        });
        mirror.start();
        Path sources = smallHome.resolve("mirror.properties");
        Files.writeString(sources, "bis-dpl.file.dpl.txt = http://127.0.0.1:" + mirror.getAddress().getPort() + "/dpl.txt\ntimeout.seconds = 10\n");
        ServerConfig.Limits tight = new ServerConfig.Limits(1 << 20, 1000, 100, 500, 1_000, 1, 10);
        small = ServerFixture.over(smallHome, ServerConfig.defaults().withLimits(tight).withWatchMillis(0).withUpdateSources(sources));
    }

    @AfterAll
    static void stop() {
        small.close();
        mirror.stop(0);
    }

    /** Sends, checks status and body against the document, and records the (path, method, status) as covered. */
    private JsonNode exchange(ServerFixture s, String method, String template, String path, String key, String body, int expected) {
        HttpRequest.Builder b = HttpRequest.newBuilder(s.uri(path));
        if (key != null) b.header("X-API-Key", key);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        ServerFixture.Reply r = s.send(b.build());
        return check(method, template, r, expected);
    }

    private JsonNode check(String method, String template, ServerFixture.Reply r, int expected) {
        String where = method + " " + template + " " + expected;
        if (r.status() != expected) {
            problems.add(where + ": status " + r.status() + " " + r.body());
            return null;
        }
        covered.add(where);
        JsonNode declared = doc.path("paths").path(template).path(method.toLowerCase()).path("responses").path(String.valueOf(expected));
        if (declared.isMissingNode()) {
            problems.add(where + ": not declared in the document");
            return null;
        }
        JsonNode content = declared.path("content");
        if (content.has("application/json")) {
            JsonNode json = r.json();
            for (String p : schemas.check(json, content.get("application/json").get("schema"))) problems.add(where + ": " + p);
            return json;
        }
        if (content.has("text/html")) assertTrue(r.raw().headers().firstValue("Content-Type").orElse("").startsWith("text/html"), where);
        if (content.has("text/plain")) assertTrue(r.raw().headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), where);
        return null;
    }

    @Test
    void everyDeclaredResponseIsWhatTheServerAnswers() throws Exception {
        String k = f.screenKey;
        String active = f.engine.snapshot().current().id();
        exchange(f, "GET", "/healthz", "/healthz", null, null, 200);
        exchange(f, "GET", "/readyz", "/readyz", null, null, 200);
        exchange(f, "GET", "/metrics", "/metrics", k, null, 200);
        exchange(f, "GET", "/openapi.json", "/openapi.json", k, null, 200);

        exchange(f, "POST", "/v1/screen", "/v1/screen", k, "{\"name\": \"Kim Jong Un\", \"type\": \"person\", \"country\": \"North Korea\"}", 200);
        exchange(f, "POST", "/v1/screen", "/v1/screen", k, "{\"queries\": [{\"id\": \"a\", \"name\": \"Mahan Air\"}, {\"name\": \"Nobody Atall\"}]}", 200);
        exchange(f, "POST", "/v1/screen", "/v1/screen", k, "{\"name\": \"Bank Rossiya Holding\", \"threshold\": 0.99}", 200);
        exchange(f, "POST", "/v1/screen", "/v1/screen", k, "{\"identifier\": \"IMO 8712362\"}", 200);
        exchange(f, "POST", "/v1/screen", "/v1/screen", k, "{\"name\": 3}", 400);
        exchange(f, "POST", "/v1/screen", "/v1/screen", k, "{\"name\": \"" + "B".repeat(501) + "\"}", 413);

        String tx = Files.readString(Path.of(System.getProperty("user.dir")).resolve("../examples/nk-case/transactions.json").normalize());
        ArrayNode txs = (ArrayNode) ServerFixture.JSON.readTree(tx);
        exchange(f, "POST", "/v1/decide", "/v1/decide", k, txs.get(0).toString(), 200);
        ObjectNode batch = ServerFixture.JSON.createObjectNode();
        batch.set("transactions", txs);
        batch.put("asOf", "2012-06-01");
        exchange(f, "POST", "/v1/decide", "/v1/decide", k, batch.toString(), 200);
        exchange(f, "POST", "/v1/decide", "/v1/decide", k, "{\"asOf\": \"yesterday\"}", 400);
        exchange(f, "POST", "/v1/decide", "/v1/decide", k, "{\"transactions\": [" + "{},".repeat(1000) + "{}]}", 413);

        Path dev = Path.of(System.getProperty("chokepoint.eval")).resolve("audit/projects-dev.csv");
        ServerFixture.Reply first = f.send(HttpRequest.newBuilder(f.uri("/v1/audit?name=projects-dev.csv")).header("X-API-Key", k)
                .POST(HttpRequest.BodyPublishers.ofFile(dev)).build());
        String job = check("POST", "/v1/audit", first, 202).get("job").asText();
        ServerFixture.Reply second = f.send(HttpRequest.newBuilder(f.uri("/v1/audit?name=small.csv&judge=false")).header("X-API-Key", k)
                .POST(HttpRequest.BodyPublishers.ofString("country,value\nA9,1\nKP,2\n")).build());
        String queued = check("POST", "/v1/audit", second, 202).get("job").asText();
        exchange(f, "GET", "/v1/audit/{job}/report", "/v1/audit/" + queued + "/report", k, null, 409); // waits behind the first
        exchange(f, "POST", "/v1/audit", "/v1/audit?name=x.csv&asOf=someday", k, "a", 400);
        exchange(small, "POST", "/v1/audit", "/v1/audit?name=x.csv", small.screenKey, "a,b\n".repeat(300), 413);
        waitDone(job);
        exchange(f, "GET", "/v1/audit/{job}", "/v1/audit/" + job, k, null, 200);
        exchange(f, "GET", "/v1/audit/{job}", "/v1/audit/nope", k, null, 404);
        exchange(f, "GET", "/v1/audit/{job}/report", "/v1/audit/" + job + "/report", k, null, 200);
        exchange(f, "GET", "/v1/audit/{job}/report", "/v1/audit/nope/report", k, null, 404);

        exchange(f, "GET", "/v1/lists", "/v1/lists", k, null, 200);
        exchange(f, "GET", "/v1/lists/snapshots", "/v1/lists/snapshots", k, null, 200);
        exchange(f, "GET", "/v1/lists/diff", "/v1/lists/diff?from=active&to=" + active.substring(0, 12), k, null, 200);
        exchange(f, "GET", "/v1/lists/diff", "/v1/lists/diff?from=..%2Fx", k, null, 400);
        exchange(f, "GET", "/v1/lists/diff", "/v1/lists/diff?from=abcdef1234", k, null, 404);
        exchange(f, "POST", "/v1/lists/activate", "/v1/lists/activate", f.adminKey, "{\"snapshot\": \"" + active + "\"}", 200);
        exchange(f, "POST", "/v1/lists/activate", "/v1/lists/activate", f.adminKey, "{\"snapshot\": \"/etc/passwd\"}", 400);
        exchange(f, "POST", "/v1/lists/activate", "/v1/lists/activate", f.reviewKey, "{\"snapshot\": \"" + active + "\"}", 403);
        exchange(f, "POST", "/v1/lists/activate", "/v1/lists/activate", f.adminKey, "{\"snapshot\": \"abcdef1234\"}", 404);
        exchange(small, "POST", "/v1/lists/update", "/v1/lists/update", small.adminKey, "{\"sources\": [\"bis-dpl\"]}", 200);
        exchange(small, "POST", "/v1/lists/update", "/v1/lists/update", small.adminKey, "{\"maxDrop\": 7}", 400);
        exchange(small, "POST", "/v1/lists/update", "/v1/lists/update", small.screenKey, "{}", 403);
        exchange(small, "POST", "/v1/lists/update", "/v1/lists/update", small.adminKey, "{\"sources\": [\"un-sc\"]}", 502);

        exchange(f, "GET", "/v1/entities/{source}/{sourceId}", "/v1/entities/ofac-sdn/23175", k, null, 200);
        exchange(f, "GET", "/v1/entities/{source}/{sourceId}", "/v1/entities/ofac-sdn/nope", k, null, 404);

        // the trail of the contract's own server, so that the shared one keeps what other tests wrote
        small.cases.trail().append(new TrailEntry("system", "test.contract", "test:1", "{\"n\":1}"));
        small.cases.trail().append(new TrailEntry("system", "test.contract", "test:1", "{\"n\":2}"));
        exchange(small, "GET", "/v1/trail", "/v1/trail?limit=1", small.adminKey, null, 200);
        exchange(small, "GET", "/v1/trail", "/v1/trail?after=1&from=2026-01-01", small.adminKey, null, 200);
        exchange(small, "GET", "/v1/trail", "/v1/trail?limit=0", small.adminKey, null, 400);
        exchange(small, "GET", "/v1/trail", "/v1/trail", small.reviewKey, null, 403);
        exchange(small, "GET", "/v1/trail/verify", "/v1/trail/verify", small.adminKey, null, 200);
        exchange(small, "GET", "/v1/trail/verify", "/v1/trail/verify?expectHead=9:" + "0".repeat(64), small.adminKey, null, 200);
        exchange(small, "GET", "/v1/trail/verify", "/v1/trail/verify?expectHead=nope", small.adminKey, null, 400);
        exchange(small, "GET", "/v1/trail/verify", "/v1/trail/verify", small.screenKey, null, 403);

        String person = "{\"queries\": {\"q1\": {\"schema\": \"Person\", \"properties\": {\"name\": [\"김정은\"], \"birthDate\": [\"1984-01-08\"]}}}}";
        exchange(f, "POST", "/match/{dataset}", "/match/default?limit=3", k, person, 200);
        exchange(f, "POST", "/match/{dataset}", "/match/default", k, "{\"queries\": {\"q1\": {\"schema\": \"Starship\", \"properties\": {\"name\": [\"x\"]}}}}", 400);
        exchange(f, "POST", "/match/{dataset}", "/match/no_such_list", k, person, 404);
        exchange(f, "POST", "/match/{dataset}", "/match/default", k, "{\"queries\": {\"q1\": {\"properties\": {\"name\": [\"x\"]}}}}", 422);
        exchange(f, "GET", "/search/{dataset}", "/search/us_ofac_sdn?q=Mahan%20Air&limit=2", k, null, 200);
        exchange(f, "GET", "/search/{dataset}", "/search/no_such_list?q=x", k, null, 404);
        exchange(f, "GET", "/entities/{id}", "/entities/ofac-sdn:20157", k, null, 200);
        exchange(f, "GET", "/entities/{id}", "/entities/us-csl:20157", k, null, 308);
        exchange(f, "GET", "/entities/{id}", "/entities/ofac-sdn:0", k, null, 404);
        exchange(f, "GET", "/algorithms", "/algorithms", k, null, 200);
        ServerFixture.Reply catalog = f.get("/catalog", k);
        check("GET", "/catalog", catalog, 200);
        String etag = catalog.raw().headers().firstValue("ETag").orElse("none");
        check("GET", "/catalog", f.send(HttpRequest.newBuilder(f.uri("/catalog")).header("X-API-Key", k).header("If-None-Match", etag).build()), 304);

        casesAndParties();
        unauthorisedAndThrottledEverywhere();
        readinessWhileLoading();

        assertEquals(List.of(), problems);
        Set<String> declared = declared();
        declared.removeAll(covered);
        assertEquals(Set.of(), declared, "declared responses that no exchange provoked");
    }

    /** Parties, cases, actions and the changes feed, on the contract's own server. */
    private void casesAndParties() {
        String r = small.reviewKey;
        // a name of whatever the contract's server serves by now (its lists were updated above)
        String listed = small.engine.snapshot().current().snapshot().entities().get(0).primaryName().value().replace("\"", "");
        String parties = "{\"parties\": [{\"id\": \"k-1\", \"name\": \"" + listed + "\", \"segment\": \"x\"},"
                + " {\"id\": \"k-2\", \"name\": \"Someone Else Entirely\", \"identifiers\": [\"P-1\"]}]}";
        exchange(small, "POST", "/v1/parties", "/v1/parties", r, parties, 200);
        exchange(small, "POST", "/v1/parties", "/v1/parties", r, "{\"parties\": [{\"id\": \"k-3\"}]}", 400);
        exchange(small, "POST", "/v1/parties", "/v1/parties", small.screenKey, parties, 403);
        exchange(small, "GET", "/v1/parties/{id}", "/v1/parties/k-1", r, null, 200);
        exchange(small, "GET", "/v1/parties/{id}", "/v1/parties/nobody", r, null, 404);
        exchange(small, "GET", "/v1/parties/{id}", "/v1/parties/k-1", small.screenKey, null, 403);
        exchange(small, "DELETE", "/v1/parties/{id}", "/v1/parties/k-2", r, null, 200);
        exchange(small, "DELETE", "/v1/parties/{id}", "/v1/parties/k-2", r, null, 404);
        exchange(small, "DELETE", "/v1/parties/{id}", "/v1/parties/k-1", small.screenKey, null, 403);
        JsonNode queue = exchange(small, "GET", "/v1/cases", "/v1/cases?minScore=0.5", r, null, 200);
        exchange(small, "GET", "/v1/cases", "/v1/cases?minScore=high", r, null, 400);
        exchange(small, "GET", "/v1/cases", "/v1/cases", small.screenKey, null, 403);
        assertTrue(queue != null && queue.get("cases").size() == 1, String.valueOf(queue));
        long id = queue.get("cases").get(0).get("id").asLong();
        exchange(small, "POST", "/v1/cases/{id}/actions", "/v1/cases/" + id + "/actions", r, "{\"action\": \"comment\", \"reason\": \"looking\"}", 201);
        exchange(small, "POST", "/v1/cases/{id}/actions", "/v1/cases/" + id + "/actions", r, "{\"action\": \"dismiss\"}", 400);
        exchange(small, "POST", "/v1/cases/{id}/actions", "/v1/cases/999999/actions", r, "{\"action\": \"comment\", \"reason\": \"x\"}", 404);
        exchange(small, "POST", "/v1/cases/{id}/actions", "/v1/cases/" + id + "/actions", small.screenKey, "{\"action\": \"comment\"}", 403);
        exchange(small, "GET", "/v1/cases/{id}", "/v1/cases/" + id, r, null, 200);
        exchange(small, "GET", "/v1/cases/{id}", "/v1/cases/999999", r, null, 404);
        exchange(small, "GET", "/v1/cases/{id}", "/v1/cases/" + id, small.screenKey, null, 403);
        exchange(small, "GET", "/v1/changes", "/v1/changes?since=2000-01-01", r, null, 200);
        exchange(small, "GET", "/v1/changes", "/v1/changes", r, null, 400);
        exchange(small, "GET", "/v1/changes", "/v1/changes?since=2000-01-01", small.screenKey, null, 403);
    }

    /** 401 without a key and 429 while the key's one permit is held, on every route that needs a key. */
    private void unauthorisedAndThrottledEverywhere() throws IOException, InterruptedException {
        Map<String, Function<String, String>> concrete = Map.of("{job}", x -> "nope", "{source}", x -> "ofac-sdn",
                "{sourceId}", x -> "1", "{dataset}", x -> "default", "{id}", x -> "ofac-sdn:1");
        try (Socket held = small.holdPermit(small.screenKey); Socket heldAdmin = small.holdPermit(small.adminKey);
             Socket heldReview = small.holdPermit(small.reviewKey)) {
            Thread.sleep(300); // the server has taken the permits once the headers are read
            for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> p = it.next();
                for (Iterator<String> m = p.getValue().fieldNames(); m.hasNext(); ) {
                    String method = m.next().toUpperCase();
                    JsonNode responses = p.getValue().get(method.toLowerCase()).get("responses");
                    String path = p.getKey();
                    for (var c : concrete.entrySet()) path = path.replace(c.getKey(), c.getValue().apply(path));
                    String body = method.equals("POST") ? "{}" : null; // DELETE and GET carry none
                    if (responses.has("401")) exchange(small, method, p.getKey(), path, null, body, 401);
                    String role = p.getValue().get(method.toLowerCase()).path("x-role").asText();
                    String key = role.equals("admin") ? small.adminKey : role.equals("review") ? small.reviewKey : small.screenKey;
                    if (responses.has("429")) exchange(small, method, p.getKey(), path, key, body, 429);
                }
            }
            for (Socket s : List.of(held, heldAdmin, heldReview)) assertEquals("HTTP/1.1 202 Accepted", ServerFixture.release(s));
        }
    }


    /** A server over a snapshot that takes a while to index answers 503 on /readyz until it is ready. */
    private void readinessWhileLoading() throws IOException {
        Path home = Files.createTempDirectory("loading-home");
        Random random = new Random(7);
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < 60_000; i++) {
            String name = word(random) + " " + word(random) + " " + word(random) + " TRADING";
            entities.add(Entity.builder("ofac-sdn", String.valueOf(i), Schema.ORGANIZATION).name(Name.primary(name)).build());
        }
        SnapshotStore store = new SnapshotStore(home);
        Snapshot big = Snapshot.of(Instant.parse("2026-11-20T00:00:00Z"), List.of(), new FindingsSummary(List.of(), List.of()), entities);
        store.saveAndActivate(big);
        // without its stored index the server must build one (seconds), so the first probe finds it loading
        Files.delete(store.indexPathOf(big.id()));
        ServerFixture loading = ServerFixture.overUnloaded(home, ServerConfig.defaults().withWatchMillis(0));
        try {
            exchange(loading, "GET", "/readyz", "/readyz", null, null, 503);
            exchange(loading, "POST", "/v1/screen", "/v1/screen", loading.screenKey, "{\"name\": \"Alpha\"}", 503);
        } finally {
            loading.close();
        }
    }

    private static String word(Random r) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 6; i++) b.append((char) ('A' + r.nextInt(26)));
        return b.toString();
    }

    private void waitDone(String job) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            String status = f.get("/v1/audit/" + job, f.screenKey).json().get("status").asText();
            if (status.equals("DONE") || status.equals("FAILED")) return;
            Thread.sleep(200);
        }
    }

    private static Set<String> declared() {
        Set<String> all = new LinkedHashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> m = p.getValue().fields(); m.hasNext(); ) {
                Map.Entry<String, JsonNode> op = m.next();
                for (Iterator<String> s = op.getValue().get("responses").fieldNames(); s.hasNext(); ) {
                    all.add(op.getKey().toUpperCase() + " " + p.getKey() + " " + s.next());
                }
            }
        }
        return all;
    }
}
