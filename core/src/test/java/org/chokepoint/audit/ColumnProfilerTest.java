package org.chokepoint.audit;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Column roles where numbers are ambiguous: order numbers, amounts and day numbers all read as numbers. */
class ColumnProfilerTest {
    private final EvidenceLexicon lexicon = (role, cell) -> cell.equals("EUR")
            ? List.of(new Clue(ClueKind.CURRENCY, "EUR", Map.of("ES", 1.0), "test")) : List.of();

    @Test
    void orderNumbersAreIdentifiersAndAmountsAreAmountsAndSerialDaysUnderADateHeaderAreDates() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rows.add(List.of(String.valueOf(2014000123L + i), i % 2 == 0 ? "Spain" : "Mexico", String.valueOf(100_000 + (7_919 * i) % 50_000),
                    String.valueOf(41640 + 3 * i), "EUR"));
        }
        List<ColumnProfile> p = new ColumnProfiler(AuditorTest.world(), lexicon)
                .profile(List.of("Order", "Country", "Value", "Order date", "Currency"), rows);
        assertEquals(List.of(ColumnRole.ID, ColumnRole.COUNTRY, ColumnRole.AMOUNT, ColumnRole.DATE, ColumnRole.CURRENCY),
                p.stream().map(ColumnProfile::role).toList());
    }

    @Test
    void theIdentifierTestUsesUniquenessAndOrder() {
        List<String> ordered = new ArrayList<>();
        List<String> shuffledAmounts = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ordered.add(String.valueOf(2014000123L + i));
            shuffledAmounts.add(String.valueOf(100_000 + (7_919 * i) % 50_000));
            repeated.add(String.valueOf(1000 * (i % 7)));
        }
        assertTrue(ColumnProfiler.isIdentifier(ordered, 40, false, false));
        assertFalse(ColumnProfiler.isIdentifier(ordered, 40, false, true), "under an amount header, growing numbers are amounts");
        assertFalse(ColumnProfiler.isIdentifier(shuffledAmounts, 40, false, false), "unique but in no order: amounts");
        assertTrue(ColumnProfiler.isIdentifier(shuffledAmounts.stream().map(v -> "10" + v).toList(), 40, true, false),
                "one length under an identifier header");
        assertFalse(ColumnProfiler.isIdentifier(repeated, 40, false, false), "not unique");
        assertTrue(ColumnProfiler.isIdentifier(List.of("P41-00001", "P41-00003", "P41-00002"), 3, false, false));
        assertFalse(ColumnProfiler.isIdentifier(List.of("1.250,00", "2.250,00", "3.250,00"), 3, false, false), "formatted numbers are amounts");
    }
}
