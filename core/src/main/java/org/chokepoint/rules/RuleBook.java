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
    private volatile Typed typed;

    private RuleBook(Map<String, RuleTable> tables) {
        this.tables = tables;
    }

    /**
     * The tables read as the rules use them. Built on first use: a command that only screens names reads the tables'
     * versions for its provenance but never the Country Chart, and building the typed views (patterns, maps by
     * country and reason) is a tenth of a cold start.
     */
    private record Typed(List<Embargo> embargoes, CountryGroups groups, DeMinimisTable deMinimis, ControlList controlList,
                         CountryChart chart, GeneralLicences generalLicences, RuleDates ruleDates, PlaceTables places,
                         ListEffects listEffects, RedFlags redFlags) {
        static Typed of(Map<String, RuleTable> tables) {
            RuleTable e = tables.get("embargoes.tsv");
            List<Embargo> embargoes = e.rows().stream().map(r -> new Embargo(r.require("id"), r.require("target"), r.require("authority"),
                    r.date("from"), r.date("to"), Embargo.Scope.valueOf(r.require("scope")), "yes".equals(r.get("food_medicine")),
                    Verdict.valueOf(r.require("verdict")), r.require("measure"), r.require("citation"))).toList();
            CountryGroups groups = new CountryGroups(tables.get("country-groups.tsv"));
            return new Typed(embargoes, groups,
                    new DeMinimisTable(tables.get("de-minimis.tsv"), tables.get("no-de-minimis.tsv"), groups),
                    new ControlList(tables.get("ear/ccl-cat3-5.tsv"), tables.get("ccl.tsv")),
                    new CountryChart(tables.get("ear/country-chart.tsv"), tables.get("ear/country-chart-footnotes.tsv")),
                    new GeneralLicences(tables.get("general-licences.tsv")),
                    new RuleDates(tables.get("rule-effective-dates.tsv")),
                    new PlaceTables(tables.get("regions.tsv"), tables.get("hubs.tsv")),
                    new ListEffects(tables.get("list-effects.tsv")),
                    new RedFlags(tables.get("red-flags.tsv")));
        }
    }

    private Typed typed() {
        Typed t = typed;
        if (t == null) {
            synchronized (this) {
                if (typed == null) typed = Typed.of(tables);
                t = typed;
            }
        }
        return t;
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

    public List<Embargo> embargoes() { return typed().embargoes(); }
    public CountryGroups groups() { return typed().groups(); }
    public DeMinimisTable deMinimis() { return typed().deMinimis(); }
    public ControlList controlList() { return typed().controlList(); }
    public CountryChart chart() { return typed().chart(); }
    public GeneralLicences generalLicences() { return typed().generalLicences(); }
    public RuleDates ruleDates() { return typed().ruleDates(); }
    public PlaceTables places() { return typed().places(); }
    public ListEffects listEffects() { return typed().listEffects(); }
    public RedFlags redFlags() { return typed().redFlags(); }
}
