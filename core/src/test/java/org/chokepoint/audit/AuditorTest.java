package org.chokepoint.audit;

import org.chokepoint.model.Country;
import org.chokepoint.model.CountryIndex;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine on a hand-made world of five named countries (and twenty more nobody mentions, so that a clue is
 * weighed against a realistic number of alternatives) and a lexicon that knows a few values.
 */
class AuditorTest {
    static Country c(String a2, String name) {
        return new Country(a2, a2 + "X", "", name, name, List.of(), List.of(), List.of(), List.of(), List.of(), 0);
    }

    static CountryIndex world() {
        List<Country> all = new ArrayList<>(List.of(c("CU", "Cuba"), c("ES", "Spain"), c("MX", "Mexico"),
                c("US", "United States"), c("VE", "Venezuela"), c("AE", "United Arab Emirates"), c("IR", "Iran"),
                c("KP", "North Korea"), c("SY", "Syria"), c("LB", "Lebanon")));
        for (char a = 'P'; a < 'P' + 15; a++) all.add(c("Q" + a, "Filler " + a));
        return new CountryIndex(all, Map.of());
    }

    private final CountryIndex index = world();

    /** Havana → CU, Madrid → ES, CUP → CU, USD → US and VE (a currency used in many places), +53 → CU, +34 → ES. */
    private final EvidenceLexicon lexicon = (role, cell) -> {
        List<Clue> out = new ArrayList<>();
        switch (cell) {
            case "Havana" -> out.add(new Clue(ClueKind.PLACE, "Havana", Map.of("CU", 1.0), "test"));
            case "Madrid" -> out.add(new Clue(ClueKind.PLACE, "Madrid", Map.of("ES", 1.0), "test"));
            case "CUP" -> out.add(new Clue(ClueKind.CURRENCY, "CUP", Map.of("CU", 1.0), "test"));
            case "USD" -> out.add(new Clue(ClueKind.CURRENCY, "USD", Map.of("US", 0.5, "VE", 0.5), "test"));
            case "+53 7 1234567" -> out.add(new Clue(ClueKind.PHONE, "+53", Map.of("CU", 1.0), "test"));
            case "+34 91 1234567" -> out.add(new Clue(ClueKind.PHONE, "+34", Map.of("ES", 1.0), "test"));
            default -> {
            }
        }
        return out;
    };

    private final List<ColumnProfile> columns = List.of(new ColumnProfile(0, "id", ColumnRole.ID, 1),
            new ColumnProfile(1, "country", ColumnRole.COUNTRY, 1), new ColumnProfile(2, "city", ColumnRole.CITY, 1),
            new ColumnProfile(3, "ccy", ColumnRole.CURRENCY, 1), new ColumnProfile(4, "phone", ColumnRole.PHONE, 1),
            new ColumnProfile(5, "value", ColumnRole.AMOUNT, 1), new ColumnProfile(6, "date", ColumnRole.DATE, 1));

    private AuditResult run(List<List<String>> rows) {
        Auditor a = new Auditor("test.csv", index, lexicon, columns);
        long line = 2;
        for (List<String> r : rows) a.accept(line++, r);
        return a.finish();
    }

    private static List<String> row(String id, String country, String city, String ccy, String phone, String value, String date) {
        return List.of(id, country, city, ccy, phone, value, date);
    }

