package org.chokepoint.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Effective dates of Federal Register rules that differ from their publication date ({@code rule-effective-dates.tsv}).
 * Example: an Entity List entry whose notice reads "84 FR 22963, 85 FR 29852" (the page of the entry) and whose listing date is 2019-05-21
 * took effect on 2019-05-16, so a shipment on 2019-05-17 meets the licence requirement.
 */
public final class RuleDates {
    /** One rule: its Federal Register volume and pages, publication and effective dates. */
    public record Known(int volume, int firstPage, int lastPage, LocalDate published, LocalDate effective, String citation) {
    }

    private static final java.util.regex.Pattern NOTICE = java.util.regex.Pattern.compile("(\\d+)\\s*FR\\s*(\\d+)");

    private final List<Known> rows = new ArrayList<>();

    RuleDates(RuleTable table) {
        for (RuleTable.Row r : table.rows()) {
            String[] pages = r.require("pages").split("-");
            rows.add(new Known(Integer.parseInt(r.require("volume")), Integer.parseInt(pages[0]), Integer.parseInt(pages[pages.length - 1]),
                    r.date("published"), r.date("effective"), r.require("citation")));
        }
    }

    /** The known rule among the entry's notices published on the listing date, null when none is known. */
    public Known of(String notices, LocalDate published) {
        if (notices == null) return null;
        java.util.regex.Matcher m = NOTICE.matcher(notices);
        while (m.find()) {
            int volume = Integer.parseInt(m.group(1));
            int page = Integer.parseInt(m.group(2));
            for (Known k : rows) {
                if (k.published().equals(published) && k.volume() == volume && page >= k.firstPage() && page <= k.lastPage()) return k;
            }
        }
        return null;
    }
}
