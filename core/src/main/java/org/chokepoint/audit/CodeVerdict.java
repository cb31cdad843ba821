package org.chokepoint.audit;

import java.util.List;

/**
 * What one code in the country column hides, or, for {@link Kind#NO_DESTINATION}, what the rows with a blank or
 * placeholder destination show of their own.
 *
 * @param code           the code as written ({@value #NO_DESTINATION_CODE} for rows with no destination)
 * @param rows           rows carrying it
 * @param rowsWithOwnEvidence rows that carry at least one clue
 * @param candidates     most probable countries, best first (at most 5); for a region, its row-level countries by
 *                       share of the rows that name one
 * @param evidence       distinct clues behind the verdict, strongest for the decoded country first
 * @param verdicts       every row, decoded
 * @param kind           whether the code hides one country, an intermediary, a region, or nothing evidenced
 * @param note           for people, what the kind means here ("rows show a Dubai intermediary; …"), or null
 */
public record CodeVerdict(String code, int rows, int rowsWithOwnEvidence, List<CountryShare> candidates,
                          List<EvidenceLine> evidence, List<RowVerdict> verdicts, Kind kind, String note) {
    /** The pseudo-code under which rows with no destination are reported. */
    public static final String NO_DESTINATION_CODE = "(no destination)";

    /** What a code was found to stand for. */
    public enum Kind {
        /** One country: {@link #country()} and {@link #confidence()} say which and how sure. */
        COUNTRY,
        /**
         * Every clue belongs to a transshipment hub or reseller (its city, phone, currency): the final destination
         * is not evidenced; the candidates are the hub's served countries and its own country.
         */
        INTERMEDIARY,
        /** The code's rows disagree among themselves: a region code, decoded row by row. */
        REGION,
        /** Rows with a blank or placeholder destination, each decoded from its own clues. */
        NO_DESTINATION,
        /** No clue points anywhere. */
        UNDECODED
    }

    /** A code that hides one country (the shape of the verdicts before kinds were told apart). */
    public CodeVerdict(String code, int rows, int rowsWithOwnEvidence, List<CountryShare> candidates,
                       List<EvidenceLine> evidence, List<RowVerdict> verdicts) {
        this(code, rows, rowsWithOwnEvidence, candidates, evidence, verdicts,
                candidates.isEmpty() ? Kind.UNDECODED : Kind.COUNTRY, null);
    }

    /** The decoded country (alpha-2) when the code hides one country, else null. */
    public String country() {
        return kind == Kind.COUNTRY && !candidates.isEmpty() ? candidates.get(0).alpha2() : null;
    }

    /** The probability of {@link #country()}, 0 when the code is not decoded as one country. */
    public double confidence() {
        return kind == Kind.COUNTRY && !candidates.isEmpty() ? candidates.get(0).probability() : 0;
    }
}
