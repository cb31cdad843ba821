package org.chokepoint.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Parties judged against the earlier releases the caller holds (issue 11, "parties no longer listed"): an entry an
 * earlier release shows and the current one does not was removed between the two. 15 CFR 732 Supp. 3 asks to screen
 * against the lists of the transaction's time; 31 CFR 501.805 (removal from the SDN list) takes effect on the date
 * OFAC removes the entry, so a dealing before it stays prohibited.
 */
class EarlierReleaseTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    // the removed entries of the 2021-07-07 SDN release and of a DPL release of 2022-09-02, as the app hands them over
    private static final EarlierRelease SDN_2021 = new EarlierRelease("ofac-sdn", LocalDate.of(2021, 7, 7),
            "ofac-sdn release of 2021-07-07 (lists/ofac-sdn/2021-07-07)",
            new FixedScreener().hit("Mammut Industrial Group P.J.S", "ofac-sdn", "29890", "SDN", null, 1.0), 881);
    private static final EarlierRelease DPL_2022 = new EarlierRelease("bis-dpl", LocalDate.of(2022, 9, 2), "bis-dpl release of 2022-09-02 (lists/bis-dpl)",
            new FixedScreener().hit("Expired Order Trading", "bis-dpl", "a1", "Denied Persons", "2019-03-01", 0.98, Map.of(org.chokepoint.model.Detail.END_DATE, "2023-03-01"))
                    .hit("Late Order Trading", "bis-dpl", "a2", "Denied Persons", "2022-08-01", 0.98), 99);

    private static DecisionEngine engine(ListHistory history) {
        RuleBook book = RuleBook.bundled();
        return new DecisionEngine(book, CountryResolver.iso(), new PartyScreening(new FixedScreener(), book.listEffects(), book.ruleDates(),
                0.80, PartyScreening.DEFAULT_DECISIVE, Map.of("ofac-sdn", LocalDate.of(2024, 5, 3), "bis-dpl", LocalDate.of(2023, 11, 30)),
                history), new OwnershipGraph());
    }

    private static Decision decide(String party, String asOf) {
        ListHistory held = date -> date.isBefore(LocalDate.of(2021, 7, 7)) ? List.of(SDN_2021, DPL_2022) : List.of(DPL_2022, SDN_2021);
        return engine(held).decide(Tx.to("AE").party(Role.CONSIGNEE, party, "AE").item("EAR99", "1000", "0", "DE", "8537").build(),
                LocalDate.parse(asOf), TODAY);
    }

    @Test
    void anEntryInAReleaseOfTheDateItselfTakesItsListsEffect() {
        Decision d = decide("Mammut Industrial Group P.J.S", "2021-07-07");
        RuleFinding f = Tx.with(d, "party.removed-since").get(0);
        assertEquals(Verdict.BLOCK, f.verdict(), f.evidence());
        assertEquals("ofac-sdn:29890", f.reference());
        assertTrue(f.evidence().contains("in the ofac-sdn release of 2021-07-07 (lists/ofac-sdn/2021-07-07), not in the release screened now (2024-05-03)"), f.evidence());
        assertEquals(Verdict.BLOCK, d.verdict());
        // the note names the releases used
        RuleFinding note = Tx.with(d, "party.removed-not-visible").get(0);
        assertTrue(note.evidence().contains("ofac-sdn release of 2021-07-07 (lists/ofac-sdn/2021-07-07) (881 removed since)"), note.evidence());
    }

    @Test
    void anUndatedEntryInALaterReleaseOrAnEarlierOneIsReview() {
        // the release is after the date and the SDN CSV gives no listing date: listed on 2021-01-04 is not known
        RuleFinding before = Tx.with(decide("Mammut Industrial Group P.J.S", "2021-01-04"), "party.removed-since").get(0);
        assertEquals(Verdict.REVIEW, before.verdict());
        assertTrue(before.evidence().contains("whether the entry was listed on 2021-01-04 is not known"), before.evidence());
        // the release is before the date: listed then, maybe removed before the date
        RuleFinding after = Tx.with(decide("Mammut Industrial Group P.J.S", "2022-01-10"), "party.removed-since").get(0);
        assertEquals(Verdict.REVIEW, after.verdict());
        assertTrue(after.evidence().contains("whether it was still listed on 2022-01-10 is not known: confirm the date of removal"), after.evidence());
    }

    @Test
    void aDatedListingInALaterReleaseWasInForceOnTheDateUnlessItEnded() {
        // effective 2019-03-01, still in the 2022-09-02 release, gone from the 2023-11-30 one: denied on 2022-06-01 (15 CFR 764.3)
        RuleFinding denied = Tx.with(decide("Expired Order Trading", "2022-06-01"), "party.removed-since").get(0);
        assertEquals(Verdict.BLOCK, denied.verdict(), denied.evidence());
        assertTrue(denied.evidence().contains("listed on 2019-03-01 and still in the release of 2022-09-02: in force on 2022-06-01"), denied.evidence());
        // listed only after the date: no effect; an order expired before the date: no effect
        assertEquals(Verdict.CLEAR, Tx.with(decide("Late Order Trading", "2022-06-01"), "party.removed-since").get(0).verdict());
        Decision late = decide("Expired Order Trading", "2023-06-01");
        assertTrue(late.findings().stream().noneMatch(f -> f.ruleId().equals("party.removed-since") && f.verdict() != Verdict.CLEAR), late.findings().toString());
    }

    @Test
    void withoutEarlierReleasesTheNoteSaysNoneIsHeldAndNothingElseChanges() {
        Decision d = engine(ListHistory.NONE).decide(Tx.to("AE").party(Role.CONSIGNEE, "Mammut Industrial Group P.J.S", "AE")
                .item("EAR99", "1000", "0", "DE", "8537").build(), LocalDate.of(2021, 7, 7), TODAY);
        assertTrue(Tx.with(d, "party.removed-since").isEmpty());
        assertTrue(Tx.with(d, "party.removed-not-visible").get(0).evidence().contains("no earlier release is held for this date"));
        // judged on its own date, the transaction is not screened against them: the note names them instead
        ListHistory held = date -> List.of(SDN_2021);
        Decision own = engine(held).decide(Tx.to("AE").date("2021-07-07").party(Role.CONSIGNEE, "Mammut Industrial Group P.J.S", "AE")
                .item("EAR99", "1000", "0", "DE", "8537").build(), null, TODAY);
        assertTrue(Tx.with(own, "party.removed-since").isEmpty(), own.findings().toString());
        assertTrue(Tx.with(own, "party.removed-not-visible").get(0).evidence().contains("judge with an explicit as-of date"));
        // a date on or after the releases consults no history at all
        Decision now = engine(date -> { throw new AssertionError("history asked for " + date); })
                .decide(Tx.to("AE").item("EAR99", "1000", "0", "DE", "8537").build(), LocalDate.of(2024, 6, 1), TODAY);
        assertEquals(Verdict.CLEAR, now.verdict(), now.findings().toString());
    }
}
