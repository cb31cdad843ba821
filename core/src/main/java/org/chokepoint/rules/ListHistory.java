package org.chokepoint.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * The earlier list releases a caller holds (stored snapshots, bundled older releases), chosen for a date. The caller
 * picks the releases; the engine judges the parties against them ({@link PartyScreening#screenRemoved}).
 */
@FunctionalInterface
public interface ListHistory {
    /**
     * The releases that speak for {@code date} better than the current ones: for each list, the nearest earlier
     * release on or after the date and the nearest before it. Empty when none is held or the date is not earlier.
     */
    List<EarlierRelease> covering(LocalDate date);

    ListHistory NONE = date -> List.of();
}
