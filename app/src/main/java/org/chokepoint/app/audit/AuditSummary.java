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

    /**
     * What a code stands for, for people: "code A9 = North Korea (0.97)", "code X7: rows show a Dubai
     * intermediary; final destination not evidenced; candidates …", "code EMEA-2: rows disagree …".
     */
    public static String headline(CodeVerdict c, java.util.function.Function<String, String> countryName) {
        return headline(c.code(), c.kind(), c.country() == null ? null : countryName.apply(c.country()), c.confidence(), c.note());
    }

    static String headline(String code, CodeVerdict.Kind kind, String countryName, double confidence, String note) {
        return switch (kind) {
            case COUNTRY -> "code " + code + " = " + countryName + String.format(" (%.2f)", confidence);
            case UNDECODED -> "code " + code + " (undecoded: no evidence points to any country)";
            case NO_DESTINATION -> "rows with no destination: " + note;
            case INTERMEDIARY, REGION -> "code " + code + ": " + note;
        };
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
