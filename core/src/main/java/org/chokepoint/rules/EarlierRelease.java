package org.chokepoint.rules;

import org.chokepoint.match.Screener;

import java.time.LocalDate;

/**
 * An earlier release of one list, reduced to the listings it holds that the release screened now no longer holds:
 * the entries removed since. A judgement of a date before the current release screens its parties against these too,
 * since the current release cannot show them (an SDN entry delisted in 2023 is not in the 2024 file).
 *
 * <p>Example: the OFAC SDN release of 2021-07-07 holds 8,976 entries; those whose key is not in the 2024-05-03 release
 * form {@code removed}; a party matching one of them on a 2021 transaction is reported as "removed since".
 *
 * @param source   the list's source key ({@code ofac-sdn})
 * @param released the release date (or a lower bound of it: the newest date the release itself states)
 * @param label    how a decision names the release ("ofac-sdn release of 2021-07-07 (lists/ofac-sdn/2021-07-07)")
 * @param removed  screens against the entries of this release that the current release no longer holds
 * @param size     how many such entries there are
 */
public record EarlierRelease(String source, LocalDate released, String label, Screener removed, int size) {
}
