package org.chokepoint.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Effective dates of Federal Register rules that differ from their publication date ({@code rule-effective-dates.tsv}).
 * Example: an Entity List entry whose notice reads "84 FR 22961, 85 FR 29852" and whose listing date is 2019-05-21
 * took effect on 2019-05-16, so a shipment on 2019-05-17 meets the licence requirement.
 */
public final class RuleDates {
    /** One rule: its citation as the lists print it, publication and effective dates. */
    public record Known(String fr, LocalDate published, LocalDate effective, String citation) {
    }

    private final List<Known> rows = new ArrayList<>();

    RuleDates(RuleTable table) {
        for (RuleTable.Row r : table.rows()) {
            rows.add(new Known(r.require("fr"), r.date("published"), r.date("effective"), r.require("citation")));
        }
    }

    /** The known rule among the entry's notices published on the listing date, null when none is known. */
    public Known of(String notices, LocalDate published) {
        if (notices == null) return null;
        String n = notices.replaceAll("\\s+", " ");
        for (Known k : rows) if (k.published().equals(published) && n.contains(k.fr())) return k;
        return null;
    }
}
