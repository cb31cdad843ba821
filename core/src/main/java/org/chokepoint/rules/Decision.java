package org.chokepoint.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The outcome for one transaction.
 *
 * @param asOf        the date whose rules were applied
 * @param destination resolved destination country (ISO alpha-2 or region id such as {@code UA-CRIMEA}), or null
 * @param value       total value of the items (null when no item gave one)
 */
public record Decision(String transactionId, LocalDate asOf, Verdict verdict, List<RuleFinding> findings,
                       String destination, BigDecimal value, String currency) {
    public Decision {
        findings = List.copyOf(findings);
    }
}
