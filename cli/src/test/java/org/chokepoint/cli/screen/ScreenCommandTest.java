package org.chokepoint.cli.screen;

import com.fasterxml.jackson.databind.JsonNode;
import org.chokepoint.app.json.HitJson;
import org.chokepoint.cases.db.Database;
import org.chokepoint.cases.db.Sql;
import org.chokepoint.cases.db.StoreConfig;
import org.chokepoint.cases.monitor.Digest;
import org.chokepoint.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScreenCommandTest {
    @Test
    void batchWritesOneLinePerInputInOrderWithErrorsNamingTheLine(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("names.csv");
        Files.writeString(in, """
                id,name,type
                a1,DANDONG KEHUA ECONOMY & TRADE CO. LTD.,organization
                a2,,person
                a3,Feliciano Baldini,person
                a4,Kim Jong Un,starship
                a5,--- ...,organization
                a6,Kim Jong Un,person
                """, StandardCharsets.UTF_8);
        Path out = dir.resolve("hits.jsonl");
        assertEquals(1, Main.run("screen", "--in", in.toString(), "--out", out.toString()), "three records in error");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(6, lines.size());
        JsonNode first = HitJson.JSON.readTree(lines.get(0));
        assertEquals("a1", first.get("id").asText());
        assertEquals("ofac-sdn", first.get("hits").get(0).get("source").asText());
        assertEquals("23175", first.get("hits").get(0).get("sourceId").asText());
        assertTrue(first.get("hits").get(0).get("score").asDouble() >= 0.99);
        assertTrue(first.get("hits").get(0).get("explanation").get("summary").asText().contains("kehua=kehua"));
        assertTrue(HitJson.JSON.readTree(lines.get(1)).get("error").asText().contains("line 3: no name"));
        assertEquals(0, HitJson.JSON.readTree(lines.get(2)).get("hits").size());
        assertTrue(HitJson.JSON.readTree(lines.get(3)).get("error").asText().contains("unknown type 'starship'"));
        assertTrue(HitJson.JSON.readTree(lines.get(4)).get("error").asText().contains("no letters or digits"));
        JsonNode last = HitJson.JSON.readTree(lines.get(5));
        assertEquals("a6", last.get("id").asText());
        // the run is on the audit trail, with the digest of exactly what was written
        try (Database db = Database.open(StoreConfig.embedded(Path.of(System.getProperty("chokepoint.home"))))) {
            String payload = db.read(c -> Sql.one(c, "SELECT payload FROM trail WHERE kind = 'screen' ORDER BY seq DESC LIMIT 1",
                    r -> r.getString(1))).orElseThrow();
            JsonNode p = HitJson.JSON.readTree(payload);
            assertEquals(in.toString(), p.get("file").asText());
            assertEquals(6, p.get("records").asInt());
            assertEquals(Digest.sha256(Files.readString(out, StandardCharsets.UTF_8)), p.get("resultSha256").asText());
        }
        double prev = 2;
        for (JsonNode h : last.get("hits")) {
            assertTrue(h.get("score").asDouble() <= prev && h.get("score").asDouble() >= 0.8);
            prev = h.get("score").asDouble();
        }
    }

    @Test
    void aCleanBatchExitsZeroAnEmptyOneWarnsAndExitsOne(@TempDir Path dir) throws Exception {
        Path clean = dir.resolve("clean.csv");
        Files.writeString(clean, "id,name\na1,Kim Jong Un\na2,Feliciano Baldini\n", StandardCharsets.UTF_8);
        assertEquals(0, Main.run("screen", "--in", clean.toString(), "--out", dir.resolve("a.jsonl").toString()));
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "id,name\n", StandardCharsets.UTF_8);
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(1, Main.run("screen", "--in", empty.toString(), "--out", dir.resolve("b.jsonl").toString()));
        } finally {
            System.setErr(oldErr);
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("warning: " + empty + " holds no record to screen"), err.toString(StandardCharsets.UTF_8));
    }

    /** NaN compares false with everything: it once passed the range check and hid every hit of a batch. */
    @Test
    void aThresholdOutsideZeroToOneOrNaNIsRefused(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("names.csv");
        Files.writeString(in, "id,name\na1,Kim Jong Un\n", StandardCharsets.UTF_8);
        for (String t : new String[]{"NaN", "-0.1", "1.5"}) {
            PrintStream oldErr = System.err;
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            try {
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                assertEquals(2, Main.run("screen", "--in", in.toString(), "--out", dir.resolve("o.jsonl").toString(), "--threshold", t), t);
            } finally {
                System.setErr(oldErr);
            }
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("--threshold must be between 0 and 1, not " + Double.parseDouble(t)),
                    err.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void explainChoosesHowMuchOfEachExplanationABatchLineCarries(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("names.csv");
        Files.writeString(in, "id,name,type,country\na1,Kim Jong Un,person,KP\n", StandardCharsets.UTF_8);
        JsonNode[] hit = new JsonNode[3];
        String[] levels = {"full", "summary", "none"};
        for (int k = 0; k < 3; k++) {
            Path out = dir.resolve(levels[k] + ".jsonl");
            assertEquals(0, Main.run("screen", "--in", in.toString(), "--out", out.toString(), "--explain", levels[k]));
            hit[k] = HitJson.JSON.readTree(Files.readString(out, StandardCharsets.UTF_8)).get("hits").get(0);
            assertEquals("20157", hit[k].get("sourceId").asText(), levels[k]);
        }
        JsonNode full = hit[0].get("explanation"), summary = hit[1].get("explanation");
        assertEquals(List.of("summary", "tokens", "evidence"), fieldNames(full));
        assertEquals("kim", full.get("tokens").get(0).get("query").asText());
        assertEquals(List.of("summary", "evidence"), fieldNames(summary));
        assertEquals(full.get("summary"), summary.get("summary"));
        assertEquals(full.get("evidence"), summary.get("evidence"));
        List<String> facts = new java.util.ArrayList<>();
        summary.get("evidence").forEach(e -> facts.add(e.get("fact").asText()));
        assertTrue(facts.contains("country"), facts.toString());
        assertTrue(hit[2].get("explanation") == null, hit[2].toString());
        assertEquals(hit[0].get("score"), hit[2].get("score"));
    }

    @Test
    void anUnknownExplainLevelIsRefusedBeforeTheListsLoad(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("names.csv");
        Files.writeString(in, "id,name\na1,Kim Jong Un\n", StandardCharsets.UTF_8);
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(2, Main.run("screen", "--in", in.toString(), "--out", dir.resolve("o.jsonl").toString(), "--explain", "verbose"));
        } finally {
            System.setErr(oldErr);
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("explain must be full, summary or none, not 'verbose'"), err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.notExists(dir.resolve("o.jsonl")));
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> out = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void jsonLinesInputWithABrokenLineGoesOn(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("names.jsonl");
        Files.writeString(in, "{\"id\": \"x1\", \"name\": \"Kim Jong Un\", \"type\": \"person\"}\n{not json\n"
                + "{\"id\": \"x3\", \"name\": \"Feliciano Baldini\"}\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("hits.jsonl");
        assertEquals(1, Main.run("screen", "--in", in.toString(), "--out", out.toString()), "the broken line is an error");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(3, lines.size());
        assertTrue(HitJson.JSON.readTree(lines.get(1)).get("error").asText().contains("names.jsonl line 2"));
        assertEquals("x3", HitJson.JSON.readTree(lines.get(2)).get("id").asText());
    }

    /**
     * A CSV record over the reader's limit is an error record and the batch goes on; --out is replaced only by a
     * complete result (the record aborted the batch and emptied an existing --out).
     */
    @Test
    void anOverlongRecordIsAnErrorRecordAndOutIsReplacedOnlyWhenComplete(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("names.csv");
        Files.writeString(in, "id,name\n1,Kim Jong Un\n2,\"" + "x".repeat(5_000_000) + "\"\n3,Mahan Air\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("hits.jsonl");
        Files.writeString(out, "the previous run's results\n");
        assertEquals(2, Main.run("screen", "--in", dir.toString(), "--out", out.toString()), "a folder is no input");
        assertEquals("the previous run's results\n", Files.readString(out), "a failed run leaves --out as it was");
        assertEquals(1, Main.run("screen", "--in", in.toString(), "--out", out.toString()));
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(3, lines.size());
        assertTrue(HitJson.JSON.readTree(lines.get(0)).get("hits").size() > 0);
        JsonNode tooLong = HitJson.JSON.readTree(lines.get(1));
        assertEquals(3, tooLong.get("line").asInt());
        assertEquals("names.csv line 3: record longer than 4,194,304 characters (the limit); skipped", tooLong.get("error").asText());
        assertEquals("3", HitJson.JSON.readTree(lines.get(2)).get("id").asText());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".tmp")).toList(), "no temporary file left");
        }
    }

    private static String errOf(String... args) {
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return code + " " + err.toString(StandardCharsets.UTF_8);
        } finally {
            System.setErr(oldErr);
        }
    }

    /**
     * A birth date that is not one and a name without letters fail at once, before the lists load (a bad
     * --birth-date was ignored silently); a name longer than the matcher reads is said to be cut.
     */
    @Test
    void badQueriesFailAtOnceAndACutNameIsSaid() {
        assertEquals("2 error: --birth-date 'not-a-date' is not a date: give 1984-01-08, 1984-01 or 1984\n",
                errOf("screen", "Kim Jong Un", "--birth-date", "not-a-date"));
        assertEquals("2 error: --birth-date '1984-02-30' is not a day of the calendar\n", errOf("screen", "Kim Jong Un", "--birth-date", "1984-02-30"));
        assertEquals("2 error: the name ' -- ' has no letters or digits to match\n", errOf("screen", " -- "));
        String cut = errOf("screen", "Kim Jong Un " + "x".repeat(400));
        assertTrue(cut.startsWith("0 note: the name has 412 characters; only its first 300 are matched\n"), cut);
        // 27 words, 160 characters: cut at the matcher's 24 tokens, which was not said
        String words = errOf("screen", "Kim Jong Un alpha bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike "
                + "november oscar papa quebec romeo sierra tango uniform victor whiskey xray");
        assertTrue(words.startsWith("0 note: the name has more words than the matcher reads; only its first 24 are matched (up to 'uniform')\n"), words);
    }

    /** A byte that is not UTF-8 is said, with its line and byte offset (it was decoded silently). */
    @Test
    void invalidUtf8IsReportedWithLineAndByteOffset(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("names.csv");
        byte[] head = "id,name\n1,Kim Jong Un\n2,M".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "ller Gr\u00fcn\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        all[head.length] = (byte) 0xFC; // Windows-1252 'ü' in a file that is otherwise UTF-8
        System.arraycopy(tail, 0, all, head.length + 1, tail.length);
        Files.write(in, all);
        PrintStream err = System.err;
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run("screen", "--in", in.toString(), "--out", dir.resolve("o.jsonl").toString()));
        } finally {
            System.setErr(err);
        }
        assertTrue(e.toString(StandardCharsets.UTF_8).contains("warning: names.csv line 3, byte offset " + head.length
                + ": not UTF-8 (1 malformed sequence in the file, read as U+FFFD"), e.toString(StandardCharsets.UTF_8));
    }

    @Test
    void singleNamePrintsATableWithExplanations() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run("screen", "Dandong Kehua Economic and Trade", "--type", "organization"));
        } finally {
            System.setOut(old);
        }
        String text = buf.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("ofac-sdn:23175"), text);
        assertTrue(text.contains("kehua=kehua exact"), text);
    }

    @Test
    void countryGivenByNameInAnyLanguageAgreesWithTheListsIsoCodes(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("names.csv");
        Files.writeString(in, "id,name,type,country\n"
                + "a,Dandong Kehua Economy and Trade,organization,China\n"
                + "b,Dandong Kehua Economy and Trade,organization,中国\n"
                + "c,Dandong Kehua Economy and Trade,organization,Germany\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("hits.jsonl");
        assertEquals(0, Main.run("screen", "--in", in.toString(), "--out", out.toString()));
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        for (int i = 0; i < 2; i++) {
            var top = HitJson.JSON.readTree(lines.get(i)).get("hits").get(0);
            assertEquals("23175", top.get("sourceId").asText());
            assertTrue(top.get("explanation").get("summary").asText().endsWith("country +0.03"), top.toString());
        }
        var germany = HitJson.JSON.readTree(lines.get(2)).get("hits").get(0);
        assertTrue(germany.get("explanation").get("summary").asText().endsWith("country -0.05"), germany.toString());
    }
}
