package org.chokepoint.sources.audit;

import org.chokepoint.audit.AuditResult;
import org.chokepoint.audit.CodeVerdict;
import org.chokepoint.audit.ColumnRole;
import org.chokepoint.audit.RowVerdict;
import org.chokepoint.sources.refdata.ReferenceLexicon;
import org.chokepoint.sources.testing.DataDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exports harder than the development one, on the real reference data: a workbook with a cover sheet and a
 * two-row header, numeric order numbers and Excel serial dates; rows with no destination whose clues say North
 * Korea; a code whose rows show only a Dubai intermediary; a region code over Iran and Syria.
 */
class HarderExportsTest {
    @TempDir
    Path dir;

    /** The reference data loads once per process ({@link ReferenceLexicon#load} keeps it). */
    private static AuditResult audit(Path file) throws IOException {
        return new ExportAudit(ReferenceLexicon.load(DataDir.get())).audit(file, null);
    }

    private static final String[][] OPEN = {{"Germany", "Hamburg", "EUR", "+49 40 123456"}, {"Spain", "Sevilla", "EUR", "+34 954 123 456"},
            {"Mexico", "Monterrey", "MXN", "+52 81 1234 5678"}, {"Canada", "Calgary", "CAD", "+1 403 555 0100"}};

    private static CodeVerdict code(AuditResult r, String code) {
        return r.codes().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow(() -> new AssertionError("no code " + code + " in " + r.codes()));
    }

