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
}
