package org.chokepoint.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The working state of one decision: the transaction, the date whose rules apply, what earlier rules resolved
 * (destination, each item's jurisdiction) and the findings so far. Not shared between threads.
 */
public final class Evaluation {
    private final Transaction tx;
    private final LocalDate asOf;
    private final LocalDate today;
    private final LocalDate latestRelease;
    private final RuleBook book;
    private final CountryResolver countries;
    private final List<RuleFinding> findings = new ArrayList<>();
    private final Jurisdiction[] jurisdiction;
    private String destination;

    Evaluation(Transaction tx, LocalDate asOf, LocalDate today, LocalDate latestRelease, RuleBook book, CountryResolver countries) {
        this.tx = tx;
        this.asOf = asOf;
        this.today = today;
        this.latestRelease = latestRelease;
        this.book = book;
        this.countries = countries;
        this.jurisdiction = new Jurisdiction[tx.items().size()];
        Arrays.fill(jurisdiction, Jurisdiction.UNKNOWN);
    }

    public Transaction tx() { return tx; }
    public LocalDate asOf() { return asOf; }
    /** The day the decision is made. */
    public LocalDate today() { return today; }
    /** The newest list release screened against, null when not known. */
    public LocalDate latestRelease() { return latestRelease; }
    public RuleBook book() { return book; }
    public List<RuleFinding> findings() { return findings; }

    public void add(String ruleId, Verdict verdict, String subject, String evidence, String citation, LocalDate effective) {
        findings.add(new RuleFinding(ruleId, verdict, subject, evidence, citation, effective));
    }

    /** A finding that rests on a list entry, named by its key for traceability. */
    public void add(RuleFinding finding) {
        findings.add(finding);
    }

    /** Country text → ISO alpha-2, empty when blank or unknown. */
    public Optional<String> country(String text) {
        return countries.resolve(text);
    }

    /** The destination resolved by the destination rule: ISO alpha-2 or a region id, or null when unknown. */
    public String destination() { return destination; }
    void destination(String value) { destination = value; }

    public Jurisdiction jurisdiction(int item) { return jurisdiction[item]; }
    void jurisdiction(int item, Jurisdiction j) { jurisdiction[item] = j; }

    /** True when some item is or may be subject to the EAR (so list-based licence requirements bite). */
    public boolean anyItemMaybeSubject() {
        return tx.items().isEmpty() || Arrays.stream(jurisdiction).anyMatch(j -> j != Jurisdiction.NOT_SUBJECT);
    }

    public BigDecimal totalValue() {
        BigDecimal sum = null;
        for (Item i : tx.items()) if (i.value() != null) sum = sum == null ? i.value() : sum.add(i.value());
        return sum;
    }

    /** "party 2 (consignee) DANDONG KEHUA ..." */
    public String partyLabel(int index) {
        Party p = tx.parties().get(index);
        String role = p.role() == null ? "no role" : p.role().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String name = p.name() == null || p.name().isBlank() ? "(no name)" : p.name().strip();
        return "party " + (index + 1) + " (" + role + ") " + name;
    }

    public String itemLabel(int index) {
        Item i = tx.items().get(index);
        String d = i.description() == null || i.description().isBlank() ? "" : " " + i.description().strip();
        return "item " + (index + 1) + d;
    }
}
