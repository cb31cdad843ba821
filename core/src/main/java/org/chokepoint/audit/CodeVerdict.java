package org.chokepoint.audit;

import java.util.List;

/**
 * What one code in the country column hides.
 *
 * @param code           the code as written
 * @param rows           rows carrying it
 * @param rowsWithOwnEvidence rows that carry at least one clue
 * @param candidates     most probable countries, best first (at most 5)
 * @param evidence       distinct clues behind the verdict, strongest for the decoded country first
 * @param verdicts       every row, decoded
 */
public record CodeVerdict(String code, int rows, int rowsWithOwnEvidence, List<CountryShare> candidates,
                          List<EvidenceLine> evidence, List<RowVerdict> verdicts) {
    /** The decoded country (alpha-2), or null when no evidence points anywhere. */
    public String country() {
        return candidates.isEmpty() ? null : candidates.get(0).alpha2();
    }

    public double confidence() {
        return candidates.isEmpty() ? 0 : candidates.get(0).probability();
    }
}
