package org.chokepoint.app.report;

import org.chokepoint.rules.Decision;
import org.chokepoint.rules.RuleFinding;
import org.chokepoint.rules.Verdict;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * A decision as readable text: the verdict line, then every finding with its evidence and citation. CLEAR findings are
 * shown with {@code withClear}, except the general licences and licence exceptions a verdict rests on, which are always
 * shown because their conditions are part of the answer.
 */
public final class DecisionText {
    private DecisionText() {
    }

    public static String render(Decision d, boolean withClear) {
        StringBuilder sb = new StringBuilder();
        sb.append(d.transactionId()).append(": ").append(d.verdict().label()).append("  (as of ").append(d.asOf())
                .append(", destination ").append(d.destination() == null ? "unknown" : d.destination());
        if (d.value() != null) sb.append(", value ").append(money(d.value())).append(d.currency() == null ? "" : " " + d.currency());
        sb.append(")\n");
        int hidden = 0;
        for (RuleFinding f : d.findings()) {
            if (!withClear && f.verdict() == Verdict.CLEAR && !f.isCondition()) {
                hidden++;
                continue;
            }
            sb.append(String.format(Locale.ROOT, "  %-16s %s: %s%n", f.verdict().label(), f.ruleId(), f.subject()));
            sb.append("                   ").append(f.evidence()).append('\n');
            if (f.citation() != null && !f.citation().isBlank()) {
                sb.append("                   cite: ").append(f.citation());
                if (f.effective() != null) sb.append("; effective ").append(f.effective());
                sb.append('\n');
            }
        }
        if (hidden > 0) sb.append("  (").append(hidden).append(" informative findings not shown; --all shows them)\n");
        return sb.toString();
    }

    static String money(BigDecimal v) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }
}
