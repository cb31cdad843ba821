package org.chokepoint.rules;

import java.time.LocalDate;

/**
 * One reason for a verdict: which rule, about what, on which evidence, under which regulation in force since when.
 *
 * @param ruleId    stable rule identifier ("destination.embargo", "party.entity-list", "item.de-minimis", ...)
 * @param verdict   what this finding alone demands (CLEAR for informative findings such as "below de minimis")
 * @param subject   what it is about: "party 2 (consignee) DANDONG KEHUA ...", "item 1", "route", "transaction"
 * @param evidence  the facts and the arithmetic, readable
 * @param citation  the regulation ("15 CFR 734.4(c)"); never empty for a finding that changes the verdict
 * @param effective when the cited measure took effect, null when not known (then the evidence says so)
 * @param reference the list entry behind the finding ({@code ofac-sdn:23175}), null when none
 */
public record RuleFinding(String ruleId, Verdict verdict, String subject, String evidence, String citation,
                          LocalDate effective, String reference) {
    public RuleFinding(String ruleId, Verdict verdict, String subject, String evidence, String citation, LocalDate effective) {
        this(ruleId, verdict, subject, evidence, citation, effective, null);
    }

    /** A general licence or licence exception the verdict rests on: shown with its conditions even when CLEAR. */
    public boolean isCondition() {
        return ruleId.startsWith("exception.");
    }
}
