package org.chokepoint.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * List-based licence exceptions of 15 CFR part 740 for an item whose ECCN needs a licence on the Country Chart:
 * LVS (740.3), GBS (740.4), ENC (740.17), TMP (740.9) and RPL (740.10), each with its Country Group condition.
 * The general restrictions of 740.2 (no Entity List party, no prohibited end use, no E:1/E:2 destination) are the
 * other rules' findings and are named in the conditions.
 *
 * <p>Example: 3A002.g (NS2, LVS $3000) worth USD 2,400 to Türkiye (Country Group B): the NS2 X would require a
 * licence, but LVS applies: CLEAR with the conditions stated. The same item worth USD 3,200 keeps its licence
 * requirement. 5A002 to Germany: EI needs a licence (742.15), ENC may apply: REVIEW naming the facts (the item's
 * 740.17 paragraph and the end user).
 */
final class LicenceExceptions {
    private static final Pattern SIMPLE_LVS = Pattern.compile("\\$(\\d+)");
    private static final Pattern TEMPORARY = Pattern.compile("\\b(temporary|exhibition|trade fair|trade show|demonstration|tools of (the )?trade)\\b");
    private static final Pattern REPLACEMENT = Pattern.compile("\\b(replacement|spare parts?|repair|servicing)\\b");
    private static final String RESTRICTIONS = "the general restrictions of 15 CFR 740.2 (no party of part 744 or supp. 4, no prohibited end use)";

    private LicenceExceptions() {
    }

    /** The exception finding for an item the chart puts under licence, empty when none applies or may apply. */
    static Optional<RuleFinding> consider(Evaluation ev, int index, ControlList.Entry entry, ChartJudgement j, String dest) {
        String what = ev.itemLabel(index);
        Set<String> groups = ev.book().groups().groupsOf(dest, ev.asOf());
        boolean embargoed = groups.contains("E:1") || groups.contains("E:2");
        if (embargoed) return Optional.empty();
        Set<String> reasons = new java.util.TreeSet<>();
        for (ControlList.Control c : j.required()) reasons.add(c.reason());
        String endUse = ev.tx().endUse() == null ? "" : ev.tx().endUse().toLowerCase(Locale.ROOT);
        if (reasons.contains("EI")) {
            return Optional.of(new RuleFinding("exception.ENC", Verdict.REVIEW, what, entry.eccn() + " to " + dest
                    + ": License Exception ENC may apply (not to E:1/E:2, " + RESTRICTIONS + "); to confirm: the item's 740.17"
                    + " paragraph ((b)(1) with the self-classification report, (b)(2) or (b)(3) after a classification request)"
                    + " and whether the end user is a government end user (740.17(b)(2) items to government end users outside"
                    + " supp. 3 to part 740 need a licence)", "15 CFR 740.17 (ENC); 15 CFR 742.15", null, null));
        }
        boolean groupB = groups.contains("B");
        if (groupB && reasons.equals(Set.of("NS"))) {
            Optional<RuleFinding> lvs = lvs(ev, index, entry, dest, what);
            if (lvs.isPresent()) return lvs;
            Optional<RuleFinding> gbs = gbs(entry, dest, what);
            if (gbs.isPresent()) return gbs;
        }
        if (TEMPORARY.matcher(endUse).find()) {
            return Optional.of(new RuleFinding("exception.TMP", Verdict.REVIEW, what, entry.eccn() + " to " + dest + ": the end use '"
                    + ev.tx().endUse().strip() + "' reads as a temporary export; License Exception TMP may apply (740.9(a): tools of trade,"
                    + " exhibition, demonstration; returned within one year; " + RESTRICTIONS + "); to confirm: the temporary purpose"
                    + " and the return date", "15 CFR 740.9 (TMP)", null, null));
        }
        if (REPLACEMENT.matcher(endUse).find()) {
            return Optional.of(new RuleFinding("exception.RPL", Verdict.REVIEW, what, entry.eccn() + " to " + dest + ": the end use '"
                    + ev.tx().endUse().strip() + "' reads as servicing or replacement; License Exception RPL may apply (740.10: one-for-one"
                    + " replacement parts for equipment lawfully exported, not enhancing it; " + RESTRICTIONS + "); to confirm: the"
                    + " original export's authorisation and that the parts replace like for like", "15 CFR 740.10 (RPL)", null, null));
        }
        return Optional.empty();
    }

