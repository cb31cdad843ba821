package org.chokepoint.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.chokepoint.server.auth.KeyStore;
import org.chokepoint.server.auth.Role;
import org.chokepoint.sources.snapshot.SnapshotStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keys, roles, limits and error bodies, against the real server. */
class SecurityTest {
    private final ServerFixture f = ServerFixture.shared();

    @Test
    void probesNeedNoKeyButEverythingElseDoes() {
        assertEquals(200, f.get("/healthz", null).status());
        assertEquals(200, f.get("/readyz", null).status());
        for (String path : new String[]{"/metrics", "/openapi.json", "/v1/lists", "/v1/lists/snapshots", "/v1/entities/ofac-sdn/20157"}) {
            var r = f.get(path, null);
            assertEquals(401, r.status(), path);
            assertTrue(r.json().get("error").asText().contains("API key is required"), r.body());
            assertEquals("Bearer", r.raw().headers().firstValue("WWW-Authenticate").orElse(""));
        }
        assertEquals(401, f.post("/v1/screen", null, "{\"name\":\"x\"}").status());
        assertEquals(401, f.post("/v1/screen", "cpk_not-a-real-key", "{\"name\":\"x\"}").status());
    }

    @Test
    void theKeyIsAcceptedInEachOfTheThreeHeaderForms() {
        String body = "{\"name\": \"Kim Jong Un\"}";
        for (String[] h : new String[][]{{"Authorization", "Bearer " + f.screenKey}, {"Authorization", "ApiKey " + f.screenKey},
                {"X-API-Key", f.screenKey}}) {
            var r = f.send(HttpRequest.newBuilder(f.uri("/v1/screen")).header(h[0], h[1]).POST(HttpRequest.BodyPublishers.ofString(body)).build());
            assertEquals(200, r.status(), h[0] + " " + h[1].split(" ")[0]);
        }
    }

    @Test
    void aWeakerRoleIsForbiddenAndTheKeyNeverAppearsInResponses() {
        var r = f.post("/v1/lists/activate", f.screenKey, "{\"snapshot\": \"active\"}");
        assertEquals(403, r.status());
        assertTrue(r.json().get("error").asText().contains("role 'admin'"), r.body());
        assertEquals(403, f.post("/v1/lists/activate", f.reviewKey, "{\"snapshot\": \"active\"}").status());
        assertFalse(r.body().contains(f.screenKey));
        String metrics = f.get("/metrics", f.adminKey).body();
        assertFalse(metrics.contains(f.screenKey) || metrics.contains(f.adminKey));
    }

    @Test
    void aRevokedKeyIsRefusedWithinASecond() throws Exception {
        KeyStore keys = new KeyStore(f.engine.config().home());
        KeyStore.Created c = keys.create("short-lived", Role.SCREEN);
        assertEquals(200, f.get("/v1/lists", c.key()).status());
        assertTrue(keys.revoke(c.stored().id()));
        long deadline = System.currentTimeMillis() + 3000;
        int status = 200;
        while (status == 200 && System.currentTimeMillis() < deadline) {
            status = f.get("/v1/lists", c.key()).status();
            if (status == 200) Thread.sleep(100);
        }
        assertEquals(401, status);
        assertFalse(Files.readString(keys.file()).contains(c.key()), "only the hash is stored");
    }

    @Test
    void malformedJsonNamesThePosition() {
        var r = f.post("/v1/screen", f.screenKey, "{\"name\": \"Kim\",\n \"type\": }");
        assertEquals(400, r.status());
        assertTrue(r.json().get("error").asText().startsWith("malformed JSON at line 2, column 10"), r.body());
        var wrongType = f.post("/v1/screen", f.screenKey, "{\"queries\": [{\"name\": \"A\"}, {\"name\": 7}]}");
        assertEquals(400, wrongType.status());
        assertEquals("queries[1].name: a string is expected", wrongType.json().get("error").asText());
        var unknownType = f.post("/v1/screen", f.screenKey, "{\"name\": \"A\", \"type\": \"starship\"}");
        assertEquals(400, unknownType.status());
        assertTrue(unknownType.json().get("error").asText().startsWith("type: unknown type 'starship'"));
    }

