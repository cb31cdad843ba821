package org.chokepoint.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Commerce Country Chart (Supplement No. 1 to 15 CFR part 738) as one row per country: which of the 16
 * reason-for-control columns carry an X, and the footnotes on the country cell. Read from {@code ear/country-chart.tsv}.
 *
 * <p>Example: {@code xColumns("DE")} is {@code [CB1, MT1, NS1, RS1]}, so an NS2-only item goes to Germany without a
 * licence (NLR) and an NS1 item needs one. Liechtenstein has no row of its own: footnote 5 refers it to Switzerland.
 * The rows of Cuba, Iran, North Korea and Syria are not chart rows (their controls are in part 746, see
 * {@link #partSevenFortySix}); they are never read as X marks.
 */
public final class CountryChart {
    public static final List<String> COLUMNS = List.of("CB1", "CB2", "CB3", "NP1", "NP2", "NS1", "NS2", "MT1", "RS1",
            "RS2", "FC1", "CC1", "CC2", "CC3", "AT1", "AT2");
    /** Destinations whose controls "do not appear in the Country Chart" (15 CFR 746.1(a)(1)): part 746 decides. */
    private static final Set<String> PART_746 = Set.of("CU", "IR", "KP", "SY");
    private static final String REFER_TO_SWITZERLAND = "5";

    /** One chart row. */
    public record Row(String country, String name, Set<String> xColumns, List<String> footnotes, String verification) {
    }

    private final RuleTable table;
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final Map<String, String> footnotes = new LinkedHashMap<>();

    CountryChart(RuleTable chart, RuleTable notes) {
        this.table = chart;
        for (RuleTable.Row r : chart.rows()) {
            Set<String> x = new TreeSet<>();
            for (String c : COLUMNS) {
                String v = r.get(c);
                if (v == null) continue;
                if (!v.equals("X")) throw new IllegalStateException(r.where() + ": column " + c + " is '" + v + "', not X or empty");
                x.add(c);
            }
            String fn = r.get("footnotes");
            rows.put(r.require("iso2"), new Row(r.require("iso2"), r.require("name"), Set.copyOf(x),
                    fn == null ? List.of() : List.of(fn.split(",")), r.get("verification")));
        }
        for (RuleTable.Row r : notes.rows()) footnotes.put(r.require("number"), r.require("text"));
    }

    public RuleTable table() {
        return table;
    }

    /** The row that decides for a destination (ISO alpha-2 or a region id of its country); Liechtenstein reads Switzerland's. */
    public Optional<Row> row(String destination) {
        Row r = rows.get(CountryGroups.countryOf(destination));
        if (r != null && r.footnotes().contains(REFER_TO_SWITZERLAND) && !r.country().equals("CH")) return Optional.ofNullable(rows.get("CH"));
        return Optional.ofNullable(r);
    }

    /** True for the destinations whose licence requirements are set by part 746 instead of the chart. */
    public static boolean partSevenFortySix(String destination) {
        return PART_746.contains(CountryGroups.countryOf(destination));
    }

    public String footnote(String number) {
        return footnotes.get(number);
    }
}