    /** LVS: destination in Country Group B, net value of the shipment's items of this ECCN within the entry's LVS value. */
    private static Optional<RuleFinding> lvs(Evaluation ev, int index, ControlList.Entry entry, String dest, String what) {
        String lvs = entry.lvs();
        if (lvs == null || lvs.startsWith("N/A")) return Optional.empty();
        String cite = "15 CFR 740.3 (LVS); ECCN " + entry.eccn() + " LVS " + lvs;
        Matcher m = SIMPLE_LVS.matcher(lvs);
        if (!m.matches()) {
            return Optional.of(new RuleFinding("exception.LVS", Verdict.REVIEW, what, entry.eccn() + " to " + dest + " (Country Group B):"
                    + " License Exception LVS may apply; its value limit depends on the paragraph: " + lvs + "; to confirm: the"
                    + " paragraph, and that the net value of the shipment stays within it", cite, null, null));
        }
        BigDecimal limit = new BigDecimal(m.group(1));
        BigDecimal shipment = BigDecimal.ZERO;
        List<Item> items = ev.tx().items();
        for (Item it : items) {
            if (!entry.eccn().equals(ControlList.normalise(it.eccn()))) continue;
            if (it.value() == null) return Optional.empty();
            shipment = shipment.add(it.value());
        }
        if (!"USD".equalsIgnoreCase(ev.tx().currency())) {
            return Optional.of(new RuleFinding("exception.LVS", Verdict.REVIEW, what, entry.eccn() + " to " + dest + " (Country Group B):"
                    + " License Exception LVS applies up to USD " + limit + " per shipment; the values are in "
                    + (ev.tx().currency() == null ? "no stated currency" : ev.tx().currency()) + ": to confirm: the value in US dollars", cite, null, null));
        }
        if (shipment.compareTo(limit) > 0) return Optional.empty();
        return Optional.of(new RuleFinding("exception.LVS", Verdict.CLEAR, what, entry.eccn() + " to " + dest + " (Country Group B): net"
                + " value of the shipment's " + entry.eccn() + " items USD " + ItemRule.money(shipment) + " <= LVS USD " + limit
                + ": License Exception LVS applies; conditions: " + RESTRICTIONS + ", the shipment is not split to meet the limit"
                + " (740.3(d)), and the annual value of LVS orders to one consignee stays within 740.3(d)", cite, null, null));
    }

    /** GBS: destination in Country Group B, the entry says GBS Yes (or for some paragraphs). */
    private static Optional<RuleFinding> gbs(ControlList.Entry entry, String dest, String what) {
        String gbs = entry.gbs();
        if (gbs == null || gbs.startsWith("N/A")) return Optional.empty();
        String cite = "15 CFR 740.4 (GBS); ECCN " + entry.eccn() + " GBS " + gbs;
        if (gbs.equals("yes")) {
            return Optional.of(new RuleFinding("exception.GBS", Verdict.CLEAR, what, entry.eccn() + " to " + dest + " (Country Group B):"
                    + " License Exception GBS applies; conditions: " + RESTRICTIONS, cite, null, null));
        }
        return Optional.of(new RuleFinding("exception.GBS", Verdict.REVIEW, what, entry.eccn() + " to " + dest + " (Country Group B):"
                + " License Exception GBS may apply (" + gbs + "); to confirm: the paragraph", cite, null, null));
    }

    /** Mass-market encryption (5A992.c, 5D992.c) goes NLR once classified under 740.17(b)(1): the condition is stated. */
    static Optional<RuleFinding> massMarket(Evaluation ev, int index, ControlList.Entry entry, String dest) {
        if (!entry.eccn().equals("5A992") && !entry.eccn().equals("5D992")) return Optional.empty();
        return Optional.of(new RuleFinding("exception.ENC-mass-market", Verdict.CLEAR, ev.itemLabel(index), entry.eccn() + " to " + dest
                + ": mass-market encryption is NLR here; conditions: the item meets the Cryptography Note (Note 3 to Category 5"
                + " Part 2) and was self-classified under 740.17(b)(1) with the annual self-classification report, or classified"
                + " by BIS under 740.17(b)(3)", "15 CFR 740.17(b)(1); 15 CFR 774, Supp. 1, Category 5 Part 2, Note 3", null, null));
    }
}
