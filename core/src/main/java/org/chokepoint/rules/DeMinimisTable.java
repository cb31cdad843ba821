package org.chokepoint.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** De minimis percentages and the classifications without one (15 CFR 734.4), from two rule tables. */
public final class DeMinimisTable {
    /** The percentage that applies and why. */
    public record Threshold(BigDecimal percent, String groups, String citation) {
    }

    /** A classification without a de minimis level (or with one that depends on facts not in the data). */
    public record Exclusion(Pattern eccn, String groups, LocalDate from, boolean review, String citation) {
    }

    private final RuleTable percents;
    private final RuleTable exclusionsTable;
    private final List<Exclusion> exclusions;
    private final CountryGroups groups;

    DeMinimisTable(RuleTable percents, RuleTable exclusions, CountryGroups groups) {
        this.percents = percents;
        this.exclusionsTable = exclusions;
        this.groups = groups;
        this.exclusions = exclusions.rows().stream().map(r -> new Exclusion(Pattern.compile(r.require("eccn")),
                r.require("groups"), r.date("from"), r.require("effect").equals("REVIEW"), r.require("citation"))).toList();
    }

    public RuleTable table() {
        return percents;
    }

    public boolean covers(LocalDate date) {
        return percents.covers(date) && exclusionsTable.covers(date);
    }

    /** The threshold for a destination on a date: the first row whose groups the destination is in. */
    public Threshold threshold(String destination, LocalDate date) {
        for (RuleTable.Row r : percents.rows()) {
            String g = r.require("groups");
            if (date.isBefore(r.date("from")) || (r.date("to") != null && date.isAfter(r.date("to")))) continue;
            if (groups.inAny(destination, date, g)) return new Threshold(new BigDecimal(r.require("percent")), g, r.require("citation"));
        }
        throw new IllegalStateException("de-minimis.tsv has no catch-all row");
    }

    /** The exclusion that applies to the item's ECCN and destination on the date, if any. */
    public Optional<Exclusion> exclusion(String eccn, String destination, LocalDate date) {
        if (eccn == null) return Optional.empty();
        String e = eccn.strip().toUpperCase(java.util.Locale.ROOT);
        return exclusions.stream()
                .filter(x -> !date.isBefore(x.from()) && x.eccn().matcher(e).matches() && groups.inAny(destination, date, x.groups()))
                .findFirst();
    }
}
