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
    private final PartyScreening screening;

    public DecisionEngine(RuleBook book, CountryResolver countries, PartyScreening screening, OwnershipGraph ownership) {
        this.book = book;
        this.countries = countries;
        this.latestRelease = screening.latestRelease();
        this.screening = screening;
        List<Rule> r = new ArrayList<>(List.of(new InputRule(), new DestinationRule(), new ItemRule()));
        r.add(new RestrictedPartyRule(screening));
        r.add(new OwnershipRule(ownership, screening));
        r.add(new AffiliatesRule(ownership, screening, book.table("affiliates-rule.tsv")));
        r.add(new RedFlagRule());
        this.rules = List.copyOf(r);
    }

    /**
     * A list release shows the entries in force when it was published: one removed between the evaluated date and the
     * release is not in it. An explicit as-of judgement of an earlier date is therefore REVIEW; a transaction judged
     * on its own earlier date gets the same note as an informative finding. The earlier releases held for the date
     * (stored snapshots, bundled older releases) were screened too in an as-of judgement: the note names them, and
     * what stays unseen is an entry removed between the date and the nearest release after it. A batch judged on the
     * transactions' own dates names them only (screening each party once more would cost a batch a sixth of its speed).
     */
    private void removedListingsNotVisible(Evaluation ev, boolean explicitAsOf) {
        if (latestRelease == null || !ev.asOf().isBefore(latestRelease) || ev.tx().parties().isEmpty()) return;
        List<EarlierRelease> earlier = screening.earlierReleases(ev.asOf());
        String releases = String.join("; ", earlier.stream().map(r -> r.label() + " (" + r.size() + " removed since)").toList());
        String used = earlier.isEmpty() ? "no earlier release is held for this date"
                : explicitAsOf ? "also screened against the entries removed since from " + releases
                : "earlier releases are held (" + releases + "): judge with an explicit as-of date to screen against them";
        ev.add(RestrictedPartyRule.ID + ".removed-not-visible", explicitAsOf ? Verdict.REVIEW : Verdict.CLEAR, "transaction",
                "judged as of " + ev.asOf() + " against list releases up to " + latestRelease + ": entries removed from a list between"
                        + " these dates are not in the releases, so a party listed on " + ev.asOf() + " and removed since is not seen;"
                        + " " + used + "; screen against a release of that time to confirm",
                "15 CFR 732, Supp. 3 (screen against the lists in force at the time of the transaction)", null);
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
        Evaluation ev = new Evaluation(tx, date, asOf != null, today, latestRelease, book, countries);
        for (Rule rule : rules) rule.apply(ev);
        removedListingsNotVisible(ev, asOf != null);
        List<RuleFinding> findings = new ArrayList<>(ev.findings());
        // Most severe first, then in rule order (stable sort keeps rule order within a verdict).
        findings.sort(Comparator.comparing(RuleFinding::verdict).reversed());
        Verdict verdict = findings.stream().map(RuleFinding::verdict).reduce(Verdict.CLEAR, Verdict::max);
        return new Decision(tx.id(), date, verdict, findings, ev.destination(), ev.totalValue(), tx.currency());
    }
}
