package org.chokepoint.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An ECCN's License Requirements joined with the Country Chart for one destination on one date: which controls
 * reach the item's paragraph and put an X (or a named destination set) on the destination.
 *
 * <p>Example: {@code 5A001.b.1} to Germany: NS1 (.a, b.5, .e, .f.3, .h) does not reach .b.1; NS2 reaches it but
 * Germany has no NS2 X; SL (.f.1) does not reach it; AT1 has no X: NLR. {@code 5A001.a} to Germany: NS1 reaches it
 * and Germany has an NS1 X: licence required, decided by column NS1. A bare {@code 5A001} to Germany is REVIEW
 * (NS1 and SL reach some paragraphs, NS2 others): the paragraph decides.
 *
 * @param verdict  LICENCE_REQUIRED, REVIEW (the paragraph or a destination set decides) or CLEAR (NLR)
 * @param required the controls that require a licence (for LICENCE_REQUIRED) or may (for REVIEW)
 */
public record ChartJudgement(Verdict verdict, List<ControlList.Control> required, String evidence, String citation) {

    private static final java.util.regex.Pattern Z_REFS = java.util.regex.Pattern.compile("(\\.?z(\\.\\d+)*|\\band\\b|[\\s,()])");

    static boolean onlyZ(ControlList.Control c) {
        return c.scope() != null && c.scope().contains("z") && Z_REFS.matcher(c.scope()).replaceAll("").isEmpty();
    }

    public static ChartJudgement of(ControlList.Entry entry, String paragraph, String destination, LocalDate date,
                                    CountryChart chart, CountryGroups groups) {
        String country = CountryGroups.countryOf(destination);
        String item = entry.eccn() + (paragraph == null ? "" : "." + paragraph) + " (" + entry.heading() + ")";
        if (entry.controls().isEmpty()) {
            return new ChartJudgement(Verdict.REVIEW, List.of(), item + " has no licence requirement of its own in the CCL"
                    + (entry.notes() == null ? "" : ": " + cut(entry.notes(), 240)) + "; determine the controlling entry or regime",
                    "15 CFR 774, Supp. 1, ECCN " + entry.eccn());
        }
        var row = chart.row(country);
        Set<String> memberOf = groups.groupsOf(country, date);
        List<ControlList.Control> certain = new ArrayList<>();
        List<ControlList.Control> possible = new ArrayList<>();
        List<String> unknownReach = new ArrayList<>();
        boolean allPossibleMarked = true;
        for (ControlList.Control c : entry.controls()) {
            ControlList.Coverage cov = ControlList.coverage(c.scope(), paragraph);
            if (cov == ControlList.Coverage.MISSES) continue;
            Boolean marked = marked(c.reach(), country, row.map(CountryChart.Row::xColumns).orElse(null), memberOf);
            if (marked == null) {
                unknownReach.add(c.label() + " (" + c.scope() + ")");
                possible.add(c);
                continue;
            }
            if (!marked) {
                if (cov == ControlList.Coverage.UNKNOWN) allPossibleMarked = false;
                continue;
            }
            if (cov == ControlList.Coverage.COVERS) certain.add(c);
            else possible.add(c);
        }
        String rowNote = row.isEmpty() ? "" : row.get().country().equals(country) ? "" : " (chart row of " + row.get().name()
                + ", footnote 5)";
        String chartState = "Country Chart " + chart.table().version() + rowNote;
        if (!certain.isEmpty()) {
            return new ChartJudgement(Verdict.LICENCE_REQUIRED, certain, item + " to " + destination + ": the " + chartState
                    + " has an X for " + country + " under " + labels(certain) + ": licence required", citations(certain));
        }
        // No paragraph given, but every control that may reach it marks the destination: whichever paragraph, a licence.
        // Controls that name only .z paragraphs never reach every paragraph: .z items are those of the entry that also meet
        // the parameters of another ECCN (5A992.z: 3A090/4A090), so the entry's lettered paragraphs (5A992.c) stay outside.
        if (!possible.isEmpty() && unknownReach.isEmpty() && allPossibleMarked && paragraph == null && !possible.stream().allMatch(ChartJudgement::onlyZ)) {
            return new ChartJudgement(Verdict.LICENCE_REQUIRED, possible, item + " to " + destination + ": the " + chartState
                    + " has an X for " + country + " under " + labels(possible) + ", which together reach every paragraph that"
                    + " the entry's controls name: licence required whichever of them the item is (give the paragraph to confirm)",
                    citations(possible));
        }
        if (row.isEmpty() && entry.controls().stream().anyMatch(c -> c.reach().column() != null)) {
            return new ChartJudgement(Verdict.REVIEW, List.of(), item + ": " + country + " has no row in the " + chartState
                    + ": check the chart for this destination", "15 CFR 738, Supp. 1");
        }
        if (!possible.isEmpty()) {
            return new ChartJudgement(Verdict.REVIEW, possible, item + " to " + destination + ": "
                    + (possible.size() == unknownReach.size() ? "" : "the " + chartState + " marks " + country + " under "
                    + labels(possible.stream().filter(c -> !unknownReach.contains(c.label() + " (" + c.scope() + ")")).toList())
                    + ", which reach only some paragraphs; ")
                    + (unknownReach.isEmpty() ? "" : "destinations not encoded for " + String.join("; ", unknownReach) + "; ")
                    + (paragraph == null ? "give the ECCN paragraph" : "confirm the paragraph and the parameters") + " to decide",
                    citations(possible));
        }
        Set<String> reasons = new LinkedHashSet<>();
        for (ControlList.Control c : entry.controls()) reasons.add(c.label());
        return new ChartJudgement(Verdict.CLEAR, List.of(), item + " is controlled for " + String.join(", ", entry.reasons())
                + "; the " + chartState + " has no X for " + country + " under " + String.join(", ", reasons)
                + " as they reach this item: no licence required (NLR)", "15 CFR 738, Supp. 1; 15 CFR 774, Supp. 1, ECCN " + entry.eccn());
    }

    /** TRUE when the control requires a licence to the destination, FALSE when not, null when the table cannot say. */
    private static Boolean marked(ControlList.Reach r, String country, Set<String> x, Set<String> memberOf) {
        if (r.unknown() && r.groups().isEmpty()) return null;
        if (r.unknown()) return memberOf.stream().anyMatch(r.groups()::contains) ? null : Boolean.FALSE;
        if (r.column() != null) return x == null ? Boolean.FALSE : x.contains(r.column());
        if (r.all()) return !r.exceptCountries().contains(country);
        if (r.countries().contains(country)) return true; // a named country is not lost to the groups' exclusion
        if (memberOf.stream().anyMatch(r.excludedGroups()::contains)) return false;
        return memberOf.stream().anyMatch(r.groups()::contains);
    }

    private static String labels(List<ControlList.Control> cs) {
        List<String> out = new ArrayList<>();
        for (ControlList.Control c : cs) out.add(c.label() + (c.scope().equals("entire entry") ? "" : " (" + cut(c.scope(), 120) + ")"));
        return String.join(", ", out);
    }

    private static String citations(List<ControlList.Control> cs) {
        Set<String> out = new LinkedHashSet<>();
        for (ControlList.Control c : cs) out.add(c.citation());
        return String.join("; ", out);
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }
}
