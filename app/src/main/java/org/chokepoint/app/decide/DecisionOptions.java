package org.chokepoint.app.decide;

import org.chokepoint.rules.OwnershipGraph;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * How a batch of transactions is judged.
 *
 * @param asOf               the date whose rules apply, or null for each transaction's own date (else today)
 * @param screeningThreshold hits from this score on are reported; null for the configured one
 * @param decisiveThreshold  hits from this score on take their list's full effect; null for the configured one
 * @param ownership          holdings stated by the caller, added to those the lists publish
 * @param ownershipFile      a CSV of holdings (owner,owned,share), or null
 */
public record DecisionOptions(LocalDate asOf, Double screeningThreshold, Double decisiveThreshold,
                              List<OwnershipGraph.Edge> ownership, Path ownershipFile) {
    public DecisionOptions {
        ownership = ownership == null ? List.of() : List.copyOf(ownership);
        for (Double t : new Double[]{screeningThreshold, decisiveThreshold}) {
            if (t != null && !(t >= 0 && t <= 1)) throw new IllegalArgumentException("threshold must be between 0 and 1, not " + t);
        }
    }

    public static DecisionOptions defaults() {
        return new DecisionOptions(null, null, null, List.of(), null);
    }

    public static DecisionOptions asOf(LocalDate asOf) {
        return new DecisionOptions(asOf, null, null, List.of(), null);
    }
}
