package org.chokepoint.rules;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Commerce Country Chart (Supp. 1 to 15 CFR 738) joined with CCL Categories 3-5 (Supp. 1 to 15 CFR 774). */
class CountryChartTest {
    private static final RuleBook BOOK = RuleBook.bundled();
    private static final LocalDate DAY = LocalDate.of(2026, 10, 1);

    private static ChartJudgement judge(String eccn, String dest) {
        return ChartJudgement.of(BOOK.controlList().entry(eccn).orElseThrow(), ControlList.paragraph(eccn), dest, DAY,
                BOOK.chart(), BOOK.groups());
    }

    @Test
    void everyEncodedEccnToEveryChartCountryGetsAnAnswer() throws Exception {
        assertEquals(127 + 3, BOOK.controlList().size());
        List<String[]> rows = chartRows();
        assertEquals(200, rows.size());
        int licence = 0;
        for (String eccn : List.of("3A001", "3A090", "3B001", "3D001", "3E001", "4A003", "4E001", "5A001", "5A002", "5D002", "5E002", "5A992")) {
            for (String[] r : rows) {
                ChartJudgement j = judge(eccn, r[0]);
                assertFalse(j.evidence().isBlank());
                if (j.verdict() == Verdict.LICENCE_REQUIRED) {
                    licence++;
                    assertFalse(j.required().isEmpty(), eccn + " " + r[0]);
                }
            }
        }
        assertTrue(licence > 0);
    }

    /** An entry whose controls reach the whole entry (3A003: NS2, AT1) needs a licence exactly where NS2 has an X. */
    @Test
    void wholeEntryControlsFollowTheChartColumnCountryByCountry() throws Exception {
        List<String[]> rows = chartRows();
        int ns2 = 8; // index of NS2 among iso2, name, CB1 CB2 CB3 NP1 NP2 NS1 NS2
        for (String[] r : rows) {
            if (CountryChart.partSevenFortySix(r[0])) continue;
            ChartJudgement j = judge("3A003", r[0]);
            String country = r[0].equals("LI") ? "CH" : r[0];
            String[] decides = rows.stream().filter(x -> x[0].equals(country)).findFirst().orElseThrow();
            Verdict expected = "X".equals(decides[ns2]) ? Verdict.LICENCE_REQUIRED : Verdict.CLEAR;
            assertEquals(expected, j.verdict(), r[0] + ": " + j.evidence());
            if (expected == Verdict.LICENCE_REQUIRED) assertEquals("NS2", j.required().get(0).label());
        }
    }

    @Test
    void paragraphsDecideWhichColumnApplies() {
        // 5A001.a is NS1 (15 CFR 742.4(a)(1)): Germany has an NS1 X
        ChartJudgement a = judge("5A001.a", "DE");
        assertEquals(Verdict.LICENCE_REQUIRED, a.verdict());
        assertEquals("NS1", a.required().get(0).label());
        assertTrue(a.citation().contains("742.4"), a.citation());
        // 5A001.b.1 is NS2 only (742.4(a)(2)): no NS2 X for Germany, AT1 has no X: NLR
        assertEquals(Verdict.CLEAR, judge("5A001.b.1", "DE").verdict());
        // 5A001.b.5 is excepted from NS2 and named by NS1
        assertEquals("NS1", judge("5A001.b.5", "DE").required().get(0).label());
        // a bare 5A001 to Germany: NS1 reaches some paragraphs, NS2 (no X) others: the paragraph decides
        ChartJudgement bare = judge("5A001", "DE");
        assertEquals(Verdict.REVIEW, bare.verdict());
        assertTrue(bare.evidence().contains("give the ECCN paragraph"), bare.evidence());
        // to China both NS1 and NS2 have an X: licence whichever paragraph
        assertEquals(Verdict.LICENCE_REQUIRED, judge("5A001", "CN").verdict());
    }

    @Test
    void controlsWithoutAChartColumnNameTheirDestinations() {
        // 3A090.a: RS worldwide, 15 CFR 742.6(a)(6)(iii)(A)
        ChartJudgement a = judge("3A090.a", "DE");
        assertEquals(Verdict.LICENCE_REQUIRED, a.verdict());
        assertEquals("15 CFR 742.6(a)(6)(iii)(A)", a.citation());
        // 3A090.b: RS to the UAE and D:1, D:4, D:5 except A:5/A:6 (742.6(a)(6)(iii)(B))
        assertEquals(Verdict.LICENCE_REQUIRED, judge("3A090.b", "CN").verdict());
        assertEquals(Verdict.LICENCE_REQUIRED, judge("3A090.b", "AE").verdict());
        assertEquals(Verdict.CLEAR, judge("3A090.b", "DE").verdict());
        // 5A980: surreptitious interception, SL to all destinations (742.13)
        ChartJudgement sl = judge("5A980", "CA");
        assertEquals(Verdict.LICENCE_REQUIRED, sl.verdict());
        assertTrue(sl.citation().contains("742.13"));
        // 3A992: RS to Pakistan only (742.6(a)(12))
        assertEquals(Verdict.LICENCE_REQUIRED, judge("3A992", "PK").verdict());
        assertEquals(Verdict.CLEAR, judge("3A992", "IN").verdict());
    }

