package org.chokepoint.rules;

import java.math.BigDecimal;

/**
 * Checks that the transaction can be judged at all. Every gap becomes a REVIEW finding that names the field,
 * so a transaction that cannot be judged is never CLEAR.
 */
public final class InputRule implements Rule {
    static final String ID = "input";
    private static final String CITE = "15 CFR 732, Supp. 3 (Know Your Customer: resolve missing facts before export)";

    @Override
    public void apply(Evaluation ev) {
        Transaction t = ev.tx();
        for (String problem : t.problems()) ev.add(ID + ".unreadable", Verdict.REVIEW, "transaction", problem, CITE, null);
        if (t.parties().isEmpty()) ev.add(ID + ".no-parties", Verdict.REVIEW, "transaction", "field 'parties' is empty: nobody to screen", CITE, null);
        if (t.items().isEmpty()) ev.add(ID + ".no-items", Verdict.REVIEW, "transaction", "field 'items' is empty: nothing to classify", CITE, null);
        if (ev.today() != null && ev.asOf().isAfter(ev.today())) {
            ev.add(ID + ".future-date", Verdict.REVIEW, "transaction", ev.asOf() + " is after the day of the decision, " + ev.today()
                    + ": the measures and list entries in force on that date are not known yet (rule tables " + ev.book().version()
                    + (ev.latestRelease() == null ? "" : ", latest list release used: " + ev.latestRelease())
                    + "); decide again on or just before the date", "15 CFR 732, Supp. 3 (screen against the lists and rules in force when the transaction takes place)", null);
        }
        if (t.date() == null) ev.add(ID + ".no-date", Verdict.CLEAR, "transaction",
                "field 'date' is empty: evaluated as of " + ev.asOf(), "", null);
        boolean endUser = false;
        for (int i = 0; i < t.parties().size(); i++) {
            Party p = t.parties().get(i);
            String who = ev.partyLabel(i);
            if (p.name() == null || p.name().isBlank()) {
                ev.add(ID + ".party-name", Verdict.REVIEW, who, "field 'name' is empty: the party cannot be screened", CITE, null);
            }
            if (p.role() == null) ev.add(ID + ".party-role", Verdict.REVIEW, who, "field 'role' is missing or unknown", CITE, null);
            if (p.role() == Role.END_USER) endUser = true;
            if (p.country() == null || p.country().isBlank()) {
                ev.add(ID + ".party-country", Verdict.REVIEW, who, "field 'country' is empty", CITE, null);
            } else if (ev.country(p.country()).isEmpty()) {
                ev.add(ID + ".party-country", Verdict.REVIEW, who, "field 'country' is not a known country: '" + p.country() + "'", CITE, null);
            }
        }
        if (!t.parties().isEmpty() && !endUser) {
            ev.add(ID + ".no-end-user", Verdict.REVIEW, "transaction", "no party has role 'end user' (red flag: end user not disclosed)",
                    "15 CFR 732, Supp. 3, red flag: the customer is reluctant to offer information about the end use or end user", null);
        }
        for (int i = 0; i < t.items().size(); i++) {
            Item it = t.items().get(i);
            String what = ev.itemLabel(i);
            if (negative(it.value())) ev.add(ID + ".item-value", Verdict.REVIEW, what, "field 'value' is negative: " + it.value(), CITE, null);
            if (negative(it.usContent())) ev.add(ID + ".item-us-content", Verdict.REVIEW, what, "field 'usContent' is negative: " + it.usContent(), CITE, null);
            if (negative(it.quantity())) ev.add(ID + ".item-quantity", Verdict.REVIEW, what, "field 'quantity' is negative: " + it.quantity(), CITE, null);
        }
        for (RoutePoint p : t.route().transit()) {
            if (p.country() != null && !p.country().isBlank() && ev.country(p.country()).isEmpty()) {
                ev.add(ID + ".transit-country", Verdict.REVIEW, "route", "transit country is not a known country: '" + p.country() + "'", CITE, null);
            }
        }
    }

    private static boolean negative(BigDecimal v) {
        return v != null && v.signum() < 0;
    }
}
