package org.chokepoint.server;

import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetricsTest {
    private final ServerFixture f = ServerFixture.shared();

    private static long value(String metrics, String series) {
        Matcher m = Pattern.compile("^" + Pattern.quote(series) + " (\\d+)$", Pattern.MULTILINE).matcher(metrics);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    @Test
    void requestsLatencyErrorsAndGaugesInPrometheusFormat() {
        String before = f.get("/metrics", f.screenKey).body();
        String ok = "chokepoint_http_requests_total{method=\"POST\",route=\"/v1/screen\",status=\"200\"}";
        String bad = "chokepoint_http_requests_total{method=\"POST\",route=\"/v1/screen\",status=\"400\"}";
        long ok0 = value(before, ok);
        long bad0 = value(before, bad);
        for (int i = 0; i < 3; i++) assertEquals(200, f.post("/v1/screen", f.screenKey, "{\"name\": \"Mahan Air\"}").status());
        assertEquals(400, f.post("/v1/screen", f.screenKey, "{").status());
        var r = f.get("/metrics", f.screenKey);
        assertEquals(200, r.status());
        assertTrue(r.raw().headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
        String m = r.body();
        assertEquals(ok0 + 3, value(m, ok));
        assertEquals(bad0 + 1, value(m, bad));
        long count = value(m, "chokepoint_http_request_duration_seconds_count{method=\"POST\",route=\"/v1/screen\"}");
        long inf = value(m, "chokepoint_http_request_duration_seconds_bucket{method=\"POST\",route=\"/v1/screen\",le=\"+Inf\"}");
        assertEquals(count, inf);
        assertTrue(count >= 4);
        assertTrue(m.contains("chokepoint_http_errors_total{method=\"POST\",route=\"/v1/screen\",kind=\"client\"}"));
        assertEquals(47_450, value(m, "chokepoint_index_entities"));
        assertEquals(1, value(m, "chokepoint_ready"));
        assertTrue(value(m, "chokepoint_screening_workers") >= 1, "the screens above used at least one worker");
        assertTrue(m.contains("chokepoint_snapshot_age_seconds "));
        assertTrue(value(m, "jvm_memory_heap_used_bytes") > 0);
        assertTrue(m.contains("# TYPE chokepoint_http_request_duration_seconds histogram"));
    }
}