    @Test
    void decodesACodeFromItsRowsAndNeverFlagsOpenRows() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) rows.add(row("o" + i, i % 2 == 0 ? "Spain" : "Mexico", i % 2 == 0 ? "Madrid" : "", "USD", "", "100", "2012-01-01"));
        rows.add(row("h1", "X-3", "Havana", "USD", "", "1,000", "2013-05-01"));
        rows.add(row("h2", "X-3", "", "CUP", "+53 7 1234567", "2000", "2014-05-01"));
        rows.add(row("h3", "X-3", "", "USD", "", "3000", "2015-05-01"));
        AuditResult r = run(rows);
        assertEquals(AuditResult.Status.CODES_FOUND, r.status());
        assertEquals(30, r.openRows());
        assertEquals(1, r.codes().size());
        CodeVerdict x3 = r.codes().get(0);
        assertEquals("X-3", x3.code());
        assertEquals("CU", x3.country());
        assertTrue(x3.confidence() > 0.95 && x3.confidence() < 0.999, "two rows with clues of their own: confidence " + x3.confidence());
        assertEquals(2, x3.rowsWithOwnEvidence(), "USD is seen openly with Spain and Mexico only: discredited, no evidence");
        RowVerdict h3 = x3.verdicts().get(2);
        assertTrue(h3.inherited());
        assertEquals("CU", h3.country());
        assertEquals(3000.0, h3.amount());
        assertEquals(2015, h3.date().getYear());
        assertEquals(List.of("h1", "h2", "h3"), r.decodedRows().stream().map(RowVerdict::id).toList());
        assertFalse(x3.evidence().stream().anyMatch(e -> e.value().equals("USD")));
    }

    @Test
    void noClueNorTwoFlipsARowOfAOneCountryCodeAndTheDissentIsKept() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) rows.add(row("h" + i, "K9", "Havana", "CUP", "+53 7 1234567", "1", "2010"));
        rows.add(row("one", "K9", "", "", "+34 91 1234567", "1", "2010"));
        rows.add(row("two", "K9", "Madrid", "", "+34 91 1234567", "1", "2010"));
        CodeVerdict k9 = run(rows).codes().get(0);
        assertEquals(CodeVerdict.Kind.COUNTRY, k9.kind(), "2 dissenting rows of 12 do not make a region");
        assertEquals("CU", k9.country());
        for (RowVerdict odd : k9.verdicts().subList(10, 12)) {
            assertEquals("CU", odd.country(), "Spain is named nowhere openly, and still one clue (or a reseller's two) does not flip the row");
            assertFalse(odd.inherited());
            assertEquals("ES", odd.alone(), "what the row's clues say alone is kept");
        }
        assertTrue(k9.verdicts().get(10).probability() > k9.verdicts().get(11).probability(), "two dissenting clues leave it less sure than one");
        assertTrue(k9.verdicts().get(11).probability() < 0.9, "and the probability says so: " + k9.verdicts().get(11).probability());
    }

    @Test
    void confidenceGrowsWithIndependentRowsNotWithTheCluesOfOneRow() {
        List<List<String>> one = new ArrayList<>();
        one.add(row("a", "Mexico", "", "", "", "1", ""));
        one.add(row("x", "Q1", "Havana", "CUP", "+53 7 1234567", "1", ""));
        CodeVerdict single = run(one).codes().get(0);
        assertEquals("CU", single.country());
        assertTrue(single.confidence() > 0.6 && single.confidence() < 0.95, "one row, however many clues: " + single.confidence());

        List<List<String>> many = new ArrayList<>(one.subList(0, 1));
        for (int i = 0; i < 4; i++) many.add(row("x" + i, "Q1", i % 2 == 0 ? "Havana" : "", "CUP", i % 2 == 1 ? "+53 7 1234567" : "", "1", ""));
        CodeVerdict four = run(many).codes().get(0);
        assertTrue(four.confidence() > 0.99, "four rows that differ: " + four.confidence());
    }

    @Test
    void aCodeWhoseCluesAllBelongToAHubIsAnIntermediaryNotTheHubsCountry() {
        EvidenceLexicon hubs = (role, cell) -> switch (cell) {
            case "Dubai" -> List.of(new Clue(ClueKind.HUB, "Dubai (AE → IR)", Map.of("IR", 1.0), "test", "AE"),
                    new Clue(ClueKind.PLACE, "Dubai", Map.of("AE", 1.0), "test"));
            case "+971 4 1234567" -> List.of(new Clue(ClueKind.PHONE, "+971", Map.of("AE", 1.0), "test"));
            case "IRR" -> List.of(new Clue(ClueKind.CURRENCY, "IRR", Map.of("IR", 1.0), "test"));
            default -> List.of();
        };
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("a", "Mexico", "", "", "", "1", ""));
        for (int i = 0; i < 3; i++) rows.add(row("x" + i, "X7", "Dubai", "", "+971 4 1234567", "1", ""));
        Auditor a = new Auditor("hub.csv", index, hubs, columns);
        long line = 2;
        for (List<String> r : rows) a.accept(line++, r);
        CodeVerdict x7 = a.finish().codes().get(0);
        assertEquals(CodeVerdict.Kind.INTERMEDIARY, x7.kind());
        assertNull(x7.country());
        assertEquals(0.0, x7.confidence(), "never a hard 1.00 from one intermediary");
        assertEquals(List.of("IR", "AE"), x7.candidates().subList(0, 2).stream().map(CountryShare::alpha2).toList());
        assertTrue(x7.note().startsWith("rows show a Dubai intermediary; final destination not evidenced; candidates Iran (hub evidence, "), x7.note());

        // with one clue of its own beside the hub's, the code is decoded, and the hub's city and phone count once
        rows.add(row("x9", "X7", "Dubai", "IRR", "+971 4 1234567", "1", ""));
        Auditor b = new Auditor("hub.csv", index, hubs, columns);
        line = 2;
        for (List<String> r : rows) b.accept(line++, r);
        CodeVerdict decoded = b.finish().codes().get(0);
        assertEquals(CodeVerdict.Kind.COUNTRY, decoded.kind());
        assertEquals("IR", decoded.country());
    }

    @Test
    void aCodeWhoseRowsClearlyDisagreeIsARegionDecodedRowByRow() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("a", "Mexico", "", "", "", "1", ""));
        for (int i = 0; i < 4; i++) rows.add(row("c" + i, "EMEA-2", "Havana", "CUP", "+53 7 1234567", "1", ""));
        for (int i = 0; i < 3; i++) rows.add(row("s" + i, "EMEA-2", "Madrid", "", "+34 91 1234567", "1", ""));
        rows.add(row("n", "EMEA-2", "", "", "", "1", ""));
        CodeVerdict emea = run(rows).codes().get(0);
        assertEquals(CodeVerdict.Kind.REGION, emea.kind());
        assertNull(emea.country());
        assertEquals(List.of("CU", "ES"), emea.candidates().stream().map(CountryShare::alpha2).toList());
        assertEquals(List.of("CU", "CU", "CU", "CU", "ES", "ES", "ES"), emea.verdicts().subList(0, 7).stream().map(RowVerdict::country).toList());
        assertNull(emea.verdicts().get(7).country(), "a row without clues in a region is not guessed");
        assertTrue(emea.note().contains("Cuba (4), Spain (3) of 7"), emea.note());
    }

    @Test
    void blankDestinationsAreDecodedFromTheirOwnCluesAndEmbargoedOnesFlagged() {
        List<List<String>> rows = new ArrayList<>(java.util.Collections.nCopies(10, row("o", "Spain", "Madrid", "", "+34 91 1234567", "1", "")));
        rows.addAll(List.of(row("b1", "", "Havana", "CUP", "+53 7 1234567", "5", "2016"), row("b2", "n/a", "", "CUP", "+53 7 1234567", "5", "2016"),
                row("b3", "-", "", "", "", "5", "2016"), row("b4", "unknown", "Madrid", "", "", "5", "2016")));
        AuditResult r = run(rows);
        assertEquals(AuditResult.Status.HIDDEN_IN_BLANKS, r.status());
        assertEquals(4, r.blankRows());
        CodeVerdict blank = r.codes().get(0);
        assertEquals(CodeVerdict.NO_DESTINATION_CODE, blank.code());
        assertEquals(List.of("b1", "b2", "b4"), blank.verdicts().stream().map(RowVerdict::id).toList(), "the row with no clue is counted only");
        assertEquals("CU", blank.verdicts().get(0).country());
        assertEquals("CU", blank.verdicts().get(1).country());
        assertEquals(List.of("city: Havana (place)", "ccy: CUP (currency)", "phone: +53 (telephone code)"), blank.verdicts().get(0).evidence());
        assertEquals("ES", blank.verdicts().get(2).country());
        assertTrue(blank.note().contains("2 of them to embargoed destinations (Cuba)"), blank.note());
    }

    @Test
    void aCodeWithoutAnyEvidenceIsLeftUndecoded() {
        AuditResult r = run(List.of(row("a", "Mexico", "", "", "", "1", ""), row("b", "Q7", "", "", "", "1", "")));
        CodeVerdict q7 = r.codes().get(0);
        assertNull(q7.country());
        assertEquals(0.0, q7.confidence());
        assertTrue(q7.verdicts().get(0).inherited());
    }

    @Test
    void placeholdersAreNotCodesAndAFileWithoutCountryColumnIsNotJudged() {
        AuditResult r = run(List.of(row("a", "Mexico", "", "", "", "1", ""), row("b", "n/a", "Madrid", "", "", "1", ""),
                row("c", "", "", "", "", "1", "")));
        assertEquals(AuditResult.Status.NOTHING_HIDDEN, r.status(), "a blank row whose clue names Spain hides no embargoed destination");
        assertEquals(2, r.blankRows());
        CodeVerdict blank = r.codes().get(0);
        assertEquals(CodeVerdict.Kind.NO_DESTINATION, blank.kind());
        assertEquals("ES", blank.verdicts().get(0).country());

        Auditor none = new Auditor("x.csv", index, lexicon, List.of(new ColumnProfile(0, "a", ColumnRole.TEXT, 1)));
        none.accept(1, List.of("hello"));
        AuditResult nj = none.finish();
        assertEquals(AuditResult.Status.NOT_JUDGEABLE, nj.status());
        assertTrue(nj.reason().contains("no column holds country"), nj.reason());
        assertEquals(AuditResult.Status.NOT_JUDGEABLE, new Auditor("e.csv", index, lexicon, columns).finish().status());
    }

    @Test
    void partsReadApartAndAbsorbedInFileOrderDecodeAsOnePass() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) rows.add(row("o" + i, i % 3 == 0 ? "Spain" : "Mexico", i % 3 == 0 ? "Madrid" : "", "USD", "", "100", "2012-01-01"));
        rows.add(row("h1", "X-3", "Havana", "USD", "", "1,000", "2013-05-01"));
        rows.add(row("k1", "K9", "Madrid", "", "+34 91 1234567", "1", "2010"));
        rows.add(row("h2", "X-3", "", "CUP", "+53 7 1234567", "2000", "2014-05-01"));
        rows.add(row("c1", "Cuba", "Havana", "CUP", "", "5", "2011-01-01"));
        rows.add(row("k2", "K9", "", "", "", "1", "2010"));
        rows.add(row("h3", "X-3", "", "USD", "", "3000", "2015-05-01"));
        rows.add(row("b1", "", "Havana", "CUP", "", "70", "2016-01-01"));
        rows.add(row("b2", "n/a", "", "", "", "80", "2016-02-01"));
        rows.add(row("b3", "", "", "", "+53 7 1234567", "90", "2016-03-01"));
        // reading problems met in each part stay in file order
        Map<Integer, String> problems = Map.of(5, "line 7: 8 cells where the header has 7", 20, "line 22: 6 cells where the header has 7",
                33, "line 35: 9 cells where the header has 7");
        Auditor single = new Auditor("test.csv", index, lexicon, columns);
        for (int i = 0; i < rows.size(); i++) {
            single.accept(i + 2, rows.get(i));
            if (problems.containsKey(i)) single.problem(problems.get(i));
        }
        AuditResult onePass = single.finish();

        Auditor combined = new Auditor("test.csv", index, lexicon, columns);
        for (int[] part : new int[][]{{0, 20}, {20, 32}, {32, rows.size()}}) {
            Auditor a = new Auditor("test.csv", index, lexicon, columns);
            for (int i = part[0]; i < part[1]; i++) {
                a.accept(i + 2, rows.get(i));
                if (problems.containsKey(i)) a.problem(problems.get(i));
            }
            combined.absorb(travelled(a.evidence()));
        }
        AuditResult r = combined.finish();
        assertEquals(onePass, r);
        assertEquals(List.of(problems.get(5), problems.get(20), problems.get(33)), r.problems());
        assertEquals(3, r.blankRows());
        assertEquals(List.of("X-3", "K9", CodeVerdict.NO_DESTINATION_CODE), r.codes().stream().map(CodeVerdict::code).toList());
        assertEquals(List.of(32L, 34L, 37L), r.codes().get(0).verdicts().stream().map(RowVerdict::line).toList());
        // the blank rows with clues, in file order, decoded from their own clues
        CodeVerdict blank = r.codes().get(2);
        assertEquals(List.of(38L, 40L), blank.verdicts().stream().map(RowVerdict::line).toList());
        assertEquals(List.of("CU", "CU"), blank.verdicts().stream().map(RowVerdict::country).toList());
    }

    @Test
    void partsKeepTheFirstBlankRowsAndNoteTheRestWhereOnePassWould() throws Exception {
        int total = Auditor.UNNAMED_LIMIT + 5;
        int split = 150_000;
        // problems before the limit is passed in the second part, and one after it
        Map<Integer, String> problems = Map.of(100, "line 102: 8 cells where the header has 7",
                split + 10, "line 150012: 6 cells where the header has 7", Auditor.UNNAMED_LIMIT + 2, "line 200004: 9 cells where the header has 7");
        List<String> open = row("o", "Cuba", "Havana", "", "", "1", "2016-01-01");
        List<String> blank = row("b", "", "Havana", "", "", "1", "2016-01-01");
        Auditor single = new Auditor("test.csv", index, lexicon, columns);
        Auditor[] parts = {new Auditor("test.csv", index, lexicon, columns), new Auditor("test.csv", index, lexicon, columns)};
        for (int i = 0; i < total; i++) {
            List<String> cells = i == 0 ? open : blank;
            Auditor part = parts[i < split ? 0 : 1];
            single.accept(i + 2, cells);
            part.accept(i + 2, cells);
            if (problems.containsKey(i)) {
                single.problem(problems.get(i));
                part.problem(problems.get(i));
            }
        }
        Auditor combined = new Auditor("test.csv", index, lexicon, columns);
        for (Auditor part : parts) combined.absorb(travelled(part.evidence()));
        AuditResult r = combined.finish();
        assertEquals(List.of(problems.get(100), problems.get(split + 10),
                "more than 200000 rows without a destination carry clues; later ones are not decoded",
                problems.get(Auditor.UNNAMED_LIMIT + 2)), r.problems());
        assertEquals(single.finish(), r);
        CodeVerdict blanks = r.codes().get(0);
        assertEquals(CodeVerdict.NO_DESTINATION_CODE, blanks.code());
        assertEquals(Auditor.UNNAMED_LIMIT, blanks.verdicts().size());
        assertEquals(Auditor.UNNAMED_LIMIT + 2L, blanks.verdicts().get(blanks.verdicts().size() - 1).line());
        assertEquals(total - 1L, r.blankRows());
    }

    /** The evidence as it reaches the driver of a cluster job: serialized and read back. */
    private static Auditor.Evidence travelled(Auditor.Evidence e) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            return (Auditor.Evidence) in.readObject();
        }
    }
}
