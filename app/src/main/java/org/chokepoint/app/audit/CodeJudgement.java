package org.chokepoint.app.audit;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the decision engine makes of one code's decoded rows. Each decoded row is judged as a transaction (the
 * decoded country as destination, the customer as end user, the row's value and date); rows that no evidence
 * decodes are not judged and are counted as such. Rendered for people as
 * "code A9 = North Korea (0.99): 98 rows, 2008–2016, value …; all 98 BLOCK under …".
 *
 * @param code        the code as written in the export
 * @param country     the decoded country (ISO alpha-2), or null
 * @param countryName its common name, or null
 * @param confidence  the probability of the decoded country
 * @param rows        rows recorded under the code
 * @param summary     years covered and value per currency
 * @param verdicts    how many judged rows got each verdict
 * @param worst       the most severe verdict of any judged row (CLEAR when none was judged)
 * @param grounds     up to three rules behind the most severe verdict, with citation and effective date
 * @param undecoded   rows with no evidence of any country (not judged)
 * @param asOf        the date whose rules applied, or null for each row's own date
 * @param kind        what the code was found to stand for (one country, an intermediary, a region, rows with no destination)
 * @param note        the audit's note on that kind ("rows show a Dubai intermediary; …"), or null
 */
public record CodeJudgement(String code, String country, String countryName, double confidence, int rows, AuditSummary summary,
                            Map<Verdict, Integer> verdicts, Verdict worst, List<String> grounds, int undecoded, LocalDate asOf,
                            CodeVerdict.Kind kind, String note) {
    public CodeJudgement {
        verdicts = Map.copyOf(verdicts);
        grounds = List.copyOf(grounds);
    }

    /** Judges one code's rows; {@code asOf} null applies each row's own date. */
    static CodeJudgement of(CodeVerdict c, String countryName, DecisionEngine engine, LocalDate asOf, LocalDate today) {
        if (c.kind() == CodeVerdict.Kind.INTERMEDIARY) {
            // the destination is not evidenced, so no rule can clear the rows: they are for review, as one
            return new CodeJudgement(c.code(), null, null, 0, c.rows(), AuditSummary.of(c), Map.of(Verdict.REVIEW, c.rows()), Verdict.REVIEW,
                    List.of("final destination not evidenced behind an intermediary: establish it before judging"), 0, asOf, c.kind(), c.note());
        }
        List<Decision> decisions = new ArrayList<>();
        int undecoded = 0;
        for (RowVerdict v : c.verdicts()) {
            if (v.country() == null) undecoded++;
            else decisions.add(engine.decide(transaction(v), asOf, today));
        }
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        decisions.forEach(d -> counts.merge(d.verdict(), 1, Integer::sum));
        Verdict worst = counts.keySet().stream().reduce(Verdict.CLEAR, Verdict::max);
        Set<String> grounds = new LinkedHashSet<>();
        for (Decision d : decisions) {
            if (d.verdict() != worst) continue;
            for (RuleFinding f : d.findings()) {
                if (f.verdict() == worst && grounds.size() < 3) {
                    grounds.add(f.ruleId() + " (" + f.citation() + (f.effective() == null ? "" : ", in force since " + f.effective()) + ")");
                }
            }
        }
        return new CodeJudgement(c.code(), c.country(), c.country() == null ? null : countryName, c.confidence(), c.rows(),
                AuditSummary.of(c), counts, worst, List.copyOf(grounds), undecoded, asOf, c.kind(), c.note());
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

    public int judged() {
        return verdicts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The judgement for people, one or two lines. */
    public List<String> lines() {
        String head = AuditSummary.headline(code, kind, countryName, confidence, note)
                + ": " + String.format("%,d", rows) + " rows, " + summary.years() + ", value " + summary.value();
        if (judged() == 0) return List.of(head + "; not judged: no row could be decoded");
        String counted = verdicts.size() == 1 && undecoded == 0 ? "all " + String.format("%,d", judged()) + " " + worst.label()
                : verdicts.entrySet().stream().sorted(Map.Entry.<Verdict, Integer>comparingByKey().reversed())
                .map(e -> String.format("%,d", e.getValue()) + " " + e.getKey().label()).reduce((a, b) -> a + ", " + b).orElse("");
        List<String> lines = new ArrayList<>();
        lines.add(head + "; " + counted + (asOf == null ? " (rules as of each row's date); " : " (rules as of " + asOf + "); ")
                + worst.label() + " under " + String.join("; ", grounds));
        if (undecoded > 0) lines.add(String.format("%,d", undecoded) + " rows without a decoded country were not judged");
        return lines;
    }
}
