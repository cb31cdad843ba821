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
    private final boolean explicitAsOf;

    Evaluation(Transaction tx, LocalDate asOf, boolean explicitAsOf, LocalDate today, LocalDate latestRelease, RuleBook book,
               CountryResolver countries) {
        this.tx = tx;
        this.explicitAsOf = explicitAsOf;
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
    /** Whether the caller asked for this date (an as-of judgement), rather than the transaction's own date. */
    public boolean explicitAsOf() { return explicitAsOf; }
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

    /** Where a party is: a sanctioned region its address names, else its country (ISO alpha-2), null when unknown. */
    static String location(Evaluation ev, Party p) {
        return ev.book().places().regionIn(p.address()).map(PlaceTables.Region::id).orElse(ev.country(p.country()).orElse(null));
    }

    /**
     * True when the party is at the destination. For a region (UA-CRIMEA) a party whose address does not name it may
     * still state Ukraine, or Russia, which claims it, when it gives no address: a Crimean party reading "RU" is at the
     * destination, a party with an address in Moscow is not.
     */
    static boolean atDestination(Evaluation ev, Party p, String destination) {
        String at = location(ev, p);
        if (at == null || at.equals(destination)) return true;
        boolean region = destination.length() > 2 && destination.charAt(2) == '-';
        boolean noAddress = p.address() == null || p.address().isBlank();
        return region && noAddress && (at.equals(CountryGroups.countryOf(destination)) || at.equals("RU"));
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