    @Test
    void chartCorrectionsAgainstTheEarlierSimplifiedRules() {
        // CB1 has an X for Canada too (the simplified table excepted it): 1C351 needs a licence (15 CFR 742.2)
        assertEquals(Verdict.LICENCE_REQUIRED, judge("1C351", "CA").verdict());
        // crime control: 3A980 (CC1, 15 CFR 742.7) to Brazil, not to Germany
        assertEquals(Objects.requireNonNull(BOOK.chart().row("BR").orElseThrow().xColumns().contains("CC1"))
                ? Verdict.LICENCE_REQUIRED : Verdict.CLEAR, judge("3A980", "BR").verdict());
        assertEquals(Verdict.CLEAR, judge("3A980", "DE").verdict());
        // Liechtenstein: footnote 5 refers to Switzerland's row
        ChartJudgement li = judge("5A001.a", "LI");
        assertEquals(Verdict.LICENCE_REQUIRED, li.verdict());
        assertTrue(li.evidence().contains("Switzerland"), li.evidence());
    }

    @Test
    void theEngineNamesTheColumnAndSkipsTheChartForPart746() {
        Decision d = Tx.to("CN").date("2026-10-01").item("3A003", "100", "0", "US", "8542").decide();
        RuleFinding f = Tx.with(d, "item.licence.chart").get(0);
        assertEquals(Verdict.LICENCE_REQUIRED, f.verdict(), f.evidence());
        assertTrue(f.evidence().contains("X for CN under NS2"), f.evidence());
        assertTrue(f.citation().startsWith("15 CFR 742.4; Supp. 1 to part 738, column NS2"), f.citation());
        // 3A001.b.2 to India: no NS2 X; NS1 reaches only MMIC amplifiers meeting the parameters: REVIEW naming NS1
        RuleFinding mmic = Tx.with(Tx.to("IN").date("2026-10-01").item("3A001.b.2", "100", "0", "US", "8542").decide(),
                "item.licence.chart").get(0);
        assertEquals(Verdict.REVIEW, mmic.verdict());
        assertTrue(mmic.evidence().contains("marks IN under NS1"), mmic.evidence());
        // Iran: part 746 decides (15 CFR 746.7), never the chart row's CB1 mark
        Decision ir = Tx.to("IR").date("2026-10-01").item("3A003", "100", "0", "US", "8542").decide();
        assertTrue(Tx.with(ir, "item.licence.chart").isEmpty());
        assertEquals(1, Tx.with(ir, "item.licence.ir-ear").size());
    }

    @Test
    void scopesOfParagraphs() {
        assertEquals(ControlList.Coverage.COVERS, ControlList.coverage("entire entry", null));
        assertEquals(ControlList.Coverage.MISSES, ControlList.coverage("entire entry except .y", "y.1"));
        assertEquals(ControlList.Coverage.COVERS, ControlList.coverage("entire entry except .y", "x"));
        assertEquals(ControlList.Coverage.COVERS, ControlList.coverage(".a, b.5, .e, .f.3 and .h", "f.3.b"));
        assertEquals(ControlList.Coverage.MISSES, ControlList.coverage(".a, b.5, .e, .f.3 and .h", "b.1"));
        assertEquals(ControlList.Coverage.UNKNOWN, ControlList.coverage(".a, b.5, .e, .f.3 and .h", "b"));
        assertEquals(ControlList.Coverage.MISSES, ControlList.coverage(".b (except .b.5), .c", "b.5"));
        assertEquals(ControlList.Coverage.COVERS, ControlList.coverage(".b (except .b.5), .c", "b.4"));
        assertEquals(ControlList.Coverage.UNKNOWN, ControlList.coverage("“software” for commodities controlled by 3A001.b", "a"));
    }

    private static List<String[]> chartRows() throws Exception {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                RuleTable.class.getResourceAsStream("ear/country-chart.tsv"), StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) continue;
                if (header) { header = false; continue; }
                out.add(line.split("\t", -1));
            }
        }
        return out;
    }

    @Test
    void aBare5A992ToChinaIsNotLicenceRequiredByItsDotZControlsAlone() {
        // 5A992: RS only for .z.1/.z.2 (742.6(a)(6)(iii)), AT1 for the entire entry; a laptop of 5A992.c is NLR to China,
        // so without the paragraph the answer is REVIEW, not LICENCE REQUIRED (15 CFR 774 Supp. 1, 738 Supp. 1)
        Decision bare = Tx.to("CN").item("5A992", "1000", "0", "US", "8471").decide();
        assertEquals(Verdict.REVIEW, Tx.with(bare, "item.licence.chart").get(0).verdict(), bare.findings().toString());
        Decision mass = Tx.to("CN").item("5A992.c", "1000", "0", "US", "8471").decide();
        assertTrue(Tx.with(mass, "item.licence.chart").stream().noneMatch(f -> f.verdict() != Verdict.CLEAR), mass.findings().toString());
    }
}
