package org.chokepoint.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** EAR Country Group membership with dates (Supplement No. 1 to 15 CFR part 740), from {@code country-groups.tsv}. */
public final class CountryGroups {
    private record Membership(String group, LocalDate from, LocalDate to, String citation) {
        boolean at(LocalDate d) {
            return !d.isBefore(from) && (to == null || !d.isAfter(to));
        }
    }

    private final RuleTable table;
    private final Map<String, List<Membership>> byCountry;

    CountryGroups(RuleTable table) {
        this.table = table;
        this.byCountry = table.rows().stream().collect(Collectors.groupingBy(r -> r.require("country"),
                Collectors.mapping(r -> new Membership(r.require("group"), r.date("from"), r.date("to"), r.require("citation")),
                        Collectors.toList())));
    }

    public RuleTable table() {
        return table;
    }

    /** Groups the country (ISO alpha-2; a region counts as its country) belongs to on the date, sorted. */
    public Set<String> groupsOf(String country, LocalDate date) {
        Set<String> out = new TreeSet<>();
        for (Membership m : byCountry.getOrDefault(countryOf(country), List.of())) if (m.at(date)) out.add(m.group());
        return out;
    }

    /** Citations of the memberships in force on the date. */
    public List<String> citations(String country, LocalDate date) {
        List<String> out = new ArrayList<>();
        for (Membership m : byCountry.getOrDefault(countryOf(country), List.of())) if (m.at(date)) out.add(m.citation());
        return out;
    }

    /** True when some group of the country on the date is named in {@code groups} ("E:1;E:2") or groups is "*". */
    public boolean inAny(String country, LocalDate date, String groups) {
        if (groups.equals("*")) return true;
        Set<String> mine = groupsOf(country, date);
        for (String g : groups.split(";")) if (mine.contains(g.strip())) return true;
        return false;
    }

    /** "UA-CRIMEA" is in Ukraine for group purposes. */
    static String countryOf(String target) {
        return target.length() > 2 && target.charAt(2) == '-' ? target.substring(0, 2) : target;
    }
}
