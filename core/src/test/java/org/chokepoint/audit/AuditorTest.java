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

/** The engine on a hand-made world of five countries and a lexicon that knows a few values. */
class AuditorTest {
    private static Country c(String a2, String name) {
        return new Country(a2, a2 + "X", "", name, name, List.of(), List.of(), List.of(), List.of(), List.of(), 0);
    }

    private final CountryIndex index = new CountryIndex(List.of(c("CU", "Cuba"), c("ES", "Spain"), c("MX", "Mexico"),
            c("US", "United States"), c("VE", "Venezuela")), Map.of());

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
        assertTrue(x3.confidence() > 0.99, "confidence " + x3.confidence());
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
    void aRowWhoseOwnEvidenceNamesAnotherCountryIsShownAsSuch() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) rows.add(row("h" + i, "K9", "Havana", "CUP", "+53 7 1234567", "1", "2010"));
        rows.add(row("odd", "K9", "Madrid", "", "+34 91 1234567", "1", "2010"));
        CodeVerdict k9 = run(rows).codes().get(0);
        assertEquals("CU", k9.country());
        RowVerdict odd = k9.verdicts().get(6);
        assertEquals("ES", odd.country());
        assertFalse(odd.inherited());
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
        AuditResult r = run(List.of(row("a", "Mexico", "", "", "", "1", ""), row("b", "n/a", "Havana", "", "", "1", ""),
                row("c", "", "", "", "", "1", "")));
        assertEquals(AuditResult.Status.NOTHING_HIDDEN, r.status());
        assertEquals(2, r.blankRows());

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
        AuditResult onePass = run(rows);

        Auditor combined = new Auditor("test.csv", index, lexicon, columns);
        for (int[] part : new int[][]{{0, 20}, {20, 32}, {32, rows.size()}}) {
            Auditor a = new Auditor("test.csv", index, lexicon, columns);
            for (int i = part[0]; i < part[1]; i++) a.accept(i + 2, rows.get(i));
            combined.absorb(travelled(a.evidence()));
        }
        AuditResult r = combined.finish();
        assertEquals(onePass, r);
        assertEquals(List.of("X-3", "K9"), r.codes().stream().map(CodeVerdict::code).toList());
        assertEquals(List.of(32L, 34L, 37L), r.codes().get(0).verdicts().stream().map(RowVerdict::line).toList());
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
