package org.chokepoint.audit;

import java.time.LocalDate;
import java.util.List;

/**
 * A row whose country cell holds a code, decoded. Also the record the decision engine judges.
 *
 * @param line        line or row number in the file
 * @param id          the row's identifier when the file has an ID column, else null
 * @param code        what the country cell says
 * @param country     decoded alpha-2 code
 * @param probability probability of that country
 * @param inherited   true when the row has no evidence of its own and takes its code's verdict
 * @param evidence    the row's own clues, as "column: value (kind)"
 * @param alone       what the row's own clues say without its code (most probable country), null when it has none
 * @param aloneProbability probability of {@code alone} from the row's clues and the file prior only
 * @param amount      contract value, when the file has an amount column and the cell is a number
 * @param currency    currency cell, or null
 * @param date        date cell, or null
 * @param customer    customer cell, or null
 */
public record RowVerdict(long line, String id, String code, String country, double probability, boolean inherited,
                         List<String> evidence, String alone, double aloneProbability, Double amount, String currency, LocalDate date, String customer) {
}
