package org.chokepoint.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides transactions: runs the rules in order (input, destination, items, parties, ownership, red flags) and
 * takes the most severe finding as the verdict. Thread-safe: each call builds its own {@link Evaluation}.
 */
public final class DecisionEngine {
    private final RuleBook book;
    private final CountryResolver countries;
    private final List<Rule> rules;
    private final LocalDate latestRelease;

    public DecisionEngine(RuleBook book, CountryResolver countries, PartyScreening screening, OwnershipGraph ownership) {
        this.book = book;
        this.countries = countries;
        this.latestRelease = screening.latestRelease();
        List<Rule> r = new ArrayList<>(List.of(new InputRule(), new DestinationRule(), new ItemRule()));
        r.add(new RestrictedPartyRule(screening));
        r.add(new OwnershipRule(ownership, screening));
        r.add(new AffiliatesRule(ownership, screening, book.table("affiliates-rule.tsv")));
        r.add(new RedFlagRule());
        this.rules = List.copyOf(r);
    }

    public RuleBook book() {
        return book;
    }

    /**
     * @param asOf  the date whose rules apply; null = the transaction's date, else {@code today}
     * @param today the day of the decision: a later date cannot be judged (its rules and lists are not known yet)
     */
    public Decision decide(Transaction tx, LocalDate asOf, LocalDate today) {
        LocalDate date = asOf != null ? asOf : tx.date() != null ? tx.date() : today;
        Evaluation ev = new Evaluation(tx, date, today, latestRelease, book, countries);
        for (Rule rule : rules) rule.apply(ev);
        List<RuleFinding> findings = new ArrayList<>(ev.findings());
        // Most severe first, then in rule order (stable sort keeps rule order within a verdict).
        findings.sort(Comparator.comparing(RuleFinding::verdict).reversed());
        Verdict verdict = findings.stream().map(RuleFinding::verdict).reduce(Verdict.CLEAR, Verdict::max);
        return new Decision(tx.id(), date, verdict, findings, ev.destination(), ev.totalValue(), tx.currency());
    }
}
