package org.chokepoint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditCommandTest {
    @TempDir
    Path dir;

    private static final Path DEV = Path.of(System.getProperty("chokepoint.eval"), "audit", "projects-dev.csv");

    /** Runs the command line, returns {exit code, standard output}. */
    private static Object[] run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return new Object[]{code, buf.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void devExportDecodedJudgedAndReported() throws Exception {
        Path html = dir.resolve("audit.html");
        Object[] r = run("audit", DEV.toString(), "--report", html.toString());
        String out = (String) r[1];
        assertEquals(1, r[0], out);
        assertTrue(out.contains("code A9 = North Korea (1.00): 98 rows (88 with own evidence), 2008–2016"), out);
        assertTrue(out.contains("code A5 = Iran (1.00): 93 rows, 2008–2016, value 82,343,000 IRR, 341,166,000 USD; all 93 BLOCK"), out);
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertTrue(page.contains("<svg"), "inline chart");
        assertFalse(page.contains("http://") && page.contains("<script src"), "nothing fetched");
        assertTrue(page.contains("Kang Song NET"), "evidence table");
        assertTrue(page.contains("Judgement of the decoded records"));
    }

    @Test
    void jsonOutputCarriesEveryDecodedRow() throws Exception {
        Object[] r = run("audit", DEV.toString(), "--json", "--no-judge");
        JsonNode json = new ObjectMapper().readTree((String) r[1]);
        JsonNode codes = json.path("audit").path("codes");
        assertEquals(3, codes.size());
        int rows = 0;
        for (JsonNode c : codes) rows += c.path("verdicts").size();
        assertEquals(291, rows);
        assertEquals("KP", codes.get(1).path("candidates").get(0).path("alpha2").asText());
    }

    @Test
    void blankDestinationsWhoseCluesNameNorthKoreaAreNeverNothingHidden() throws Exception {
        StringBuilder sb = new StringBuilder("id,country,city,phone,currency\n");
        for (int i = 0; i < 20; i++) sb.append("R").append(i).append(i % 2 == 0 ? ",Germany,Hamburg,+49 40 123456,EUR\n" : ",Spain,Sevilla,+34 954 123 456,EUR\n");
        sb.append("B1,n/a,Pyongyang,+850 2 381 1000,KPW\nB2,-,Pyongyang,+850 2 381 1001,KPW\n");
        Path f = Files.writeString(dir.resolve("blanks.csv"), sb.toString());
        Object[] r = run("audit", f.toString(), "--no-judge");
        assertEquals(1, r[0], "exit 1: something is hidden");
        String out = (String) r[1];
        assertTrue(out.contains("rows with no destination: 2 rows name no destination; 2 decoded from their own clues, 2 of them to embargoed destinations (North Korea)"), out);
        assertFalse(out.contains("no codes"), out);
    }

    @Test
    void aFileThatCannotBeJudgedSaysSo() throws Exception {
        Path f = dir.resolve("parts.csv");
        Files.writeString(f, "sku,description,price\n1,cable,10\n2,antenna,20\n");
        Object[] r = run("audit", f.toString(), "--no-judge");
        assertEquals(3, r[0]);
        assertTrue(((String) r[1]).contains("NOT JUDGED: no column holds country names or codes"), (String) r[1]);
        assertEquals(2, Main.run("audit", dir.resolve("missing.csv").toString()), "a missing file is a user error, no stack trace");
    }

    /** A folder given as the export was said to be "no such file". */
    @Test
    void aFolderOrAMissingFileIsSaidForWhatItIs() {
        CliRun folder = CliRun.of("audit", dir.toString());
        assertEquals(2, folder.code());
        assertEquals("error: " + dir + " is a folder; give a file\n", folder.err());
        CliRun missing = CliRun.of("audit", dir.resolve("missing.csv").toString());
        assertEquals("error: " + dir.resolve("missing.csv") + ": no such file\n", missing.err());
    }
}
