package org.chokepoint.rules;

import java.time.LocalDate;

/**
 * One destination measure from {@code embargoes.tsv}.
 *
 * @param target       ISO alpha-2 or a region id ({@code UA-CRIMEA})
 * @param authority    OFAC, EAR or UN
 * @param scope        which items it reaches
 * @param foodMedicine true when EAR99 food and medicine are excepted
 */
public record Embargo(String id, String target, String authority, LocalDate from, LocalDate to, Scope scope,
                      boolean foodMedicine, Verdict verdict, String measure, String citation) {
    public enum Scope { ALL, CCL, EAR99 }

    public boolean inForce(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    /** OFAC and UN measures reach the dealing itself; EAR measures reach items subject to the EAR. */
    public boolean isItemMeasure() {
        return authority.equals("EAR");
    }

    public String period() {
        return "in force " + from + (to == null ? "" : " to " + to);
    }
}
