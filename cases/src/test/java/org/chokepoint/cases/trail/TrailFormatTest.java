package org.chokepoint.cases.trail;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The export formats on single records: what is quoted, what is embedded, byte for byte. */
class TrailFormatTest {
    private static final String H = "ab".repeat(32);

    private static TrailRecord withPayload(String payload) {
        return new TrailRecord(4, "2026-12-01T10:00:00.000Z", "key:ops", "decide", "party:C-1", payload, TrailRecord.GENESIS, H);
    }

    @Test
    void jsonPayloadIsEmbeddedAsStored() {
        // parsed and written again, 1.10 would become 1.1 and the escape a character: the hash could not be recomputed
        String payload = "{\"amount\":1.10,\"name\":\"Ren\\u00e9\",\"ids\":[1,2]}";
        assertEquals("{\"seq\":4,\"at\":\"2026-12-01T10:00:00.000Z\",\"actor\":\"key:ops\",\"kind\":\"decide\",\"subject\":\"party:C-1\","
                + "\"payload\":" + payload + ",\"prevHash\":\"" + TrailRecord.GENESIS + "\",\"hash\":\"" + H + "\"}", TrailJson.line(withPayload(payload)));
    }

    @Test
    void payloadWithALineBreakIsWrittenCompactSoTheLineHolds() {
        assertEquals("{\"a\":1}", TrailJson.toJson(withPayload("{\"a\":\n 1}")).get("payload").toString());
        assertEquals(-1, TrailJson.line(withPayload("{\"a\":\r\n 1}")).indexOf('\n'));
    }

    @Test
    void payloadThatIsNotJsonIsAString() {
        assertEquals("not json", TrailJson.toJson(withPayload("not json")).get("payload").asText());
        assertEquals("{\"a\":1} x", TrailJson.toJson(withPayload("{\"a\":1} x")).get("payload").asText());
        assertEquals("", TrailJson.toJson(withPayload("")).get("payload").asText());
    }

    @Test
    void csvQuotesWhatRfc4180Requires() {
        assertEquals("plain", TrailCsv.field("plain"));
        assertEquals("\"a,b\"", TrailCsv.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", TrailCsv.field("say \"hi\""));
        assertEquals("\"two\nlines\"", TrailCsv.field("two\nlines"));
        assertEquals("\"cr\rhere\"", TrailCsv.field("cr\rhere"));
        assertEquals("4,2026-12-01T10:00:00.000Z,key:ops,decide,party:C-1,\"{\"\"a\"\":1,\"\"b\"\":2}\"," + TrailRecord.GENESIS + "," + H,
                TrailCsv.line(withPayload("{\"a\":1,\"b\":2}")));
    }

    @Test
    void formatsWriteHeaderAndLineEnds() throws IOException {
        StringWriter csv = new StringWriter();
        TrailFormat.CSV.begin(csv);
        TrailFormat.CSV.write(csv, withPayload("1"));
        assertEquals(TrailCsv.HEADER + "\r\n" + "4,2026-12-01T10:00:00.000Z,key:ops,decide,party:C-1,1," + TrailRecord.GENESIS + "," + H + "\r\n",
                csv.toString());
        StringWriter jsonl = new StringWriter();
        TrailFormat.JSONL.begin(jsonl);
        TrailFormat.JSONL.write(jsonl, withPayload("1"));
        assertEquals(TrailJson.line(withPayload("1")) + "\n", jsonl.toString());
        assertEquals(TrailFormat.CSV, TrailFormat.of(" CSV "));
        assertThrows(IllegalArgumentException.class, () -> TrailFormat.of("xml"));
    }
}