    private static ColumnRole role(AuditResult r, String header) {
        return r.columns().stream().filter(c -> c.header().equals(header)).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + header + " in " + r.columns())).role();
    }

    private static String cell(String ref, Object v) {
        return v instanceof Number ? "<c r=\"" + ref + "\"><v>" + v + "</v></c>"
                : "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + v + "</t></is></c>";
    }

    private static String row(int n, Object... cells) {
        StringBuilder sb = new StringBuilder("<row r=\"" + n + "\">");
        for (int i = 0; i < cells.length; i++) if (!"".equals(cells[i])) sb.append(cell(String.valueOf((char) ('A' + i)) + n, cells[i]));
        return sb.append("</row>").toString();
    }

    /** Excel's day number of a date (1900 system). */
    private static long serial(LocalDate d) {
        return java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), d);
    }

    @Test
    void workbookWithCoverSheetTwoRowHeaderOrderNumbersAndSerialDates() throws IOException {
        String cover = row(1, "Order book export") + row(2, "Prepared for the compliance review") + row(3, "Confidential");
        StringBuilder data = new StringBuilder(row(1, "Order", "", "Destination", "", "Finance", ""));
        data.append(row(2, "Order No", "Order date", "Country", "City", "Value", "Currency"));
        int r = 3;
        long order = 2014000123L;
        for (int i = 0; i < 40; i++) {
            String[] o = OPEN[i % OPEN.length];
            data.append(row(r++, order++, serial(LocalDate.of(2014, 1, 1).plusDays(i)), o[0], o[1], 100_000 + (7_919 * i) % 50_000, o[2]));
        }
        for (int i = 0; i < 6; i++) {
            data.append(row(r++, order++, serial(LocalDate.of(2015, 3, 1).plusDays(i)), "Z-01", i % 2 == 0 ? "Pyongyang" : "Hamhung", 250_000 + i, "KPW"));
        }
        Path xlsx = dir.resolve("orders.xlsx");
        SmallExportsTest.writeXlsx(xlsx, cover, data.toString());
        AuditResult res = audit(xlsx);

        assertEquals(AuditResult.Status.CODES_FOUND, res.status(), res.toString());
        assertEquals(46, res.rows());
        assertTrue(res.problems().stream().anyMatch(p -> p.contains("sheet 'Projects'") && p.contains("no country column")), res.problems().toString());
        assertEquals(ColumnRole.ID, role(res, "Order No"), "order numbers are identifiers, not amounts");
        assertEquals(ColumnRole.DATE, role(res, "Order date"), "Excel day numbers under a date header are dates");
        assertEquals(ColumnRole.COUNTRY, role(res, "Destination Country"));
        assertEquals(ColumnRole.CITY, role(res, "Destination City"));
        assertEquals(ColumnRole.AMOUNT, role(res, "Finance Value"));
        CodeVerdict z = code(res, "Z-01");
        assertEquals("KP", z.country());
        RowVerdict first = z.verdicts().get(0);
        assertEquals("2014000163", first.id());
        assertEquals(LocalDate.of(2015, 3, 1), first.date());
        assertEquals(250_000.0, first.amount());
    }

    @Test
    void rowsWithNoDestinationWhoseCluesSayNorthKoreaAreFlagged() throws IOException {
        StringBuilder sb = new StringBuilder("id,destination,site,customer,currency,phone\n");
        for (int i = 0; i < 40; i++) {
            String[] o = OPEN[i % OPEN.length];
            sb.append("R").append(i).append(',').append(o[0]).append(',').append(o[1]).append(",Kunde GmbH,").append(o[2]).append(',').append(o[3]).append('\n');
        }
        String[] blanks = {"", "n/a", "-", "unknown"};
        for (int i = 0; i < 4; i++) sb.append("B").append(i).append(',').append(blanks[i]).append(",Pyongyang,Koryolink,KPW,+850 2 381 ").append(1000 + i).append('\n');
        sb.append("B9,n/a,,Kunde GmbH,EUR,\n");
        AuditResult r = audit(Files.writeString(dir.resolve("blanks.csv"), sb.toString()));

        assertEquals(AuditResult.Status.HIDDEN_IN_BLANKS, r.status(), "never 'nothing hidden' for such a file");
        assertEquals(5, r.blankRows());
        CodeVerdict blank = code(r, CodeVerdict.NO_DESTINATION_CODE);
        assertEquals(CodeVerdict.Kind.NO_DESTINATION, blank.kind());
        assertEquals(5, blank.rows(), "rows with some clue are listed");
        assertNull(blank.verdicts().get(4).country(), "EUR names no destination");
        for (RowVerdict v : blank.verdicts().subList(0, 4)) {
            assertEquals("KP", v.country(), v.toString());
            assertTrue(v.probability() > 0.9, v.toString());
            assertTrue(v.evidence().stream().anyMatch(e -> e.contains("+850")), v.evidence().toString());
        }
        assertTrue(blank.note().contains("4 of them to embargoed destinations (North Korea)"), blank.note());
    }

    @Test
    void aCodeWhoseRowsShowOnlyADubaiIntermediaryIsNotDecidedAsTheUae() throws IOException {
        StringBuilder sb = new StringBuilder("id,country,city,phone\n");
        for (int i = 0; i < 40; i++) sb.append("R").append(i).append(',').append(OPEN[i % 4][0]).append(',').append(OPEN[i % 4][1]).append(',').append(OPEN[i % 4][3]).append('\n');
        for (int i = 0; i < 5; i++) sb.append("X").append(i).append(",X7,Dubai,+971 4 321 ").append(1000 + i).append('\n');
        AuditResult r = audit(Files.writeString(dir.resolve("dubai.csv"), sb.toString()));

        CodeVerdict x7 = code(r, "X7");
        assertEquals(CodeVerdict.Kind.INTERMEDIARY, x7.kind());
        assertNull(x7.country(), "the hub's country is not decided");
        assertTrue(x7.note().startsWith("rows show a Dubai intermediary; final destination not evidenced; candidates Iran (hub evidence"), x7.note());
        assertTrue(x7.note().contains("United Arab Emirates (the intermediary's own country"), x7.note());
        assertTrue(x7.verdicts().stream().allMatch(v -> v.country() == null && "AE".equals(v.alone()) || "IR".equals(v.alone())), x7.verdicts().toString());
    }

    @Test
    void aRegionCodeWhoseRowsDisagreeIsReportedWithItsRowLevelCountries() throws IOException {
        StringBuilder sb = new StringBuilder("id,country,city,currency,phone\n");
        for (int i = 0; i < 40; i++) {
            String[] o = OPEN[i % 4];
            sb.append("R").append(i).append(',').append(o[0]).append(',').append(o[1]).append(',').append(o[2]).append(',').append(o[3]).append('\n');
        }
        for (int i = 0; i < 6; i++) sb.append("I").append(i).append(",EMEA-2,Tabriz,IRR,+98 21 8888 ").append(1000 + i).append('\n');
        for (int i = 0; i < 4; i++) sb.append("S").append(i).append(",EMEA-2,Aleppo,SYP,+963 21 221 ").append(1000 + i).append('\n');
        AuditResult r = audit(Files.writeString(dir.resolve("region.csv"), sb.toString()));

        CodeVerdict emea = code(r, "EMEA-2");
        assertEquals(CodeVerdict.Kind.REGION, emea.kind());
        assertNull(emea.country());
        assertEquals(List.of("IR", "SY"), emea.candidates().stream().map(c -> c.alpha2()).toList());
        Map<String, Long> byCountry = emea.verdicts().stream().collect(Collectors.groupingBy(RowVerdict::country, Collectors.counting()));
        assertEquals(Map.of("IR", 6L, "SY", 4L), byCountry);
        assertTrue(emea.verdicts().stream().filter(v -> v.id().startsWith("I")).allMatch(v -> v.country().equals("IR")));
    }
}
