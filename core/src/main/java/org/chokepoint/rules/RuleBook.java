package org.chokepoint.rules;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every rule table, loaded once from the classpath and typed. The tables are data with versions, periods and
 * citations (see {@code docs/decide.md}); the rules read them through this class.
 */
public final class RuleBook {
    private static final List<String> FILES = List.of("embargoes.tsv", "regions.tsv", "country-groups.tsv",
            "de-minimis.tsv", "no-de-minimis.tsv", "ccl.tsv", "ear/ccl-cat3-5.tsv", "ear/country-chart.tsv",
            "ear/country-chart-footnotes.tsv", "hubs.tsv", "list-effects.tsv", "red-flags.tsv", "general-licences.tsv", "rule-effective-dates.tsv", "affiliates-rule.tsv");

    private final Map<String, RuleTable> tables;
    private final List<Embargo> embargoes;
    private final CountryGroups groups;
    private final DeMinimisTable deMinimis;
    private final ControlList controlList;
    private final CountryChart chart;
    private final GeneralLicences generalLicences;
    private final RuleDates ruleDates;
    private final PlaceTables places;
    private final ListEffects listEffects;
    private final RedFlags redFlags;

    private RuleBook(Map<String, RuleTable> tables) {
        this.tables = tables;
        RuleTable e = tables.get("embargoes.tsv");
        this.embargoes = e.rows().stream().map(r -> new Embargo(r.require("id"), r.require("target"), r.require("authority"),
                r.date("from"), r.date("to"), Embargo.Scope.valueOf(r.require("scope")), "yes".equals(r.get("food_medicine")),
                Verdict.valueOf(r.require("verdict")), r.require("measure"), r.require("citation"))).toList();
        this.groups = new CountryGroups(tables.get("country-groups.tsv"));
        this.deMinimis = new DeMinimisTable(tables.get("de-minimis.tsv"), tables.get("no-de-minimis.tsv"), groups);
        this.controlList = new ControlList(tables.get("ear/ccl-cat3-5.tsv"), tables.get("ccl.tsv"));
        this.chart = new CountryChart(tables.get("ear/country-chart.tsv"), tables.get("ear/country-chart-footnotes.tsv"));
        this.places = new PlaceTables(tables.get("regions.tsv"), tables.get("hubs.tsv"));
        this.generalLicences = new GeneralLicences(tables.get("general-licences.tsv"));
        this.ruleDates = new RuleDates(tables.get("rule-effective-dates.tsv"));
        this.listEffects = new ListEffects(tables.get("list-effects.tsv"));
        this.redFlags = new RedFlags(tables.get("red-flags.tsv"));
    }

    private static final class Holder {
        static final RuleBook BUNDLED = new RuleBook(FILES.stream()
                .collect(Collectors.toUnmodifiableMap(f -> f, RuleTable::resource)));
    }

    /** The tables shipped with this version (parsed once). */
    public static RuleBook bundled() {
        return Holder.BUNDLED;
    }

    public RuleTable table(String file) {
        return tables.get(file);
    }

    /** "embargoes.tsv 2026-11-23, ..." for provenance in reports. */
    public String versions() {
        return FILES.stream().map(f -> f + " " + tables.get(f).version()).collect(Collectors.joining(", "));
    }

    /** The newest table version (the state of the rules encoded). */
    public String version() {
        return FILES.stream().map(f -> tables.get(f).version()).max(String::compareTo).orElse("unversioned");
    }

    public List<Embargo> embargoes() { return embargoes; }
    public CountryGroups groups() { return groups; }
    public DeMinimisTable deMinimis() { return deMinimis; }
    public ControlList controlList() { return controlList; }
    public CountryChart chart() { return chart; }
    public GeneralLicences generalLicences() { return generalLicences; }
    public RuleDates ruleDates() { return ruleDates; }
    public PlaceTables places() { return places; }
    public ListEffects listEffects() { return listEffects; }
    public RedFlags redFlags() { return redFlags; }
}
