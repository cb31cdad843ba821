package org.chokepoint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
        assertTrue(r[2].startsWith("error: no such file: "), r[2]);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "[{\"id\": \"A\"},\n {\"id\": }]");
        r = run("decide", bad.toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].startsWith("error: bad.json line 2: malformed JSON"), r[2]);
        assertTrue(!r[2].contains("\tat "), "no stack trace");
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
