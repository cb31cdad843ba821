package org.chokepoint.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * General licences (OFAC) and licence exceptions (EAR) that lift a destination measure for some items, from
 * {@code general-licences.tsv}.
 *
 * <p>Example: medicine (EAR99, HS 3004) to Iran in 2024. The Iran embargo ({@code ir-ofac}, 31 CFR 560) and the EAR
 * measure ({@code ir-ear}, 15 CFR 746.7) are both lifted by row {@code ir-gl-medicine} (31 CFR 560.530(a)(2)), so the
 * BLOCK becomes a CLEAR finding whose conditions are stated (not to a military purchaser, shipped within 12 months).
 * Medical devices (HS 9018) are lifted too, but as REVIEW: whether the device is on OFAC's list of devices needing a
 * specific licence is a fact the data does not give.
 */
public final class GeneralLicences {
    /** One row. {@code items}: alternatives, each a list of terms that must all hold. */
    public record Licence(String id, Set<String> measures, LocalDate from, LocalDate to, List<List<String>> items,
                          List<String> endUse, Verdict verdict, String name, String conditions, String missing, String citation) {
        public boolean inForce(LocalDate d) {
            return !d.isBefore(from) && (to == null || !d.isAfter(to));
        }

        boolean covers(Item it) {
            for (List<String> all : items) if (all.stream().allMatch(t -> term(t, it))) return true;
            return false;
        }

        boolean endUseFits(String declared) {
            if (endUse.isEmpty()) return true;
            String d = declared == null ? "" : declared.toLowerCase(Locale.ROOT);
            return endUse.stream().anyMatch(d::contains);
        }
    }

    private static final java.util.regex.Pattern NOT_DIGIT = java.util.regex.Pattern.compile("[^0-9]");
    private final List<Licence> rows = new ArrayList<>();

    GeneralLicences(RuleTable table) {
        for (RuleTable.Row r : table.rows()) {
            List<List<String>> items = new ArrayList<>();
            for (String alt : r.require("items").split(";")) {
                List<String> terms = List.of(alt.strip().split("&"));
                for (String t : terms) {
                    if (!(t.equals("*") || t.equals("EAR99") || t.startsWith("ECCN:") || t.matches("HS:\\d{2,4}(-\\d{2,4})?"))) {
                        throw new IllegalStateException(r.where() + ": column 'items': term '" + t + "' is not EAR99, ECCN:, HS: or *");
                    }
                }
                items.add(terms);
            }
            String endUse = r.get("end_use");
            String verdict = r.get("verdict");
            rows.add(new Licence(r.require("id"), Set.of(r.require("measures").split(";")), r.date("from"), r.date("to"), List.copyOf(items),
                    endUse == null ? List.of() : List.of(endUse.toLowerCase(Locale.ROOT).split(";")),
                    verdict == null ? Verdict.CLEAR : Verdict.valueOf(verdict), r.require("name"), r.require("conditions"),
                    r.get("missing"), r.require("citation")));
        }
    }

    /** The first licence in force on the date that lifts the measure for the item under the declared end use. */
    public Optional<Licence> lifting(String measure, Item item, String endUse, LocalDate date) {
        for (Licence l : rows) {
            if (l.measures().contains(measure) && l.inForce(date) && l.covers(item) && l.endUseFits(endUse)) return Optional.of(l);
        }
        return Optional.empty();
    }

    private static boolean term(String t, Item it) {
        if (t.equals("*")) return true;
        if (t.equals("EAR99")) return ControlList.isEar99(it.eccn());
        if (t.startsWith("ECCN:")) return t.substring(5).equals(ControlList.normalise(it.eccn()));
        String digits = it.hsCode() == null ? "" : NOT_DIGIT.matcher(it.hsCode()).replaceAll("");
        String range = t.substring(3);
        int dash = range.indexOf('-');
        String lo = dash < 0 ? range : range.substring(0, dash);
        String hi = dash < 0 ? range : range.substring(dash + 1);
        if (digits.length() < lo.length()) return false;
        String head = digits.substring(0, lo.length());
        return head.compareTo(lo) >= 0 && head.compareTo(hi) <= 0;
    }

    /** The finding that states the licence used, its conditions and, for REVIEW, the fact to confirm. */
    static RuleFinding finding(Licence l, String subject, String lifted) {
        String evidence = l.name() + " lifts " + lifted + " (" + l.id() + ", in force " + l.from() + (l.to() == null ? "" : " to " + l.to())
                + "); conditions: " + l.conditions() + (l.missing() == null ? "" : "; to confirm: " + l.missing());
        return new RuleFinding("exception." + l.id(), l.verdict(), subject, evidence, l.citation(), l.from(), null);
    }
}
