package org.chokepoint.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A date the encoded rules and the list snapshot cannot speak for is never CLEAR (docs/decide.md): the rules in
 * force on a future date are not known, and a list release cannot show designations made after it.
 */
class FutureDateTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void aTransactionDatedAfterTodayIsReviewNamingTheDates() {
        Decision d = Tx.engine().decide(Tx.to("DE").date("2100-01-01").item("EAR99", "100", "0", "US", "8471").build(), null, TODAY);
        assertEquals(Verdict.REVIEW, d.verdict(), d.findings().toString());
        RuleFinding f = Tx.with(d, "input.future-date").get(0);
        assertTrue(f.evidence().contains("2100-01-01 is after the day of the decision, 2026-11-23"), f.evidence());
        // the list releases the screening used are named (Tx.engine: ofac-sdn 2024-05-03, us-csl 2022-05-16)
        assertTrue(f.evidence().contains("latest list release used: 2024-05-03"), f.evidence());
    }

    @Test
    void anAsOfDateAfterTodayIsReviewToo() {
        Decision d = Tx.engine().decide(Tx.to("DE").date("2026-01-10").item("EAR99", "100", "0", "US", "8471").build(),
                LocalDate.of(2027, 1, 1), TODAY);
        assertEquals(Verdict.REVIEW, d.verdict());
        assertEquals(1, Tx.with(d, "input.future-date").size());
    }

    @Test
    void todayAndThePastAreJudgedAsBefore() {
        Decision d = Tx.engine().decide(Tx.to("DE").date("2026-11-23").item("EAR99", "100", "0", "US", "8471").build(), null, TODAY);
        assertEquals(Verdict.CLEAR, d.verdict(), d.findings().toString());
        assertTrue(Tx.with(d, "input.future-date").isEmpty());
    }

    @Test
    void anAsOfJudgementBeforeTheListReleaseSaysRemovedListingsAreNotVisible() {
        // Tx.engine screens against releases up to 2024-05-03: a party removed between 2020 and then is not in them
        Decision asOf = Tx.engine().decide(Tx.to("DE").date("2020-01-10").item("EAR99", "100", "0", "US", "8471").build(),
                LocalDate.of(2020, 1, 10), TODAY);
        RuleFinding f = Tx.with(asOf, "party.removed-not-visible").get(0);
        assertEquals(Verdict.REVIEW, f.verdict());
        assertTrue(f.evidence().contains("list releases up to 2024-05-03"), f.evidence());
        assertEquals(Verdict.REVIEW, asOf.verdict());
        // judged on its own date, the transaction gets the note without the REVIEW
        Decision own = Tx.engine().decide(Tx.to("DE").date("2020-01-10").item("EAR99", "100", "0", "US", "8471").build(), null, TODAY);
        assertEquals(Verdict.CLEAR, Tx.with(own, "party.removed-not-visible").get(0).verdict());
        assertEquals(Verdict.CLEAR, own.verdict());
    }
}
