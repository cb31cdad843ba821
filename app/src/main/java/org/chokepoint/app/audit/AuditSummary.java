package org.chokepoint.app.audit;

import org.chokepoint.audit.CodeVerdict;
import org.chokepoint.audit.RowVerdict;

import java.util.IntSummaryStatistics;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Totals of one code's decoded rows: years covered and value per currency. */
public record AuditSummary(int firstYear, int lastYear, Map<String, Double> valueByCurrency) {
    public static AuditSummary of(CodeVerdict c) {
        IntSummaryStatistics years = c.verdicts().stream().map(RowVerdict::date).filter(Objects::nonNull)
                .mapToInt(d -> d.getYear()).summaryStatistics();
        Map<String, Double> value = new TreeMap<>();
        for (RowVerdict v : c.verdicts()) {
            if (v.amount() != null) value.merge(v.currency() == null ? "(no currency)" : v.currency(), v.amount(), Double::sum);
        }
        return new AuditSummary(years.getCount() == 0 ? 0 : years.getMin(), years.getCount() == 0 ? 0 : years.getMax(), value);
    }

    public String years() {
        return firstYear == 0 ? "no dates" : firstYear == lastYear ? String.valueOf(firstYear) : firstYear + "–" + lastYear;
    }

    public String value() {
        if (valueByCurrency.isEmpty()) return "no values";
        StringBuilder sb = new StringBuilder();
        valueByCurrency.forEach((cur, v) -> {
            if (sb.length() > 0) sb.append(", ");
            sb.append(String.format("%,.0f %s", v, cur));
        });
        return sb.toString();
    }
}
