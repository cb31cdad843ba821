package org.chokepoint.sources.transaction;

import org.chokepoint.rules.OwnershipGraph;
import org.chokepoint.rules.Role;
import org.chokepoint.rules.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransactionReadersTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "nk-case");

    private static List<Transaction> read(Path file) throws IOException {
        List<Transaction> out = new ArrayList<>();
        out.addAll(TransactionFiles.readAll(file));
        return out;
    }

    @Test
    void jsonArrayAndCsvOfTheWorkedExampleAgree() throws IOException {
        List<Transaction> json = read(EXAMPLE.resolve("transactions.json"));
        List<Transaction> csv = read(EXAMPLE.resolve("transactions.csv"));
        assertEquals(2, json.size());
        assertEquals(2, csv.size());
        Transaction j = json.get(0);
        Transaction c = csv.get(0);
        assertEquals("NK-2012-BTS", j.id());
        assertEquals(LocalDate.of(2012, 5, 14), j.date());
        assertEquals(2, c.items().size());
        assertEquals(0, new BigDecimal("720000").compareTo(c.items().get(0).usContent()));
        assertEquals(j.items().get(1).value().compareTo(c.items().get(1).value()), 0);
        assertEquals("Dandong", j.route().transit().get(0).place());
        assertEquals("CN", c.route().transit().get(0).country());
        assertEquals("Pyongyang", c.route().destination().place());
        assertEquals(Set.of(Role.SUPPLIER, Role.BUYER, Role.CONSIGNEE, Role.END_USER),
                Set.copyOf(c.parties().stream().map(p -> p.role()).toList()));
        assertTrue(j.problems().isEmpty() && c.problems().isEmpty(), j.problems() + " " + c.problems());
        // the second transaction gives its route as strings
        assertEquals("KP", json.get(1).route().destination().country());
    }

    @Test
    void aNumberNoDecimalCanHoldIsAnErrorOfItsLineNotACrash(@TempDir Path dir) throws IOException {
        // found by fuzzing: Jackson threw NumberFormatException, which no reader caught
        Path f = dir.resolve("big.jsonl");
        Files.writeString(f, "{\"id\": \"T1\", \"value\": 888888888888888888888e888888888888888}\n{\"id\": \"T2\"}\n");
        List<TransactionRecord> records = new ArrayList<>();
        TransactionFiles.read(f, records::add, w -> { });
        assertEquals(2, records.size());
        assertEquals("big.jsonl line 1: a number too large to read (more than a decimal can hold)", records.get(0).error());
        assertEquals("T2", records.get(1).transaction().id());
        Path doc = dir.resolve("big.json");
        Files.writeString(doc, "[\n{\"id\": \"T1\",\n \"value\": 1e888888888888}\n]\n");
        IOException e = assertThrows(IOException.class, () -> TransactionFiles.readAll(doc));
        assertEquals("big.json line 3: a number too large to read (more than a decimal can hold)", e.getMessage());
    }

    @Test
    void jsonLinesAndBadValuesBecomeProblemsNamingTheField(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("batch.jsonl");
        Files.writeString(f, """
                {"id":"A","date":"2024-01-02","parties":[{"role":"end user","name":"X","country":"DE"}],"items":[{"eccn":"EAR99","value":"12,500.50","usContent":0.1,"originCountry":"US"}]}
                {"id":"B","date":"02/01/2024","parties":[{"role":"shipper","name":"Y"}],"items":[{"value":"abc"}]}
                """);
        List<Transaction> txs = read(f);
        assertEquals(2, txs.size());
        assertEquals(0, new BigDecimal("12500.50").compareTo(txs.get(0).items().get(0).value()));
        assertEquals(new BigDecimal("0.1"), txs.get(0).items().get(0).usContent());
        Transaction b = txs.get(1);
        assertNull(b.date());
        assertEquals(List.of("batch.jsonl line 2: date: not an ISO date (YYYY-MM-DD) '02/01/2024'",
                "batch.jsonl line 2: parties[0].role: unknown role 'shipper'",
                "batch.jsonl line 2: items[0].value: not a number 'abc'").stream().sorted().toList(),
                b.problems().stream().sorted().toList());
    }

    @Test
    void malformedJsonNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\"id\": \"A\",\n \"items\": [ }\n");
        TransactionFormatException e = assertThrows(TransactionFormatException.class, () -> read(f));
        assertTrue(e.getMessage().startsWith("bad.json line 2: malformed JSON"), e.getMessage());
    }

    @Test
    void csvNeedsTransactionIdAndReportsContradictingRows(@TempDir Path dir) throws IOException {
        Path noId = dir.resolve("noid.csv");
        Files.writeString(noId, "date,value\n2024-01-01,5\n");
        assertTrue(assertThrows(TransactionFormatException.class, () -> read(noId)).getMessage().contains("no 'transaction_id' column"));
        Path f = dir.resolve("rows.csv");
        Files.writeString(f, "Transaction ID,Date,Destination,End User Name,End User Country,ECCN,Value,US Content,Origin Country\n"
                + "T9,2024-01-01,DE,Nord GmbH,DE,EAR99,100,0,US\n"
                + "T9,2024-01-01,FR,Nord GmbH,DE,EAR99,50,0,US\n");
        Transaction t = read(f).get(0);
        assertEquals(2, t.items().size());
        assertEquals(1, t.problems().size());
        assertTrue(t.problems().get(0).endsWith("rows.csv line 3: column 'destination' is 'FR' but the transaction's first row (line 2) says 'DE'"),
                t.problems().get(0));
    }

    @Test
    void xlsxRowsAreReadLikeCsv(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("tx.xlsx");
        writeWorkbook(f, List.of(
                List.of("transaction_id", "date", "destination", "end_user_name", "end_user_country", "eccn", "value", "us_content", "origin_country"),
                List.of("X1", "2023-03-01", "Pyongyang (KP)", "Koryolink", "KP", "5A991", "1000", "101", "CN"),
                List.of("X1", "2023-03-01", "Pyongyang (KP)", "Koryolink", "KP", "EAR99", "50", "0", "CN")));
        List<Transaction> txs = read(f);
        assertEquals(1, txs.size());
        assertEquals(2, txs.get(0).items().size());
        assertEquals("KP", txs.get(0).route().destination().country());
        assertEquals(0, new BigDecimal("101").compareTo(txs.get(0).items().get(0).usContent()));
    }

    @Test
    void ownershipCsvAcceptsPercentAndFractionsAndRejectsNonsense(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("own.csv");
        Files.writeString(f, "owner,owned,share\nA Corp,C Ltd,25%\nB Corp,C Ltd,25\nA Corp,D Ltd,0.5\n");
        OwnershipGraph g = new OwnershipGraph();
        assertEquals(3, OwnershipCsvReader.read(f, g));
        assertTrue(g.blockedByRule("C Ltd", Set.of("A Corp", "B Corp")::contains).isPresent());
        assertTrue(g.blockedByRule("D Ltd", Set.of("A Corp")::contains).isPresent());
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "owner,owned,share\nA,B,150\n");
        String msg = assertThrows(TransactionFormatException.class, () -> OwnershipCsvReader.read(bad, new OwnershipGraph())).getMessage();
        assertTrue(msg.endsWith("bad.csv line 2: share out of range 0-100 %: '150'"), msg);
    }

    /** A minimal workbook: one sheet of inline strings (what spreadsheet programs accept and XlsxReader reads). */
    static void writeWorkbook(Path file, List<List<String>> rows) throws IOException {
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        StringBuilder sheet = new StringBuilder("<worksheet xmlns=\"" + main + "\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            sheet.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < rows.get(r).size(); c++) {
                sheet.append("<c r=\"").append((char) ('A' + c)).append(r + 1).append("\" t=\"inlineStr\"><is><t>")
                        .append(rows.get(r).get(c)).append("</t></is></c>");
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(os)) {
            put(z, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            put(z, "xl/workbook.xml", "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel + "\"><sheets><sheet name=\"Tx\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(z, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            put(z, "xl/worksheets/sheet1.xml", sheet.toString());
        }
    }

    private static void put(ZipOutputStream z, String name, String content) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(content.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }
}
