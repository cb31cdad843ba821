package org.chokepoint.app.report;

import org.chokepoint.rules.Decision;
import org.chokepoint.rules.RuleFinding;
import org.chokepoint.rules.Verdict;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecisionReportTest {
    private static Decision decision(String id, Verdict v, String dest, String value, String rule) {
        List<RuleFinding> f = v == Verdict.CLEAR ? List.of()
                : List.of(new RuleFinding(rule, v, "party 1 (buyer) <script>alert(1)</script>", "evidence & more", "15 CFR 744.11", LocalDate.of(2014, 6, 26)));
        return new Decision(id, LocalDate.of(2026, 11, 23), v, f, dest, new BigDecimal(value), "USD");
    }

    @Test
    void totalsExposureAndEscaping() {
        BatchSummary s = new BatchSummary();
        s.add(decision("A", Verdict.BLOCK, "KP", "1000", "destination.embargo.kp-ofac"));
        s.add(decision("B", Verdict.LICENCE_REQUIRED, "KP", "500", "item.licence.kp-ear"));
        s.add(decision("C", Verdict.CLEAR, "DE", "250.50", "none"));
        assertEquals("3 transactions: 1 CLEAR, 0 REVIEW, 1 LICENCE REQUIRED, 1 BLOCK", s.line());
        assertEquals(0, new BigDecimal("1000").compareTo(s.byDestination().get("KP").get(Verdict.BLOCK)));
        assertEquals(0, new BigDecimal("500").compareTo(s.byRule().get("item.licence").get(Verdict.LICENCE_REQUIRED)));
        assertEquals(2, s.attention());

        String html = DecisionReport.html("t", "p", s);
        assertTrue(html.contains("<svg") && html.contains("1,500.00") && html.contains("250.50"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(html.contains("<script>"));
        assertFalse(html.contains("http://") && html.contains("<link"), "self-contained");
    }

    @Test
    void theTextShowsTheLicenceAClearVerdictRestsOn() {
        RuleFinding gl = new RuleFinding("exception.ir-gl-medicine", Verdict.CLEAR, "destination IR", "medicine to Iran (general licence)"
                + " lifts Iran embargo; conditions: shipped within 12 months of the contract", "31 CFR 560.530(a)(2)", LocalDate.of(2011, 10, 12));
        RuleFinding groups = new RuleFinding("destination.country-groups", Verdict.CLEAR, "destination IR", "E:1", "", null);
        String text = DecisionText.render(new Decision("M", LocalDate.of(2024, 3, 1), Verdict.CLEAR, List.of(groups, gl), "IR",
                new BigDecimal("5000"), "USD"), false);
        assertTrue(text.contains("exception.ir-gl-medicine") && text.contains("conditions: shipped within 12 months"), text);
        assertTrue(text.contains("cite: 31 CFR 560.530(a)(2); effective 2011-10-12"), text);
        assertFalse(text.contains("destination.country-groups"), text);
        assertTrue(text.contains("(1 informative findings not shown"), text);
    }
}