    @Test
    void noResponseCarriesAStackTraceAClassNameOrAPath() {
        String[] bodies = {"{", "[1,2", "\"text\"", "{\"queries\": 5}", "{\"name\": \"" + "A".repeat(600) + "\"}", "nul", "{\"name\": {\"a\": [[[[[[]]]]]]}}"};
        for (String b : bodies) {
            var r = f.post("/v1/screen", f.screenKey, b);
            assertTrue(r.status() >= 400 && r.status() < 500, b + " → " + r.status());
            assertClean(r.body());
        }
        var unknown = f.get("/v1/nothing-here", f.screenKey);
        assertEquals(404, unknown.status());
        assertClean(unknown.body());
        var missing = f.get("/v1/entities/ofac-sdn/999999999", f.screenKey);
        assertEquals(404, missing.status());
        assertClean(missing.body());
    }

    @Test
    void limitsAnswer413WithTheLimitNamed(@TempDir Path home) throws IOException {
        new SnapshotStore(home).saveAndActivate(SmallSnapshots.of("2026-11-24T00:00:00Z", "1", "ALPHA TRADING"));
        ServerConfig.Limits tight = new ServerConfig.Limits(2_000, 3, 100, 40, 1_000, 1, 10);
        ServerFixture small = ServerFixture.over(home, ServerConfig.defaults().withLimits(tight).withWatchMillis(0));
        try {
            var body = small.post("/v1/screen", small.screenKey, "{\"name\": \"" + "A".repeat(3_000) + "\"}");
            assertEquals(413, body.status());
            assertEquals("body", body.json().get("limit").asText());
            var batch = small.post("/v1/screen", small.screenKey, "{\"queries\": [{\"name\":\"a\"},{\"name\":\"b\"},{\"name\":\"c\"},{\"name\":\"d\"}]}");
            assertEquals(413, batch.status());
            assertEquals("batch", batch.json().get("limit").asText());
            var name = small.post("/v1/screen", small.screenKey, "{\"name\": \"" + "A".repeat(41) + "\"}");
            assertEquals(413, name.status());
            assertEquals("name", name.json().get("limit").asText());
            var upload = small.send(HttpRequest.newBuilder(small.uri("/v1/audit?name=x.csv")).header("X-API-Key", small.screenKey)
                    .POST(HttpRequest.BodyPublishers.ofString("a,b\n".repeat(500))).build());
            assertEquals(413, upload.status());
            assertEquals("upload", upload.json().get("limit").asText());
        } finally {
            small.close();
        }
    }

    @Test
    void aKeyWithTooManyRequestsInFlightGets429(@TempDir Path home) throws Exception {
        new SnapshotStore(home).saveAndActivate(SmallSnapshots.of("2026-11-24T00:00:00Z", "1", "ALPHA TRADING"));
        ServerConfig.Limits one = new ServerConfig.Limits(1 << 20, 10, 100, 100, 1 << 20, 1, 10);
        ServerFixture small = ServerFixture.over(home, ServerConfig.defaults().withLimits(one).withWatchMillis(0));
        Socket held = small.holdPermit(small.screenKey);
        try {
            ServerFixture.Reply second = null;
            long deadline = System.currentTimeMillis() + 10_000;
            while (System.currentTimeMillis() < deadline) {
                second = small.post("/v1/screen", small.screenKey, "{\"name\": \"Alpha Trading\"}");
                if (second.status() == 429) break;
                // the screen request may be dispatched first and refuse the held upload its permit: hold again
                if (ServerFixture.answered(held)) {
                    held.close();
                    held = small.holdPermit(small.screenKey);
                }
                Thread.sleep(50);
            }
            assertEquals(429, second.status(), second.body());
            JsonNode err = second.json();
            assertEquals("concurrent requests for this key", err.get("limit").asText());
            assertEquals(200, small.post("/v1/screen", small.adminKey, "{\"name\": \"Alpha Trading\"}").status(), "other keys are not held back");
            assertEquals("HTTP/1.1 202 Accepted", ServerFixture.release(held));
            assertEquals(200, small.post("/v1/screen", small.screenKey, "{\"name\": \"Alpha Trading\"}").status());
        } finally {
            held.close();
            small.close();
        }
    }

    private static void assertClean(String body) {
        assertFalse(body.contains("Exception"), body);
        assertFalse(body.contains("org.chokepoint") || body.contains("java.") || body.contains("jackson"), body);
        assertFalse(body.contains("/work/") || body.contains("/tmp/") || body.contains(".chokepoint"), body);
        assertFalse(body.contains("\tat "), body);
    }
}
