package org.chokepoint.sources.audit;

import org.chokepoint.audit.AuditResult;
import org.chokepoint.sources.refdata.ReferenceLexicon;
import org.chokepoint.sources.testing.DataDir;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files that cannot be judged say so, with the reason; never a crash, never "nothing found". */
class BadInputTest {
    static ExportAudit audit;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws IOException {
        audit = new ExportAudit(ReferenceLexicon.load(DataDir.get()));
    }

    private AuditResult run(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return audit.audit(p, null);
    }

    private static void notJudged(AuditResult r, String reasonPart) {
        assertEquals(AuditResult.Status.NOT_JUDGEABLE, r.status(), r.reason());
        assertTrue(r.reason().contains(reasonPart), r.reason());
    }

    @Test
    void emptyAndBlankFiles() throws IOException {
        notJudged(run("empty.csv", new byte[0]), "empty");
        notJudged(run("blank.csv", "\n\n  \n".getBytes(StandardCharsets.UTF_8)), "blank");
        notJudged(run("header-only.csv", "id,country,city\n".getBytes(StandardCharsets.UTF_8)), "no data rows");
    }

    @Test
    void binaryGarbage() throws IOException {
        byte[] junk = new byte[10_000];
        new Random(1).nextBytes(junk);
        notJudged(run("junk.bin", junk), "not a text export");
    }

    @Test
    void noCountryColumn() throws IOException {
        notJudged(run("items.csv", "sku,description,price\n1,cable,10\n2,antenna,20\n3,router,30\n".getBytes(StandardCharsets.UTF_8)),
                "no column holds country");
    }

    @Test
    void aBrokenZipIsAClearError() throws IOException {
        byte[] b = "PK\u0003\u0004 this is no workbook".getBytes(StandardCharsets.ISO_8859_1);
        Path p = dir.resolve("broken.xlsx");
        Files.write(p, b);
        IOException e = assertThrows(IOException.class, () -> audit.audit(p, null));
        assertTrue(e.getMessage().contains("broken.xlsx"), e.getMessage());
    }

    /** A single line far longer than any record: read up to it, reported, never loaded whole, never "clean". */
    @Test
    void aHugeSingleLineStopsReadingWithAClearMessage() throws IOException {
        Path p = dir.resolve("huge.csv");
        try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
            w.write("id,country\n1,France\n2,Spain\n3,");
            char[] chunk = new char[1 << 16];
            java.util.Arrays.fill(chunk, 'x');
            for (int i = 0; i < 48; i++) w.write(chunk); // 3 MB on one line
            w.write("\n4,Italy\n");
        }
        AuditResult r = audit.audit(p, null);
        notJudged(r, "only partly read");
        assertTrue(r.reason().contains("line 4"), r.reason());

        Path one = dir.resolve("one-line.jsonl");
        try (Writer w = Files.newBufferedWriter(one, StandardCharsets.UTF_8)) {
            w.write("{\"country\":\"");
            char[] chunk = new char[1 << 16];
            java.util.Arrays.fill(chunk, 'y');
            for (int i = 0; i < 48; i++) w.write(chunk);
            w.write("\"}");
        }
        AuditResult j = audit.audit(one, null);
        notJudged(j, "no data rows");
        assertTrue(j.problems().stream().anyMatch(x -> x.contains("line 1: longer than")), j.problems().toString());
    }

    @Test
    void aMissingFileIsAnError() {
        IOException e = assertThrows(IOException.class, () -> audit.audit(dir.resolve("nope.csv"), null));
        assertTrue(e.getMessage().contains("nope.csv"));
    }
}
