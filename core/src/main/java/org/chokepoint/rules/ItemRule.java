package org.chokepoint.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Per item: is it subject to the EAR (US origin, or foreign-made with US-origin controlled content above the
 * de minimis level of 15 CFR 734.4, or without a de minimis level), and if so does it need a licence to the
 * destination (destination-wide EAR measures of part 746, else ECCN reasons for control × Country Chart)?
 * The arithmetic is shown in the evidence.
 */
public final class ItemRule implements Rule {
    static final String ID = "item";
    private static final String CITE_INPUT = "15 CFR 734.4 (de minimis needs the item's value and its US-origin controlled content)";

    @Override
    public void apply(Evaluation ev) {
        String dest = ev.destination();
        List<Item> items = ev.tx().items();
        List<String> endUsersElsewhere = dest == null ? List.of() : endUserPlaces(ev, dest);
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            Jurisdiction j = jurisdiction(ev, i, it, dest);
            ev.jurisdiction(i, j);
            if (j == Jurisdiction.SUBJECT && dest != null) licence(ev, i, it, dest, endUsersElsewhere);
        }
    }

    private Jurisdiction jurisdiction(Evaluation ev, int i, Item it, String dest) {
        String what = ev.itemLabel(i);
        if (it.eccn() == null || it.eccn().isBlank()) {
            ev.add(ID + ".eccn", Verdict.REVIEW, what, "field 'eccn' is empty: classify the item (ECCN or EAR99)", "15 CFR 774, Supp. 1 (Commerce Control List)", null);
        }
        Optional<String> origin = ev.country(it.originCountry());
        if (origin.isEmpty()) {
            ev.add(ID + ".origin", Verdict.REVIEW, what, it.originCountry() == null || it.originCountry().isBlank()
                    ? "field 'originCountry' is empty: US origin cannot be excluded"
                    : "field 'originCountry' is not a known country: '" + it.originCountry() + "'", "15 CFR 734.3(a)", null);
            return Jurisdiction.UNKNOWN;
        }
        if (origin.get().equals("US")) {
            ev.add(ID + ".us-origin", Verdict.CLEAR, what, "US-origin item: subject to the EAR wherever located", "15 CFR 734.3(a)(2)", null);
            return Jurisdiction.SUBJECT;
        }
        if (dest == null) return Jurisdiction.UNKNOWN;
        if (!ev.book().deMinimis().covers(ev.asOf())) {
            ev.add(ID + ".de-minimis.no-rules-for-date", Verdict.REVIEW, what, "the de minimis tables cover "
                    + ev.book().deMinimis().table().coversFrom() + " onward; no data for " + ev.asOf(), "15 CFR 734.4", null);
            return Jurisdiction.UNKNOWN;
        }
        BigDecimal value = it.value();
        BigDecimal us = it.usContent();
        var exclusion = ev.book().deMinimis().exclusion(it.eccn(), dest, ev.asOf());
        if (exclusion.isPresent() && !exclusion.get().review()) {
            if (us != null && us.signum() == 0) {
                ev.add(ID + ".no-de-minimis", Verdict.CLEAR, what, "no de minimis for ECCN " + it.eccn() + " to " + dest
                        + ", but the item declares no US-origin content", exclusion.get().citation(), exclusion.get().from());
                return Jurisdiction.NOT_SUBJECT;
            }
            ev.add(ID + ".no-de-minimis", Verdict.CLEAR, what, "no de minimis level for ECCN " + it.eccn() + " to " + dest
                    + ": any US-origin controlled content makes the item subject to the EAR", exclusion.get().citation(), exclusion.get().from());
            return Jurisdiction.SUBJECT;
        }
        exclusion.ifPresent(x -> ev.add(ID + ".de-minimis-eligibility", Verdict.REVIEW, what, "ECCN " + it.eccn()
                + ": whether the US-origin content counts for de minimis depends on its encryption classification", x.citation(), x.from()));
        if (value == null || value.signum() <= 0) {
            ev.add(ID + ".value", Verdict.REVIEW, what, value == null ? "field 'value' is empty: de minimis cannot be computed"
                    : "field 'value' is " + value + ": de minimis cannot be computed", CITE_INPUT, null);
            return Jurisdiction.UNKNOWN;
        }
        if (us == null) {
            ev.add(ID + ".us-content", Verdict.REVIEW, what, "field 'usContent' is empty: the US-origin controlled content of a foreign-made item must be known",
                    CITE_INPUT, null);
            return Jurisdiction.UNKNOWN;
        }
        if (us.signum() < 0) return Jurisdiction.UNKNOWN;
        if (us.compareTo(value) > 0) {
            ev.add(ID + ".us-content", Verdict.REVIEW, what, "contradictory data: field 'usContent' " + money(us)
                    + " exceeds field 'value' " + money(value), CITE_INPUT, null);
            return Jurisdiction.UNKNOWN;
        }
        DeMinimisTable.Threshold th = ev.book().deMinimis().threshold(dest, ev.asOf());
        // "exceeds": subject when us / value > percent / 100, compared exactly as us * 100 > percent * value.
        boolean exceeds = us.multiply(BigDecimal.valueOf(100)).compareTo(th.percent().multiply(value)) > 0;
        BigDecimal share = us.multiply(BigDecimal.valueOf(100)).divide(value, 4, RoundingMode.HALF_UP);
        String arithmetic = "US-origin controlled content " + money(us) + " / value " + money(value) + " = " + pct(share)
                + (exceeds ? " > " : " <= ") + pct(th.percent()) + " (de minimis for " + dest
                + (th.groups().equals("*") ? "" : ", Country Group " + th.groups().replace(";", "/")) + ")";
        if (exceeds) {
            ev.add(ID + ".de-minimis", Verdict.CLEAR, what, arithmetic + ": exceeds de minimis, the foreign-made item is subject to the EAR",
                    th.citation(), null);
            return Jurisdiction.SUBJECT;
        }
        ev.add(ID + ".de-minimis", Verdict.CLEAR, what, arithmetic + ": does not exceed de minimis, the foreign-made item is not subject to the EAR",
                th.citation(), null);
        return Jurisdiction.NOT_SUBJECT;
    }

    private void licence(Evaluation ev, int i, Item it, String dest, List<String> endUsersElsewhere) {
        String what = ev.itemLabel(i);
        String eccn = ControlList.normalise(it.eccn());
        boolean ear99 = ControlList.isEar99(eccn);
        boolean decided = measures(ev, i, it, dest, "");
        // The ultimate destination is where the end user is: its part 746 measures apply too (a Russian end user
        // behind a Dutch consignee brings 746.8), as the OFAC embargoes do for every party.
        for (String elsewhere : endUsersElsewhere) {
            decided |= measures(ev, i, it, elsewhere, " (the end user is in " + elsewhere + ", so " + elsewhere + " is the ultimate destination)");
        }
        if (decided || eccn == null) return;
        if (ear99) {
            ev.add(ID + ".licence.chart", Verdict.CLEAR, what, "EAR99 to " + dest + ": no licence required on the Country Chart (NLR),"
                    + " subject to the end-user and end-use rules", "15 CFR 734.3(c); 15 CFR 738", null);
            return;
        }
        Optional<ControlList.Entry> entry = ev.book().controlList().entry(eccn);
        if (entry.isEmpty()) {
            ev.add(ID + ".licence.unknown-eccn", Verdict.REVIEW, what, "ECCN " + eccn + " is not among the "
                    + ev.book().controlList().size() + " CCL entries encoded (ear/ccl-cat3-5.tsv, ccl.tsv):"
                    + " determine its reasons for control and check the Country Chart for " + dest, "15 CFR 774, Supp. 1; 15 CFR 738, Supp. 1", null);
            return;
        }
        if (CountryChart.partSevenFortySix(dest)) {
            ev.add(ID + ".licence.part-746", Verdict.REVIEW, what, eccn + " to " + dest + ": the licence requirements for this"
                    + " destination are in part 746, not in the Country Chart, and no part 746 row of embargoes.tsv is in force on "
                    + ev.asOf(), "15 CFR 746.1(a)(1)", null);
            return;
        }
        ChartJudgement j = ChartJudgement.of(entry.get(), ControlList.paragraph(it.eccn()), dest, ev.asOf(), ev.book().chart(),
                ev.book().groups());
        if (j.verdict() == Verdict.LICENCE_REQUIRED) {
            Optional<RuleFinding> exception = LicenceExceptions.consider(ev, i, entry.get(), j, dest);
            if (exception.isPresent()) {
                ev.add(ID + ".licence.chart", Verdict.CLEAR, what, j.evidence() + ", unless a licence exception applies: see "
                        + exception.get().ruleId(), j.citation(), null);
                ev.add(exception.get());
                return;
            }
        }
        ev.add(ID + ".licence.chart", j.verdict(), what, j.evidence(), j.citation(), null);
        if (j.verdict() == Verdict.CLEAR) LicenceExceptions.massMarket(ev, i, entry.get(), dest).ifPresent(ev::add);
    }

    /** The part 746 measures in force for the target; true when one decides the item's licence. */
    private static boolean measures(Evaluation ev, int i, Item it, String target, String why) {
        String what = ev.itemLabel(i);
        String eccn = ControlList.normalise(it.eccn());
        boolean ear99 = ControlList.isEar99(eccn);
        boolean decided = false;
        for (Embargo e : ev.book().embargoes()) {
            if (!e.isItemMeasure() || !e.target().equals(target) || !e.inForce(ev.asOf())) continue;
            if (e.scope() == Embargo.Scope.CCL && (eccn == null || ear99)) continue;
            if (e.scope() == Embargo.Scope.EAR99 && !ear99) continue;
            if (e.foodMedicine() && ear99 && isFoodOrMedicine(it.hsCode())) {
                ev.add(ID + ".licence." + e.id(), Verdict.CLEAR, what, "EAR99 food or medicine (HS " + it.hsCode() + ") is excepted: "
                        + e.measure() + why, e.citation(), e.from());
                decided = true;
                continue;
            }
            var lifted = ev.book().generalLicences().lifting(e.id(), it, ev.tx().endUse(), ev.asOf());
            if (lifted.isPresent()) {
                ev.add(ID + ".licence." + e.id(), Verdict.CLEAR, what, (eccn == null ? "unclassified item" : eccn) + " to " + target + ": "
                        + e.measure() + ": lifted by " + lifted.get().id() + why, e.citation(), e.from());
                ev.add(GeneralLicences.finding(lifted.get(), what, e.measure()));
                decided = true;
                continue;
            }
            ev.add(ID + ".licence." + e.id(), e.verdict(), what, (eccn == null ? "unclassified item" : eccn) + " to " + target + ": "
                    + e.measure() + " (" + e.period() + ")" + why, e.citation(), e.from());
            decided = decided || e.verdict() == Verdict.LICENCE_REQUIRED;
        }
        return decided;
    }

    /** Where end users sit when that is not the destination: a region named in the address, else the stated country. */
    private static List<String> endUserPlaces(Evaluation ev, String dest) {
        List<String> out = new java.util.ArrayList<>();
        for (Party p : ev.tx().parties()) {
            if (p.role() != Role.END_USER) continue;
            String at = Evaluation.location(ev, p);
            if (!Evaluation.atDestination(ev, p, dest) && !out.contains(at)) out.add(at);
        }
        return out;
    }

    /** HS chapters 01-24 (food) and headings 3003/3004 (medicaments), for the EAR99 food and medicine exceptions. */
    static boolean isFoodOrMedicine(String hs) {
        if (hs == null) return false;
        String d = hs.replaceAll("[^0-9]", "");
        if (d.length() < 2) return false;
        int chapter = Integer.parseInt(d.substring(0, 2));
        return chapter >= 1 && chapter <= 24 || d.startsWith("3003") || d.startsWith("3004");
    }

    static String money(BigDecimal v) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v);
    }

    static String pct(BigDecimal v) {
        return v.stripTrailingZeros().scale() <= 0 ? v.setScale(0, RoundingMode.UNNECESSARY).toPlainString() + " %"
                : v.setScale(2, RoundingMode.HALF_UP).toPlainString() + " %";
    }
}
