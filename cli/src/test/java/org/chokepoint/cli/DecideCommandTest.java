package org.chokepoint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecideCommandTest {
    private static String[] run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return new String[]{String.valueOf(code), o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void missingAndMalformedFilesAreClearErrors(@TempDir Path dir) throws IOException {
        String[] r = run("decide", dir.resolve("nope.json").toString());
        assertEquals("2", r[0]);
        assertEquals("error: " + dir.resolve("nope.json") + ": no such file\n", r[2]);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "[{\"id\": \"A\"},\n {\"id\": }]");
        r = run("decide", bad.toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].startsWith("error: bad.json line 2: malformed JSON"), r[2]);
        assertTrue(!r[2].contains("\tat "), "no stack trace");
    }

    /**
     * A malformed JSON line is an error record naming its line, and the file goes on (it aborted decide, naming
     * another line); the batch exits 1; --out keeps one line per record.
     */
    @Test
    void aBadJsonLineIsReportedByItsLineAndTheBatchGoesOn(@TempDir Path dir) throws IOException {
        Path tx = dir.resolve("tx.jsonl");
        Files.writeString(tx, """
                {"id": "A", "date": "2025-03-01", "parties": [{"role": "buyer", "name": "Mahan Air", "country": "IR"}], "route": {"destination": "IR"}}

                {"id": "B", "parties": [{"role": "buyer", "name": }]}
                {"id": "C", "date": "2025-03-01", "parties": [{"role": "buyer", "name": "Acme Tools", "country": "DE"}], "route": {"destination": "DE"}} trailing
                {"id": "D", "date": "2025-03-01", "parties": [{"role": "buyer", "name": "Acme Tools", "country": "DE"}], "route": {"destination": "DE"}}
                """);
        Path out = dir.resolve("decisions.jsonl");
        String[] r = run("decide", tx.toString(), "--out", out.toString());
        assertEquals("1", r[0], r[2]);
        List<String> lines = Files.readAllLines(out);
        assertEquals(4, lines.size());
        assertTrue(lines.get(0).startsWith("{\"transaction\":\"A\",\"verdict\":\"BLOCK\""), lines.get(0));
        assertTrue(lines.get(1).startsWith("{\"line\":3,\"error\":\"tx.jsonl line 3: malformed JSON: Unexpected character ('}'"), lines.get(1));
        assertTrue(lines.get(2).startsWith("{\"line\":4,\"error\":\"tx.jsonl line 4: malformed JSON: "), lines.get(2));
        assertTrue(lines.get(3).startsWith("{\"transaction\":\"D\""), lines.get(3));
        assertTrue(r[1].contains("; 2 record(s) could not be read"), r[1]);
        assertTrue(r[2].contains("2 of 4 record(s) could not be read"), r[2]);
    }

    /** What the user gave is checked before the lists load, and a refused run leaves an existing --out as it was. */
    @Test
    void badOptionsFailAtOnceAndLeaveOutAlone(@TempDir Path dir) throws IOException {
        Path tx = dir.resolve("tx.jsonl");
        Files.writeString(tx, "{\"id\": \"A\"}\n");
        Path out = dir.resolve("decisions.jsonl");
        Files.writeString(out, "kept\n");
        String[] r = run("decide", tx.toString(), "--ownership", dir.resolve("missing.csv").toString(), "--out", out.toString());
        assertEquals("2", r[0]);
        assertEquals("error: --ownership " + dir.resolve("missing.csv") + ": no such file\n", r[2]);
        r = run("decide", tx.toString(), "--out", dir.resolve("no/such/dir/x.jsonl").toString());
        assertEquals("error: --out " + dir.resolve("no/such/dir/x.jsonl") + ": the folder " + dir.resolve("no/such/dir")
                + " does not exist\n", r[2]);
        r = run("decide", tx.toString(), "--threshold", "NaN");
        assertEquals("error: --threshold must be between 0 and 1, not NaN\n", r[2]);
        r = run("decide", dir.toString());
        assertEquals("error: " + dir + " is a folder; give a file\n", r[2], "said before the lists load");
        assertEquals("kept\n", Files.readString(out));
    }

    @Test
    void textOutputCitesAndOwnershipBlocksAnUnlistedSubsidiary(@TempDir Path dir) throws IOException {
        // Test fixture: the ownership below is invented for the test; the owner is the real SDN entry 23175.
        Path own = dir.resolve("own.csv");
        Files.writeString(own, "owner,owned,share\n\"Dandong Kehua Economy & Trade Co., Ltd.\",Example Rail Forwarding Co.,50%\n");
        Path tx = dir.resolve("tx.json");
        Files.writeString(tx, """
                {"id": "OWN-1", "date": "2025-03-01", "currency": "USD",
                 "parties": [{"role": "buyer", "name": "Example Rail Forwarding Co.", "country": "CN", "address": "Shenyang"},
                             {"role": "end user", "name": "Example Rail Forwarding Co.", "country": "CN", "address": "Shenyang"}],
                 "items": [{"eccn": "EAR99", "value": 1000, "usContent": 0, "originCountry": "CN"}],
                 "route": {"destination": "CN"}, "endUse": "rail signalling", "payment": "wire"}
                """);
        String[] r = run("decide", tx.toString(), "--ownership", own.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].startsWith("OWN-1: BLOCK"), r[1]);
        assertTrue(r[1].contains("ownership.ofac-50"), r[1]);
        assertTrue(r[1].contains("owned 50 % in aggregate by blocked owners: 50 % by [Dandong Kehua Economy & Trade Co., Ltd. (blocked person)]"), r[1]);
        assertTrue(r[1].contains("cite: 31 CFR 501.801"), r[1]);
        assertTrue(r[1].contains("1 transactions: 0 CLEAR, 0 REVIEW, 0 LICENCE REQUIRED, 1 BLOCK"), r[1]);
    }
}
