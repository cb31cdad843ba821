package org.chokepoint.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The part of the Commerce Control List encoded here ({@code ccl.tsv}) crossed with the Country Chart
 * ({@code country-chart.tsv}): which reasons for control of an ECCN require a licence to a destination.
 */
public final class ControlList {
    /** A reason for control with an X for the destination. */
    public record ChartHit(String reason, String citation) {
    }

    private record ChartRule(String reason, String destinations, String citation) {
    }

    private final Map<String, List<String>> reasons = new LinkedHashMap<>();
    private final Map<String, String> descriptions = new LinkedHashMap<>();
    private final List<ChartRule> chart = new ArrayList<>();
    private final CountryGroups groups;

    ControlList(RuleTable ccl, RuleTable countryChart, CountryGroups groups) {
        this.groups = groups;
        for (RuleTable.Row r : ccl.rows()) {
            String eccn = r.require("eccn");
            reasons.put(eccn, Arrays.stream(r.require("reasons").split(";")).map(String::strip).toList());
            descriptions.put(eccn, r.require("description"));
        }
        for (RuleTable.Row r : countryChart.rows()) {
            chart.add(new ChartRule(r.require("reason"), r.require("destinations"), r.require("citation")));
        }
    }

    /** "5a991.b.1" → "5A991"; "ear 99" → "EAR99"; null stays null. */
    public static String normalise(String eccn) {
        if (eccn == null || eccn.isBlank()) return null;
        String e = eccn.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        int dot = e.indexOf('.');
        return dot > 0 ? e.substring(0, dot) : e;
    }

    public static boolean isEar99(String eccn) {
        return "EAR99".equals(normalise(eccn));
    }

    /** Reasons for control of an encoded ECCN, empty when the ECCN is not encoded. */
    public Optional<List<String>> reasons(String eccn) {
        return Optional.ofNullable(reasons.get(normalise(eccn)));
    }

    public String description(String eccn) {
        return descriptions.getOrDefault(normalise(eccn), "");
    }

    /** The Country Chart X's that the reasons meet at the destination on the date. */
    public List<ChartHit> chartHits(List<String> itemReasons, String destination, LocalDate date) {
        String country = CountryGroups.countryOf(destination);
        Set<String> memberOf = groups.groupsOf(country, date);
        List<ChartHit> out = new ArrayList<>();
        for (ChartRule c : chart) {
            if (!itemReasons.contains(c.reason())) continue;
            if (marked(c.destinations(), country, memberOf)) out.add(new ChartHit(c.reason(), c.citation()));
        }
        return out;
    }

    private static boolean marked(String destinations, String country, Set<String> memberOf) {
        if (destinations.equals("ALL")) return true;
        if (destinations.startsWith("ALL-EXCEPT:")) {
            return Arrays.stream(destinations.substring(11).split(",")).map(String::strip).noneMatch(country::equals);
        }
        if (destinations.startsWith("GROUP:")) return memberOf.contains(destinations.substring(6));
        throw new IllegalStateException("country-chart.tsv: unknown destinations rule " + destinations);
    }
}
