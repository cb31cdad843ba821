package org.chokepoint.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The development export audited as a job over HTTP: decoded codes, judgement, report; jobs are private to their key. */
class AuditApiTest {
    private final ServerFixture f = ServerFixture.shared();

    @Test
    void anUploadedExportIsDecodedJudgedAndReported() throws Exception {
        Path dev = Path.of(System.getProperty("chokepoint.eval")).resolve("audit/projects-dev.csv");
        var submitted = f.send(HttpRequest.newBuilder(f.uri("/v1/audit?name=projects-dev.csv&asOf=2026-11-23"))
                .header("X-API-Key", f.screenKey).POST(HttpRequest.BodyPublishers.ofFile(dev)).build());
        assertEquals(202, submitted.status(), submitted.body());
        String job = submitted.json().get("job").asText();
        assertEquals("/v1/audit/" + job, submitted.raw().headers().firstValue("Location").orElse(""));

        JsonNode status = null;
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            status = f.get("/v1/audit/" + job, f.screenKey).json();
            if (status.get("status").asText().equals("DONE") || status.get("status").asText().equals("FAILED")) break;
            Thread.sleep(250);
        }
        assertEquals("DONE", status.get("status").asText(), status.toString());
        assertEquals(1.0, status.get("progress").asDouble());
        JsonNode result = status.get("result");
        assertEquals("projects-dev.csv", result.get("audit").get("file").asText(), "the upload's name, not the server's folder");
        assertEquals(2400, result.get("audit").get("rows").asInt());
        String a9 = null;
        for (JsonNode c : result.get("audit").get("codes")) if (c.get("code").asText().equals("A9")) a9 = c.get("candidates").get(0).get("alpha2").asText();
        assertEquals("KP", a9);
        JsonNode kp = null;
        for (JsonNode j : result.get("judgement")) if (j.get("code").asText().equals("A9")) kp = j;
        assertEquals("BLOCK", kp.get("worst").asText());
        assertEquals(f.engine.snapshot().current().id(), result.get("snapshot").asText());

        var report = f.get("/v1/audit/" + job + "/report", f.screenKey);
        assertEquals(200, report.status());
        assertTrue(report.raw().headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(report.body().contains("<svg") && report.body().contains("A9"), "a report with charts");
        assertFalse(report.body().contains(f.engine.config().home().toString()), "no server paths in the report");

        assertEquals(404, f.get("/v1/audit/" + job, f.reviewKey).status(), "another key does not see the job");
        assertEquals(200, f.get("/v1/audit/" + job, f.adminKey).status(), "an admin does");
        assertEquals(404, f.get("/v1/audit/no-such-job", f.screenKey).status());
    }

    @Test
    void anUnsafeFileNameOrEmptyUploadIsRefused() {
        var traversal = f.send(HttpRequest.newBuilder(f.uri("/v1/audit?name=..%2F..%2Fetc%2Fpasswd")).header("X-API-Key", f.screenKey)
                .POST(HttpRequest.BodyPublishers.ofString("a,b\n")).build());
        assertEquals(400, traversal.status());
        var empty = f.send(HttpRequest.newBuilder(f.uri("/v1/audit?name=x.csv")).header("X-API-Key", f.screenKey)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(400, empty.status());
        assertEquals("empty upload: send the export as the request body", empty.json().get("error").asText());
    }
}
