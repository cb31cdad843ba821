package org.chokepoint.sources.tabular;

import org.chokepoint.audit.AuditResult;
import org.chokepoint.sources.ListFormatException;
import org.chokepoint.sources.audit.ExportAudit;
import org.chokepoint.sources.refdata.ReferenceLexicon;
import org.chokepoint.sources.testing.DataDir;
import org.chokepoint.sources.transaction.TransactionFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile inputs, generated here (nothing large is committed), read by the input readers in a JVM of 256 MB (the
 * build runs this class in a fork of its own with {@code -Xmx256m -XX:+ExitOnOutOfMemoryError}, so an
 * out-of-memory error fails the build instead of being caught): each ends with a clear error or is read through,
 * never an OOM and never a hang (every test has a time limit).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileInputTest {
    @TempDir
    Path dir;

    private interface Body {
        void write(Writer w) throws IOException;
    }

    private Path text(String name, Body body) throws IOException {
        Path f = dir.resolve(name);
        OutputStream raw = Files.newOutputStream(f);
        OutputStream out = name.endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
        try (Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            body.write(w);
        }
        return f;
    }

    private static void repeat(Writer w, String s, long times) throws IOException {
        for (long i = 0; i < times; i++) w.write(s);
    }

    /** Writes {@code bytes} of {@code unit} repeated, in blocks of about 1 MB (generating a bomb fast). */
    private static void repeat(OutputStream out, String unit, long bytes) throws IOException {
        byte[] block = unit.repeat(Math.max(1, (1 << 20) / unit.length())).getBytes(StandardCharsets.UTF_8);
        for (long n = 0; n < bytes; n += block.length) out.write(block);
    }

    private Path gzip(String name, String head, String unit, long bytes) throws IOException {
        Path f = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f), 1 << 16)) {
            out.write(head.getBytes(StandardCharsets.UTF_8));
            repeat(out, unit, bytes);
        }
        return f;
    }

    /**
     * A gzip bomb: 256 MiB of one byte (a quarter of a MB compressed), no line break; the CSV reader stops at its
     * limit, whatever the size behind it (the size only costs time to make the file).
     */
    @Test
    void aGzipBombIsCutAtTheRecordLimit() throws IOException {
        Path bomb = gzip("bomb.csv.gz", "", "A", 256L << 20);
        assertTrue(Files.size(bomb) < 1 << 20, "compressed: " + Files.size(bomb));
        try (CsvReader r = CsvReader.open(bomb, ',')) {
            RecordTooLongException e = assertThrows(RecordTooLongException.class, r::next);
            assertTrue(e.getMessage().endsWith("line 1: record longer than 4,194,304 characters (the limit); skipped"), e.getMessage());
        }
    }

    /** Audit on the same bomb: judged not readable, not an OOM. */
    @Test
    void auditOfAGzipBombEndsWithAReason() throws IOException {
        Path bomb = gzip("bomb.csv.gz", "id,country\n", "A", 64L << 20);
        AuditResult r = new ExportAudit(ReferenceLexicon.load(DataDir.get())).audit(bomb, null);
        assertTrue(r.reason() != null && r.reason().contains("record longer than"), r.reason() + " " + r.problems());
    }

    /** Two million rows stream through the CSV reader in constant memory. */
    @Test
    void millionsOfRowsStream() throws IOException {
        Path big = text("big.csv", w -> {
            w.write("id,name\n");
            for (int i = 0; i < 2_000_000; i++) w.write(i + ",Name number " + i + "\n");
        });
        long n = 0;
        try (CsvReader r = CsvReader.open(big, ',')) {
            while (r.next() != null) n++;
        }
        assertEquals(2_000_001, n);
    }

    /** JSON lines of two million transactions are handed over one by one (decide holds one chunk at a time). */
    @Test
    void millionsOfJsonLinesStream() throws IOException {
        Path big = text("tx.jsonl", w -> {
            for (int i = 0; i < 2_000_000; i++) w.write("{\"id\":\"T" + i + "\",\"route\":{\"destination\":\"DE\"}}\n");
        });
        AtomicLong n = new AtomicLong();
        TransactionFiles.read(big, r -> n.incrementAndGet(), w -> { });
        assertEquals(2_000_000, n.get());
    }

    /** A JSON line of 100 million characters, and one nested 100,000 deep: error records, and the next line is read. */
    @Test
    void longAndDeepJsonLinesAreErrorRecords() throws IOException {
        Path f = text("tx.jsonl", w -> {
            w.write("{\"id\":\"");
            repeat(w, "x".repeat(1000), 100_000);
            w.write("\"}\n");
            w.write("{\"id\":\"deep\",\"x\":");
            repeat(w, "[", 100_000);
            repeat(w, "]", 100_000);
            w.write("}\n{\"id\":\"last\"}\n");
        });
        java.util.List<String> seen = new java.util.ArrayList<>();
        TransactionFiles.read(f, r -> seen.add(r.error() != null ? r.error() : r.transaction().id()), w -> { });
        assertEquals(3, seen.size(), seen.toString());
        assertEquals("tx.jsonl line 1: longer than 4,194,304 characters (the limit); skipped", seen.get(0));
        assertEquals("tx.jsonl line 2: JSON beyond the reader's limits (nested deeper than 1,000 levels, or a number or text too long)", seen.get(1));
        assertEquals("last", seen.get(2));
    }

    /** One JSON document nested a million deep: one clear error, no stack overflow, no parser library text. */
    @Test
    void aDeeplyNestedJsonDocumentIsRefused() throws IOException {
        Path f = text("tx.json", w -> {
            w.write("[{\"id\": \"deep\", \"x\": ");
            repeat(w, "[", 1_000_000);
            repeat(w, "]", 1_000_000);
            w.write("}]");
        });
        IOException e = assertThrows(IOException.class, () -> TransactionFiles.read(f, r -> { }, w -> { }));
        assertTrue(e.getMessage().startsWith("tx.json line 1: JSON beyond the reader's limits"), e.getMessage());
    }

    /** A table streams transaction by transaction, and one of more rows than a table may have ends with the limit named. */
    @Test
    void aTableOverTheRowLimitIsRefused() throws IOException {
        Path f = text("tx.csv", w -> {
            w.write("transaction_id,destination,value\n");
            for (int i = 0; i < 1_100_000; i++) w.write("T" + i + ",DE,1\n");
        });
        AtomicLong handed = new AtomicLong();
        IOException e = assertThrows(IOException.class, () -> TransactionFiles.read(f, r -> handed.incrementAndGet(), w -> { }));
        assertTrue(e.getMessage().contains(": more than 1,048,576 rows, the limit of a table"), e.getMessage());
        assertEquals(1_048_575, handed.get(), "every transaction before the limit was handed over as it ended");
    }

    private Path zipped(String name, Map<String, String> small, String bigPart, String head, String repeated, long bytes, String tail)
            throws IOException {
        Path f = dir.resolve(name);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f))) {
            for (Map.Entry<String, String> p : small.entrySet()) {
                if (p.getKey().equals(bigPart)) continue;
                z.putNextEntry(new ZipEntry(p.getKey()));
                z.write(p.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
            z.putNextEntry(new ZipEntry(bigPart));
            z.write(head.getBytes(StandardCharsets.UTF_8));
            repeat(z, repeated, bytes);
            z.write(tail.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return f;
    }

    /** An XLSX whose sheet inflates to 256 MiB (1,000 times its compressed size): refused as a zip bomb, and audit says so (it said "no country column"). */
    @Test
    void anXlsxBombIsRefusedAndAuditSaysSo() throws IOException {
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String row = "<row><c t=\"inlineStr\"><is><t>KP</t></is></c></row>";
        Path bomb = zipped("bomb.xlsx", XlsxReaderTest.smallParts(), "xl/worksheets/sheet1.xml",
                "<worksheet xmlns=\"" + main + "\"><sheetData>", row, 256L << 20, "</sheetData></worksheet>");
        try (XlsxReader x = XlsxReader.open(bomb); TabularReader s = x.sheet(0)) {
            ListFormatException e = assertThrows(ListFormatException.class, () -> {
                while (s.next() != null) {
                    // read until refused
                }
            });
            assertTrue(e.getMessage().contains("refused as a possible zip bomb"), e.getMessage());
        }
        AuditResult r = new ExportAudit(ReferenceLexicon.load(DataDir.get())).audit(bomb, null);
        assertTrue(r.reason().contains("refused as a possible zip bomb"), r.reason());
    }

    /** An ODS whose content inflates to 512 MiB: refused as a zip bomb. */
    @Test
    void anOdsBombIsRefused() throws IOException {
        String t = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
        String o = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
        String x = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
        String row = "<table:table-row><table:table-cell><text:p>KP</text:p></table:table-cell></table:table-row>";
        Path bomb = zipped("bomb.ods", Map.of("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), "content.xml",
                "<office:document-content xmlns:office=\"" + o + "\" xmlns:table=\"" + t + "\" xmlns:text=\"" + x + "\">"
                        + "<office:body><office:spreadsheet><table:table table:name=\"S\">", row, 512L << 20,
                "</table:table></office:spreadsheet></office:body></office:document-content>");
        IOException e = assertThrows(IOException.class, () -> {
            try (OdsReader ods = OdsReader.open(bomb); TabularReader s = ods.sheet(0)) {
                while (s.next() != null) {
                    // read until refused
                }
            }
        });
        assertTrue(e.getMessage().contains("zip bomb") || e.getMessage().contains("more than 1048576 rows"), e.getMessage());
    }
}
