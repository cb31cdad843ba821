package org.chokepoint.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.chokepoint.cases.db.Sql;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parties, cases, actions, the changes feed and the screening trail through the real server. */
class CasesApiTest {
    private final ServerFixture s = ServerFixture.shared();

    @Test
    void partyToDismissedCase() {
        String pid = "api-" + java.util.UUID.randomUUID(); // the shared fixture's database outlives one run
        assertEquals(403, s.post("/v1/parties", s.screenKey, "{\"parties\":[{\"id\":\"x\",\"name\":\"y\"}]}").status());
        ServerFixture.Reply bad = s.post("/v1/parties", s.reviewKey, "{\"parties\":[{\"id\":\"api-1\"}]}");
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("parties[0]: no name"), bad.body());

        ServerFixture.Reply up = s.post("/v1/parties", s.reviewKey,
                "{\"parties\":[{\"id\":\"" + pid + "\",\"name\":\"Dandong Hongxiang Industrial Development Co Ltd\",\"type\":\"company\",\"segment\":\"trade\"}]}");
        assertEquals(200, up.status(), up.body());
        assertEquals(1, up.json().get("created").asInt());
        assertTrue(up.json().get("alertsOpened").asInt() >= 1, up.body());

        JsonNode queue = s.get("/v1/cases?minScore=0.9", s.reviewKey).json().get("cases");
        JsonNode mine = null;
        for (JsonNode c : queue) if (c.get("party").asText().equals(pid)) mine = c;
        assertTrue(mine != null, queue.toString());
        long id = mine.get("id").asLong();
        JsonNode detail = s.get("/v1/cases/" + id, s.reviewKey).json();
        assertEquals("trade", detail.get("party").get("attributes").get("segment").asText());
        assertEquals("open", detail.get("alerts").get(0).get("state").asText());

        ServerFixture.Reply noReason = s.post("/v1/cases/" + id + "/actions", s.reviewKey, "{\"action\":\"dismiss\"}");
        assertEquals(400, noReason.status());
        assertTrue(noReason.body().contains("dismiss needs a reason"), noReason.body());
        assertEquals(404, s.post("/v1/cases/99999/actions", s.reviewKey, "{\"action\":\"comment\",\"reason\":\"x\"}").status());
        ServerFixture.Reply done = s.post("/v1/cases/" + id + "/actions", s.reviewKey, "{\"action\":\"dismiss\",\"reason\":\"a florist\"}");
        assertEquals(201, done.status(), done.body());
        assertEquals("key:test-review", done.json().get("actor").asText());
        assertEquals("closed", s.get("/v1/cases/" + id, s.reviewKey).json().get("state").asText());

        JsonNode changes = s.get("/v1/changes?since=2000-01-01", s.reviewKey).json();
        assertTrue(changes.get("alerts").size() >= 1, changes.toString());
        assertEquals(400, s.get("/v1/changes", s.reviewKey).status());
    }

    @Test
    void everyScreeningCallIsOnTheTrail() {
        long before = s.cases.database().read(c -> Sql.longValue(c, "SELECT COUNT(*) FROM trail WHERE kind = 'screen'"));
        assertEquals(200, s.post("/v1/screen", s.screenKey, "{\"name\":\"Kim Jong Un\"}").status());
        String payload = s.cases.database().read(c -> Sql.one(c, "SELECT payload FROM trail WHERE kind = 'screen' ORDER BY seq DESC LIMIT 1",
                r -> r.getString(1))).orElseThrow();
        long after = s.cases.database().read(c -> Sql.longValue(c, "SELECT COUNT(*) FROM trail WHERE kind = 'screen'"));
        assertEquals(before + 1, after);
        assertTrue(payload.contains("\"query\":{\"name\":\"Kim Jong Un\"}") && payload.contains("\"resultSha256\":"), payload);
        assertTrue(s.cases.trail().verify().ok());
    }

    @Test
    void matchAndDecideCallsAreOnTheTrailToo() throws java.io.IOException {
        ServerFixture.Reply match = s.post("/match/default", s.screenKey,
                "{\"queries\":{\"q1\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"Kim Jong Un\"]}}}}");
        assertEquals(200, match.status(), match.body());
        String m = s.cases.database().read(c -> Sql.one(c, "SELECT actor || ' ' || payload FROM trail WHERE kind = 'match' ORDER BY seq DESC LIMIT 1",
                r -> r.getString(1))).orElseThrow();
        assertTrue(m.startsWith("key:test-screen {\"query\":{\"queries\":{\"q1\"") && m.contains("\"hits\":"), m);
        assertEquals(org.chokepoint.cases.monitor.Digest.sha256(match.body()), sha(m), "the digest is of the answer as sent");
        long before = s.cases.database().read(c -> Sql.longValue(c, "SELECT COUNT(*) FROM trail WHERE kind = 'decide'"));
        com.fasterxml.jackson.databind.node.ObjectNode batch = ServerFixture.JSON.createObjectNode();
        batch.set("transactions", DecideApiTest.example());
        batch.put("asOf", "2012-06-01");
        ServerFixture.Reply decide = s.post("/v1/decide", s.screenKey, batch.toString());
        assertEquals(200, decide.status(), decide.body());
        String d = s.cases.database().read(c -> Sql.one(c, "SELECT payload FROM trail WHERE kind = 'decide' ORDER BY seq DESC LIMIT 1",
                r -> r.getString(1))).orElseThrow();
        assertEquals(before + 1, (long) s.cases.database().read(c -> Sql.longValue(c, "SELECT COUNT(*) FROM trail WHERE kind = 'decide'")));
        assertEquals(org.chokepoint.cases.monitor.Digest.sha256(decide.body()), sha(d));
        assertTrue(d.contains("\"hits\":2"), d);
    }

    private static String sha(String payload) {
        int i = payload.indexOf("\"resultSha256\":\"") + "\"resultSha256\":\"".length();
        return payload.substring(i, i + 64);
    }
}
