package org.chokepoint.sources.tabular;

import org.chokepoint.sources.ListFormatException;
import org.chokepoint.sources.testing.DataDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XlsxReaderTest {
    static final Path CONLIST = DataDir.get().resolve("lists/uk-ofsi-conlist/2025-04-14/ConList.xlsx");

    @TempDir
    Path tmp;

    @Test
    void readsTheOfsiConsolidatedListSheet() throws IOException {
        try (XlsxReader x = XlsxReader.open(CONLIST)) {
            assertEquals(List.of("Data"), x.sheetNames());
            try (TabularReader rows = x.sheet("Data")) {
                assertEquals(List.of("Last Updated", "14/04/2025"), rows.next());
                List<String> header = rows.next();
                assertEquals(36, header.size());
                assertEquals("Name 6", header.get(0));
                assertEquals("Group ID", header.get(35));
                assertTrue(rows.fileName().contains("ConList.xlsx [sheet Data]"));
                List<String> first = rows.next();
                assertEquals(3, rows.recordLine());
                assertEquals("MITHOO", first.get(0));
                assertEquals("Mian", first.get(1));
                assertEquals("", first.get(10)); // K3 is an empty styled cell
                assertEquals("15672", first.get(35));
                int data = 1;
                while (rows.next() != null) data++;
                assertEquals(18_798, data);
                assertEquals(18_800, rows.recordLine());
            }
        }
    }

    @Test
    void sameCellsAsTheCsvConversion() throws IOException {
        Path csv = CONLIST.resolveSibling("ConList.from-xlsx.csv.gz");
        try (XlsxReader x = XlsxReader.open(CONLIST); TabularReader a = x.sheet(0); CsvReader b = CsvReader.open(csv, ',')) {
            int rows = 0;
            for (List<String> ra = a.next(), rb = b.next(); ra != null || rb != null; ra = a.next(), rb = b.next(), rows++) {
                assertEquals(trimTrailingEmpty(rb), trimTrailingEmpty(ra), "row " + a.recordLine());
            }
            assertEquals(18_800, rows);
        }
    }

    private static List<String> trimTrailingEmpty(List<String> row) {
        List<String> r = new ArrayList<>(row);
        while (!r.isEmpty() && r.get(r.size() - 1).isEmpty()) r.remove(r.size() - 1);
        return r;
    }

    @Test
    void handBuiltWorkbookWithSheetsMergesInlineStringsAndDates() throws IOException {
        Path file = tmp.resolve("small.xlsx");
        writeSmallWorkbook(file);
        try (XlsxReader x = XlsxReader.open(file)) {
            assertEquals(List.of("Persons", "Vessels"), x.sheetNames());
            try (TabularReader s = x.sheet("Persons")) {
                assertEquals(List.of("Name", "Born", "Count", "Share", "Active"), s.next());
                assertEquals(List.of("KIM Jong Un", "1984-01-08", "3", "0.25", "TRUE"), s.next());
                // C3 only: A3 and B3 filled with "", merged range C3:D3 keeps the value in C3 only
                assertEquals(List.of("", "", "1200", ""), s.next());
                assertEquals(3, s.recordLine());
                assertEquals(List.of(), s.next()); // row 4 absent from the file
                assertEquals(List.of("rich text", "1900-01-02", "-7", "1234567.125", "FALSE"), s.next());
                assertEquals(5, s.recordLine());
                assertNull(s.next());
            }
            try (TabularReader s = x.sheet(1)) {
                assertEquals(List.of("IMO", "", "Flag"), s.next());
                assertEquals(List.of("9123456", "", "KP"), s.next());
                assertNull(s.next());
            }
            ListFormatException e = assertThrows(ListFormatException.class, () -> x.sheet("Missing"));
            assertTrue(e.getMessage().contains("Missing") && e.getMessage().contains("Persons"));
        }
    }

    @Test
    void dateFormatCodes() {
        assertTrue(XlsxReader.isDateFormatCode("dd/MM/yyyy"));
        assertTrue(XlsxReader.isDateFormatCode("[$-409]d-mmm-yy;@"));
        assertTrue(!XlsxReader.isDateFormatCode("0.00\"d\""));
        assertTrue(!XlsxReader.isDateFormatCode("[Red]#,##0"));
        assertTrue(!XlsxReader.isDateFormatCode("hh:mm:ss"));
        assertTrue(XlsxReader.isBuiltInDateFormat(14));
        assertTrue(!XlsxReader.isBuiltInDateFormat(2));
        assertEquals("1900-01-01", XlsxReader.serialToDate(1, false).toString());
        assertEquals("1900-02-28", XlsxReader.serialToDate(59, false).toString());
        assertEquals("1900-03-01", XlsxReader.serialToDate(61, false).toString());
        assertEquals("2025-04-14", XlsxReader.serialToDate(45761, false).toString());
        assertEquals("30", XlsxReader.formatNumber("30.0"));
        assertEquals("0.000015", XlsxReader.formatNumber("1.5E-5"));
        assertEquals("1500", XlsxReader.formatNumber("1.5E3"));
        assertEquals(27, XlsxReader.columnIndex("AB12"));
    }

    @Test
    void notAZipIsAFormatErrorNamingTheFile() throws IOException {
        Path file = tmp.resolve("fake.xlsx");
        Files.writeString(file, "Name,Country\nACME,KP\n");
        ListFormatException e = assertThrows(ListFormatException.class, () -> XlsxReader.open(file));
        assertTrue(e.getMessage().contains("fake.xlsx") && e.getMessage().contains("not a zip"), e.getMessage());
    }

    @Test
    void zipWithoutWorkbookIsAFormatError() throws IOException {
        Path file = tmp.resolve("other.xlsx");
        zip(file, Map.of("word/document.xml", "<document/>"));
        ListFormatException e = assertThrows(ListFormatException.class, () -> XlsxReader.open(file));
        assertTrue(e.getMessage().contains("other.xlsx") && e.getMessage().contains("xl/workbook.xml"), e.getMessage());
    }

    @Test
    void truncatedSheetXmlNamesFileSheetAndLine() throws IOException {
        Path file = tmp.resolve("cut.xlsx");
        Map<String, String> parts = smallParts();
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        parts.put("xl/worksheets/sheet1.xml", sheet.substring(0, sheet.indexOf("<row r=\"5\"") + 20));
        zip(file, parts);
        try (XlsxReader x = XlsxReader.open(file); TabularReader s = x.sheet(0)) {
            ListFormatException e = assertThrows(ListFormatException.class, () -> {
                while (s.next() != null) {
                    // read to the cut
                }
            });
            assertTrue(e.getMessage().contains("cut.xlsx [sheet Persons]") && e.getMessage().contains("line"), e.getMessage());
        }
    }

    @Test
    void zipBombIsRefused() throws IOException {
        Path file = tmp.resolve("bomb.xlsx");
        Map<String, String> parts = smallParts();
        // 20 MB of one repeated byte deflates ~1000:1, far beyond any real sheet
        parts.put("xl/sharedStrings.xml", "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>"
                + "A".repeat(20_000_000) + "</t></si></sst>");
        zip(file, parts);
        try (XlsxReader x = XlsxReader.open(file)) {
            ListFormatException e = assertThrows(ListFormatException.class, () -> x.sheet(0));
            assertTrue(e.getMessage().contains("zip bomb") && e.getMessage().contains("sharedStrings"), e.getMessage());
        }
        try (XlsxReader x = XlsxReader.open(file, 10_000)) {
            assertThrows(ListFormatException.class, () -> x.sheet(0));
        }
    }

    static void writeSmallWorkbook(Path file) throws IOException {
        zip(file, smallParts());
    }

    static Map<String, String> smallParts() {
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        parts.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel + "\">"
                + "<workbookPr/><sheets><sheet name=\"Persons\" sheetId=\"1\" r:id=\"rId7\"/>"
                + "<sheet name=\"Vessels\" sheetId=\"2\" r:id=\"rId8\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId7\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId8\" Type=\"" + rel + "/worksheet\" Target=\"/xl/worksheets/ships.xml\"/></Relationships>");
        parts.put("xl/styles.xml", "<styleSheet xmlns=\"" + main + "\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/></numFmts>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"14\"/><xf numFmtId=\"2\"/></cellXfs></styleSheet>");
        parts.put("xl/sharedStrings.xml", "<sst xmlns=\"" + main + "\" count=\"6\" uniqueCount=\"6\"><si><t>Name</t></si><si><t>Born</t></si>"
                + "<si><t>Count</t></si><si><t>Share</t></si><si><t>Active</t></si>"
                + "<si><r><t>KIM Jong</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\"> Un</t></r><rPh sb=\"0\" eb=\"1\"><t>キム</t></rPh></si></sst>");
        parts.put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"" + main + "\">\n<sheetData>\n"
                + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c><c r=\"E1\" t=\"s\"><v>4</v></c></row>\n"
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>5</v></c><c r=\"B2\" s=\"1\"><v>30689</v></c><c r=\"C2\"><v>3.0</v></c><c r=\"D2\" s=\"3\"><v>0.25</v></c><c r=\"E2\" t=\"b\"><v>1</v></c></row>\n"
                + "<row r=\"3\"><c r=\"C3\"><f>SUM(1,2)</f><v>1200</v></c><c r=\"D3\"/></row>\n"
                + "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><r><t>rich</t></r><r><t xml:space=\"preserve\"> text</t></r></is></c>"
                + "<c r=\"B5\" s=\"2\"><v>2</v></c><c r=\"C5\"><v>-7</v></c><c r=\"D5\"><v>1.234567125E6</v></c><c r=\"E5\" t=\"b\"><v>0</v></c></row>\n"
                + "</sheetData>\n<mergeCells count=\"1\"><mergeCell ref=\"C3:D3\"/></mergeCells>\n</worksheet>");
        parts.put("xl/worksheets/ships.xml", "<worksheet xmlns=\"" + main + "\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>IMO</t></is></c><c r=\"C1\" t=\"str\"><f>\"Flag\"</f><v>Flag</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\"><v>9123456</v></c><c r=\"C2\" t=\"inlineStr\"><is><t>KP</t></is></c></row>"
                + "</sheetData></worksheet>");
        return parts;
    }

    static void zip(Path file, Map<String, String> parts) throws IOException {
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(os)) {
            for (Map.Entry<String, String> p : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(p.getKey()));
                z.write(p.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
    }
}
