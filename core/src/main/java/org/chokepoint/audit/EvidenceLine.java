package org.chokepoint.audit;

import java.util.List;

/**
 * One distinct clue behind a code's verdict, as the report shows it.
 *
 * @param kind        what sort of evidence
 * @param column      the column it was found in
 * @param value       the matched value
 * @param rows        rows of the code that carry it
 * @param points      the countries it points to, strongest first (at most 5)
 * @param reliability how often such a clue named the true country in this file's open rows (shrunk to the kind's prior)
 * @param weight      log-odds it adds for the decoded country (over an uninformative clue), its rows counted 1 + ½·ln n
 *                    times, at most what its kind (or the intermediary group) may add
 * @param source      reference data it comes from
 */
public record EvidenceLine(ClueKind kind, String column, String value, int rows, List<CountryShare> points,
                           double reliability, double weight, String source) {
}
