package org.chokepoint.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * A transaction to decide on.
 *
 * @param id       the user's reference
 * @param date     shipment or contract date; the default "as of" date of the evaluation; may be null
 * @param currency ISO 4217 code of all money values, may be null
 * @param endUse   declared end use as given, may be null
 * @param payment  payment terms as given ("letter of credit", "cash"), may be null
 */
public record Transaction(String id, LocalDate date, List<Party> parties, List<Item> items, Route route,
                          String endUse, String payment, String currency, List<String> problems) {
    public Transaction {
        problems = problems == null ? List.of() : List.copyOf(problems);
        parties = parties == null ? List.of() : List.copyOf(parties);
        items = items == null ? List.of() : List.copyOf(items);
        if (route == null) route = new Route(null, List.of(), null);
    }

    public Transaction(String id, LocalDate date, List<Party> parties, List<Item> items, Route route, String endUse,
                       String payment, String currency) {
        this(id, date, parties, items, route, endUse, payment, currency, List.of());
    }
}
