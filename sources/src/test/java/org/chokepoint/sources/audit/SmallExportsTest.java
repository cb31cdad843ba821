package org.chokepoint.sources.audit;

import org.chokepoint.audit.AuditResult;
import org.chokepoint.audit.CodeVerdict;
import org.chokepoint.audit.ColumnRole;
import org.chokepoint.audit.RowVerdict;
import org.chokepoint.sources.refdata.ReferenceLexicon;
import org.chokepoint.sources.testing.DataDir;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Small exports written here, each with another layout, language, code style and delimiter. */
class SmallExportsTest {
    static ExportAudit audit;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws IOException {
        audit = new ExportAudit(ReferenceLexicon.load(DataDir.get()));
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text, StandardCharsets.UTF_8);
    }

    private Path write(String name, String text, Charset cs) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, cs);
        return p;
    }

    private static CodeVerdict code(AuditResult r, String code) {
        return r.codes().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow(() -> new AssertionError("no code " + code + " in " + r.codes()));
    }

    private static ColumnRole role(AuditResult r, String header) {
        return r.columns().stream().filter(c -> c.header().equals(header)).findFirst().orElseThrow().role();
    }

    /** German headers, semicolons, decimal commas, code style "X-3" hiding Cuba, an open Cuban row nowhere. */
    @Test
    void germanSemicolonExportHidingCuba() throws IOException {
        StringBuilder sb = new StringBuilder("Auftrag;Land;Ort;Kunde;Betrag;Währung;Telefon;Bemerkung;Datum\n");
        String[][] open = {{"Deutschland", "Hamburg", "EUR", "+49 40 123456"}, {"Spanien", "Sevilla", "EUR", "+34 954 123 456"},
                {"Mexiko", "Monterrey", "MXN", "+52 81 1234 5678"}, {"Kanada", "Calgary", "CAD", "+1 403 555 0100"}};
        for (int i = 0; i < 40; i++) {
            String[] o = open[i % open.length];
            sb.append("A-").append(1000 + i).append(';').append(o[0]).append(';').append(o[1]).append(";Kunde GmbH;")
                    .append(i + 1).append(".250,00;").append(o[2]).append(';').append(o[3]).append(";;").append(String.format("%02d.03.2014", 1 + i % 28)).append('\n');
        }
        sb.append("A-2001;X-3;Santiago de Cuba;ETECSA;90.000,00;CUP;+53 7 266 1234;;01.02.2015\n");
        sb.append("A-2002;X-3;;Cubacel;80.000,00;EUR;;Lieferung über Panama;03.04.2015\n");
        sb.append("A-2003;X-3;Camagüey;;70.000,00;EUR;;;05.06.2016\n");
        sb.append("A-2004;X-3;;;60.000,00;EUR;;dringend;07.08.2016\n");
        AuditResult r = audit.audit(write("auftraege.csv", sb.toString()), null);
        assertEquals(AuditResult.Status.CODES_FOUND, r.status());
        assertEquals(44, r.rows());
        assertEquals(40, r.openRows());
        assertEquals(ColumnRole.COUNTRY, role(r, "Land"));
        assertEquals(ColumnRole.CITY, role(r, "Ort"));
        assertEquals(ColumnRole.AMOUNT, role(r, "Betrag"));
        assertEquals(ColumnRole.CURRENCY, role(r, "Währung"));
        assertEquals(ColumnRole.PHONE, role(r, "Telefon"));
        assertEquals(ColumnRole.DATE, role(r, "Datum"));
        CodeVerdict x3 = code(r, "X-3");
        assertEquals("CU", x3.country());
        assertTrue(x3.confidence() >= 0.95, "confidence " + x3.confidence());
        assertEquals(3, x3.rowsWithOwnEvidence());
        assertTrue(x3.evidence().stream().anyMatch(e -> e.kind() == org.chokepoint.audit.ClueKind.TRANSIT && e.value().equals("Panama")),
                "'über Panama' is a transit point, not a destination: " + x3.evidence());
        RowVerdict last = x3.verdicts().get(3);
        assertTrue(last.inherited());
        assertEquals(60000.0, last.amount());
        assertEquals(2016, last.date().getYear());
        assertEquals(1, r.codes().size());
    }

    /** Tab-separated, no header row, Persian and Arabic script clues, code style "C17" hiding Iran. */
    @Test
    void headerlessTabExportWithPersianClues() throws IOException {
        StringBuilder sb = new StringBuilder();
        String[][] open = {{"TR", "İstanbul", "Turkcell"}, {"IQ", "Basra", "Asiacell"}, {"AE", "Abu Dhabi", "Etisalat"}, {"PK", "Lahore", "Jazz"}};
        for (int i = 0; i < 24; i++) {
            String[] o = open[i % open.length];
            sb.append(o[0]).append('\t').append(o[1]).append('\t').append(o[2]).append('\t').append(100 + i).append("\t2012\n");
        }
        sb.append("C17\tتهران\tIrancell\t500\t2013\n");
        sb.append("C17\tاصفهان\t\t600\t2013\n");
        sb.append("C17\t\tپروژه ایران\t700\t2014\n");
        AuditResult r = audit.audit(write("export.tsv", sb.toString()), null);
        assertEquals(27, r.rows(), "no header row: the first row is data");
        CodeVerdict c17 = code(r, "C17");
        assertEquals("IR", c17.country());
        assertTrue(c17.confidence() >= 0.95, "confidence " + c17.confidence());
        assertEquals(3, c17.rowsWithOwnEvidence());
        c17.verdicts().forEach(v -> assertEquals("IR", v.country()));
    }

    /** JSON lines with English keys in another order, Korean script and romanised clues, code "K#2". */
    @Test
    void jsonLinesWithKoreanClues() throws IOException {
        StringBuilder sb = new StringBuilder();
        String[][] open = {{"Japan", "Osaka", "NTT Docomo", "JPY"}, {"South Korea", "Busan", "SK Telecom", "KRW"},
                {"China", "Shenyang", "China Mobile", "CNY"}, {"Russian Federation", "Khabarovsk", "MTS", "RUB"}};
        for (int i = 0; i < 32; i++) {
            String[] o = open[i % open.length];
            sb.append("{\"ref\":\"J").append(i).append("\",\"operator\":\"").append(o[2]).append("\",\"destination\":\"").append(o[0])
                    .append("\",\"place\":\"").append(o[1]).append("\",\"amount\":").append(1000 + i).append(",\"ccy\":\"").append(o[3])
                    .append("\",\"signed\":\"2010-05-0").append(1 + i % 9).append("\"}\n");
        }
        sb.append("{\"ref\":\"J900\",\"operator\":\"Koryolink\",\"destination\":\"K#2\",\"place\":\"평양\",\"amount\":5000,\"ccy\":\"USD\",\"signed\":\"2011-01-01\"}\n");
        sb.append("{\"ref\":\"J901\",\"operator\":\"\",\"destination\":\"K#2\",\"place\":\"\",\"amount\":6000,\"ccy\":\"KPW\",\"signed\":\"2012-01-01\",\"late\":\"x\"}\n");
        sb.append("{\"ref\":\"J902\",\"operator\":\"\",\"destination\":\"K#2\",\"place\":\"Chongjin\",\"amount\":7000,\"ccy\":\"USD\",\"signed\":\"2013-01-01\"}\n");
        sb.append("this line is not JSON\n");
        AuditResult r = audit.audit(write("deals.jsonl", sb.toString()), null);
        assertEquals(35, r.rows());
        assertEquals(ColumnRole.COUNTRY, role(r, "destination"));
        CodeVerdict k2 = code(r, "K#2");
        assertEquals("KP", k2.country());
        assertTrue(k2.confidence() >= 0.95, "confidence " + k2.confidence());
        assertEquals(3, k2.rowsWithOwnEvidence());
        assertTrue(r.problems().stream().anyMatch(p -> p.contains("line 36") && p.contains("not valid JSON")), r.problems().toString());
    }

    /** An XLSX workbook: a merged title row above the header, a second sheet with another layout. */
    @Test
    void workbookWithTitleRowAndSecondSheet() throws IOException {
        StringBuilder rows = new StringBuilder();
        rows.append(row(1, "Project database export (confidential)"));
        rows.append(row(2, "Project", "Country", "City", "Currency"));
        String[][] open = {{"France", "Lyon", "EUR"}, {"Egypt", "Alexandria", "EGP"}, {"Lebanon", "Tripoli", "LBP"}, {"Jordan", "Irbid", "JOD"}};
        int r = 3;
        for (int i = 0; i < 20; i++) {
            String[] o = open[i % open.length];
            rows.append(row(r++, "P" + i, o[0], o[1], o[2]));
        }
        rows.append(row(r++, "P90", "A7", "Aleppo", "SYP"));
        rows.append(row(r++, "P91", "A7", "Homs", "USD"));
        rows.append(row(r, "P92", "A7", "", "SYP"));
        Path xlsx = dir.resolve("projects.xlsx");
        writeXlsx(xlsx, rows.toString(), row(1, "Total", "123"));
        AuditResult res = audit.audit(xlsx, null);
        assertEquals(AuditResult.Status.CODES_FOUND, res.status());
        assertEquals(23, res.rows());
        CodeVerdict a7 = code(res, "A7");
        assertEquals("SY", a7.country());
        assertTrue(a7.confidence() >= 0.95, "confidence " + a7.confidence());
        assertTrue(res.problems().stream().anyMatch(p -> p.contains("sheet 'Summary'")), res.problems().toString());
    }

    /** An export where most rows carry codes: the country column is still found from the few open ones. */
    @Test
    void mostlyCodes() throws IOException {
        StringBuilder sb = new StringBuilder("ref|dst|tel\n");
        for (int i = 0; i < 8; i++) sb.append("R").append(i).append("|Peru|+51 1 411 0000\n");
        for (int i = 0; i < 30; i++) sb.append("S").append(i).append(i % 2 == 0 ? "|E1|+53 7 266 " : "|E2|+963 11 221 ").append(1000 + i).append('\n');
        AuditResult r = audit.audit(write("mostly-codes.txt", sb.toString()), null);
        assertEquals(ColumnRole.COUNTRY, role(r, "dst"));
        assertEquals("CU", code(r, "E1").country());
        assertEquals("SY", code(r, "E2").country());
        assertEquals(8, r.openRows());
    }

    /** Windows-1252 bytes inside a UTF-8 file, and a quoted comma. */
    @Test
    void mixedEncodingsAreReadAndReported() throws IOException {
        StringBuilder sb = new StringBuilder("id,country,site,remarks\n");
        for (int i = 0; i < 10; i++) sb.append(i).append(",Côte d'Ivoire,Abidjan,\"ok, done\"\n");
        sb.append("11,Z9,Santa Cruz de la Sierra,\n12,Z9,Cochabamba,\n");
        byte[] utf8 = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] cp1252 = "13,Z9,Cochabamba,caf\u00e9 Bol\u00edvia\n".getBytes(Charset.forName("windows-1252"));
        Path p = dir.resolve("mixed.csv");
        try (OutputStream out = Files.newOutputStream(p)) {
            out.write(utf8);
            out.write(cp1252);
        }
        AuditResult r = audit.audit(p, null);
        assertEquals(10, r.openRows());
        assertEquals("BO", code(r, "Z9").country());
        assertTrue(r.problems().stream().anyMatch(x -> x.contains("2 bytes were not valid UTF-8")), r.problems().toString());
    }

    private static String row(int n, String... cells) {
        StringBuilder sb = new StringBuilder("<row r=\"" + n + "\">");
        for (int i = 0; i < cells.length; i++) {
            sb.append("<c r=\"").append((char) ('A' + i)).append(n).append("\" t=\"inlineStr\"><is><t>").append(cells[i]).append("</t></is></c>");
        }
        return sb.append("</row>").toString();
    }

    /** A minimal two-sheet XLSX ("Projects" with a merged title, "Summary"). */
    static void writeXlsx(Path file, String sheet1Rows, String sheet2Rows) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"Projects\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Summary\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet2.xml\"/></Relationships>");
            put(zip, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + sheet1Rows + "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:D1\"/></mergeCells></worksheet>");
            put(zip, "xl/worksheets/sheet2.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + sheet2Rows + "</sheetData></worksheet>");
        }
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
