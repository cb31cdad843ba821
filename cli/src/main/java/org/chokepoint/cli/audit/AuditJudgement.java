package org.chokepoint.cli.audit;

import org.chokepoint.audit.AuditResult;
import org.chokepoint.audit.CodeVerdict;
import org.chokepoint.audit.RowVerdict;
import org.chokepoint.rules.Decision;
import org.chokepoint.rules.DecisionEngine;
import org.chokepoint.rules.Item;
import org.chokepoint.rules.Party;
import org.chokepoint.rules.Role;
import org.chokepoint.rules.Route;
import org.chokepoint.rules.RoutePoint;
import org.chokepoint.rules.RuleFinding;
import org.chokepoint.rules.Transaction;
import org.chokepoint.rules.Verdict;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Feeds the decoded rows to the decision engine as transactions (the decoded country as destination, the customer
 * as end user, the row's value and date) and sums up per code: "code A9 = North Korea (0.99): 98 rows, 2008–2016,
 * value …; all 98 BLOCK under …". Rows that no evidence decodes are not judged and are counted as such.
 */
public final class AuditJudgement {
    private AuditJudgement() {
    }

    /** The transaction one decoded row stands for. */
    static Transaction transaction(RowVerdict v) {
        String id = v.id() != null ? v.id() : "line " + v.line();
        Party customer = Party.of(Role.END_USER, v.customer() == null ? "" : v.customer(), v.country());
        Item project = new Item("project recorded under code " + v.code(), null, null, null,
                v.amount() == null ? null : BigDecimal.valueOf(v.amount()), null, null);
        return new Transaction(id, v.date(), List.of(customer), List.of(project), new Route(null, List.of(), RoutePoint.country(v.country())),
                null, null, v.currency());
    }

    /** code → lines of judgement, in the codes' order. */
    /** @param asOf the date whose rules apply; null = each row's own date */
    public static Map<String, List<String>> judge(AuditResult r, DecisionEngine engine, Function<String, String> countryName, LocalDate asOf) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        for (CodeVerdict c : r.codes()) {
            List<Decision> decisions = new ArrayList<>();
            int undecoded = 0;
            for (RowVerdict v : c.verdicts()) {
                if (v.country() == null) undecoded++;
                else decisions.add(engine.decide(transaction(v), asOf, today));
            }
            List<String> lines = new ArrayList<>();
            AuditSummary s = AuditSummary.of(c);
            String head = "code " + c.code() + (c.country() == null ? " (undecoded)" : " = " + countryName.apply(c.country())
                    + String.format(" (%.2f)", c.confidence())) + ": " + String.format("%,d", c.rows()) + " rows, " + s.years() + ", value " + s.value();
            Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
            decisions.forEach(d -> counts.merge(d.verdict(), 1, Integer::sum));
            Verdict worst = counts.keySet().stream().reduce(Verdict.CLEAR, Verdict::max);
            Set<String> grounds = new LinkedHashSet<>();
            for (Decision d : decisions) {
                if (d.verdict() != worst) continue;
                for (RuleFinding f : d.findings()) {
                    if (f.verdict() == worst && grounds.size() < 3) grounds.add(f.ruleId() + " (" + f.citation() + (f.effective() == null ? "" : ", in force since " + f.effective()) + ")");
                }
            }
            if (decisions.isEmpty()) {
                lines.add(head + "; not judged: no row could be decoded");
            } else {
                String verdicts = counts.size() == 1 && undecoded == 0 ? "all " + String.format("%,d", decisions.size()) + " " + worst.label()
                        : counts.entrySet().stream().sorted(Map.Entry.<Verdict, Integer>comparingByKey().reversed())
                        .map(e -> String.format("%,d", e.getValue()) + " " + e.getKey().label()).reduce((a, b) -> a + ", " + b).orElse("");
                lines.add(head + "; " + verdicts + (asOf == null ? " (rules as of each row's date); " : " (rules as of " + asOf + "); ") + worst.label() + " under " + String.join("; ", grounds));
                if (undecoded > 0) lines.add(String.format("%,d", undecoded) + " rows without evidence of any country were not judged");
            }
            out.put(c.code(), lines);
        }
        return out;
    }
}
