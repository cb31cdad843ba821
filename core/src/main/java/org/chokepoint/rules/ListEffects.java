package org.chokepoint.rules;

import org.chokepoint.model.Entity;

import java.util.List;
import java.util.regex.Pattern;

/** What a confirmed hit on a list entry means, from {@code list-effects.tsv}: first matching row wins. */
public final class ListEffects {
    /**
     * The effect of a hit: the verdict it demands, the list's readable name and the regulation.
     *
     * @param publishedDates true when the list's listing dates are Federal Register publication dates, which can
     *                       follow the date the rule took effect (Huawei: published 2019-05-21, effective 2019-05-16)
     */
    public record Effect(Verdict verdict, String list, String citation, boolean publishedDates) {
    }

    private record Row(String source, Pattern lists, Effect effect) {
    }

    private final List<Row> rows;

    ListEffects(RuleTable table) {
        rows = table.rows().stream().map(r -> new Row(r.require("source"),
                r.require("lists").equals("*") ? null : Pattern.compile(r.require("lists")),
                new Effect(Verdict.valueOf(r.require("verdict")), r.require("list"), r.require("citation"),
                        "published".equals(r.require("listing_date"))))).toList();
    }

    public Effect of(Entity e) {
        String lists = String.join("; ", e.lists());
        for (Row r : rows) {
            if (!r.source().equals("*") && !r.source().equals(e.source())) continue;
            if (r.lists() == null || r.lists().matcher(lists).matches()) return r.effect();
        }
        throw new IllegalStateException("list-effects.tsv has no catch-all row");
    }
}
