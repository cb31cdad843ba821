package org.chokepoint.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The worked example of the README decided over HTTP: the same verdicts as {@code chokepoint decide}. */
class DecideApiTest {
    private final ServerFixture f = ServerFixture.shared();

    static ArrayNode example() throws IOException {
        Path file = Path.of(System.getProperty("user.dir")).resolve("../examples/nk-case/transactions.json").normalize();
        return (ArrayNode) ServerFixture.JSON.readTree(file.toFile());
    }

    @Test
    void theWorkedExampleAsOf2012AndToday() throws IOException {
        ObjectNode batch = ServerFixture.JSON.createObjectNode();
        batch.set("transactions", example());
        batch.put("asOf", "2012-06-01");
        var r = f.post("/v1/decide", f.screenKey, batch.toString());
        assertEquals(200, r.status(), r.body());
        JsonNode results = r.json().get("results");
        assertEquals("NK-2012-BTS", results.get(0).get("transaction").asText());
        assertEquals("LICENCE_REQUIRED", results.get(0).get("verdict").asText());
        assertEquals("REVIEW", results.get(1).get("verdict").asText());
        assertEquals(f.engine.snapshot().current().id(), results.get(0).get("snapshot").asText());
        assertTrue(results.get(0).get("rules").asText().contains("country-chart.tsv"));
        boolean deMinimis = false;
        for (JsonNode finding : results.get(0).get("findings")) {
            if (finding.get("rule").asText().equals("item.licence.kp-ear")) deMinimis = finding.get("verdict").asText().equals("LICENCE_REQUIRED");
        }
        assertTrue(deMinimis, results.get(0).toString());

        batch.put("asOf", "2026-11-23");
        JsonNode today = f.post("/v1/decide", f.screenKey, batch.toString()).json().get("results");
        assertEquals("BLOCK", today.get(0).get("verdict").asText());
        assertEquals("BLOCK", today.get(1).get("verdict").asText());
    }

    @Test
    void oneTransactionWithInlineOwnershipIsBlockedByThe50PercentRule() throws IOException {
        ObjectNode tx = (ObjectNode) example().get(1).deepCopy();
        // the buyer is declared 60 % owned by the SDN-listed consignee: blocked under OFAC's 50 % rule
        ((ObjectNode) tx.get("parties").get(0)).put("name", "Harbour Light Trading Co.");
        tx.put("asOf", "2026-11-23");
        ArrayNode own = tx.putArray("ownership");
        own.addObject().put("owner", "Dandong Kehua Economy & Trade Co., Ltd.").put("owned", "Harbour Light Trading Co.").put("share", 60);
        var r = f.post("/v1/decide", f.screenKey, tx.toString());
        assertEquals(200, r.status(), r.body());
        JsonNode d = r.json();
        assertEquals("NK-2014-SPARES", d.get("transaction").asText());
        boolean ownership = false;
        for (JsonNode finding : d.get("findings")) {
            if (finding.get("rule").asText().startsWith("ownership") && finding.get("verdict").asText().equals("BLOCK")) ownership = true;
        }
        assertTrue(ownership, d.toString());
    }

    @Test
    void badInputNamesTheField() {
        var date = f.post("/v1/decide", f.screenKey, "{\"transactions\": [], \"asOf\": \"June 2012\"}");
        assertEquals(400, date.status());
        assertEquals("asOf: not a date (YYYY-MM-DD): 'June 2012'", date.json().get("error").asText());
        var share = f.post("/v1/decide", f.screenKey, "{\"transactions\": [], \"ownership\": [{\"owner\": \"A\", \"owned\": \"B\", \"share\": 170}]}");
        assertEquals(400, share.status());
        assertTrue(share.json().get("error").asText().contains("ownership[0].share"), share.body());
        var notArray = f.post("/v1/decide", f.screenKey, "{\"transactions\": {}}");
        assertEquals(400, notArray.status());
        assertEquals("transactions: an array is expected", notArray.json().get("error").asText());
        // a transaction that cannot be judged is never CLEAR
        var empty = f.post("/v1/decide", f.screenKey, "{\"id\": \"T1\"}");
        assertEquals(200, empty.status());
        assertEquals("REVIEW", empty.json().get("verdict").asText());
    }
}
