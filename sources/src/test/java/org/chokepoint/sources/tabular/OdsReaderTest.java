package org.chokepoint.sources.tabular;

import org.chokepoint.sources.ListFormatException;
import org.chokepoint.sources.testing.DataDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OdsReaderTest {
    static final Path SUMMARY = DataDir.get().resolve("lists/uk-sanctions-list/2025-08-11-summary/UK_Sanctions_List_summary.ods");

    @TempDir
    Path tmp;

    @Test
    void readsTheUkSanctionsListSummaryLikeItsCsvConversion() throws IOException {
        Path csv = SUMMARY.resolveSibling("UK_Sanctions_List_summary.from-ods.csv");
        try (OdsReader ods = OdsReader.open(SUMMARY); TabularReader a = ods.sheet("UK_Sanction_List"); CsvReader b = CsvReader.open(csv, ',')) {
            assertEquals(List.of("UK_Sanction_List"), ods.sheetNames());
            assertEquals(List.of("Unique ID", "OFSI Group ID", "Name", "Regime Name", "Type", "Designation source",
                    "Date Designated", "Sanctions Imposed"), a.next());
            b.next();
            int rows = 0;
            for (List<String> ra = a.next(), rb = b.next(); ra != null || rb != null; ra = a.next(), rb = b.next()) {
                assertEquals(rb, ra, "row " + a.recordLine());
                rows++;
            }
            assertEquals(5_302, rows);
            assertEquals(5_303, a.recordLine()); // the 1,043,268 padding rows are not rows
        }
    }

    @Test
    void repeatedCellsAndRowsCoveredCellsAndTypedValues() throws IOException {
        String t = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
        String o = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
        String x = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
        String content = "<office:document-content xmlns:office=\"" + o + "\" xmlns:table=\"" + t + "\" xmlns:text=\"" + x + "\">"
                + "<office:body><office:spreadsheet>"
                + "<table:table table:name=\"First\"><table:table-row><table:table-cell><text:p>skip</text:p></table:table-cell></table:table-row></table:table>"
                + "<table:table table:name=\"Second\">"
                + "<table:table-row>\n  <table:table-cell office:value-type=\"string\">\n <text:p>a<text:s text:c=\"2\"/>b</text:p><text:p>c</text:p>\n</table:table-cell>"
                + "<table:table-cell table:number-columns-repeated=\"2\"/>"
                + "<table:table-cell office:value-type=\"float\" office:value=\"42\" table:number-columns-repeated=\"2\"><text:p>42.00</text:p></table:table-cell>"
                + "<table:table-cell table:number-columns-repeated=\"16000\"/></table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"2\">"
                + "<table:table-cell office:value-type=\"date\" office:date-value=\"2025-07-23T00:00:00\" table:number-columns-spanned=\"2\"><text:p>23-07-2025</text:p></table:table-cell>"
                + "<table:covered-table-cell><text:p>hidden</text:p></table:covered-table-cell>"
                + "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"true\"><text:p>TRUE</text:p></table:table-cell>"
                + "<table:table-cell office:value-type=\"percentage\" office:value=\"0.5\"><text:p>50%</text:p><office:annotation><text:p>note</text:p></office:annotation></table:table-cell>"
                + "</table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>"
                + "</table:table></office:spreadsheet></office:body></office:document-content>";
        Path file = tmp.resolve("small.ods");
        XlsxReaderTest.zip(file, Map.of("mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", content));
        try (OdsReader ods = OdsReader.open(file)) {
            assertEquals(List.of("First", "Second"), ods.sheetNames());
            try (TabularReader s = ods.sheet("Second")) {
                assertEquals(List.of("a  b\nc", "", "", "42", "42"), s.next());
                assertEquals(List.of(), s.next());
                assertEquals(List.of(), s.next());
                assertEquals(List.of("2025-07-23", "", "TRUE", "0.5"), s.next());
                assertEquals(List.of("2025-07-23", "", "TRUE", "0.5"), s.next());
                assertEquals(5, s.recordLine());
                assertNull(s.next());
            }
        }
    }

    @Test
    void badFilesAreFormatErrors() throws IOException {
        Path notZip = tmp.resolve("list.ods");
        Files.writeString(notZip, "<xml/>");
        assertTrue(assertThrows(ListFormatException.class, () -> OdsReader.open(notZip)).getMessage().contains("list.ods"));
        Path noContent = tmp.resolve("empty.ods");
        XlsxReaderTest.zip(noContent, Map.of("mimetype", "application/vnd.oasis.opendocument.spreadsheet"));
        assertTrue(assertThrows(ListFormatException.class, () -> OdsReader.open(noContent)).getMessage().contains("content.xml"));
        Path cut = tmp.resolve("cut.ods");
        XlsxReaderTest.zip(cut, Map.of("content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\">"
                + "<table:table table:name=\"S\"><table:table-row><table:table-cell>"));
        try (OdsReader ods = OdsReader.open(cut); TabularReader s = ods.sheet(0)) {
            ListFormatException e = assertThrows(ListFormatException.class, s::next);
            assertTrue(e.getMessage().contains("cut.ods [sheet S]"), e.getMessage());
        }
    }
}
