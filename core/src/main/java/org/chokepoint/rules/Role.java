package org.chokepoint.rules;

import java.util.Locale;
import java.util.Optional;

/** What a party does in a transaction (the EAR's parties to the transaction, 15 CFR 748.5, plus bank and supplier). */
public enum Role {
    BUYER, CONSIGNEE, INTERMEDIATE_CONSIGNEE, END_USER, FREIGHT_FORWARDER, BANK, SUPPLIER;

    /** True for the parties that receive or use the goods: their country is a destination. */
    public boolean receivesGoods() {
        return this == CONSIGNEE || this == INTERMEDIATE_CONSIGNEE || this == END_USER;
    }

    /** Parses file spellings: "end user", "end-user", "ultimate consignee", "forwarder", ... */
    public static Optional<Role> parse(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        String t = text.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
        return switch (t) {
            case "buyer", "purchaser", "customer" -> Optional.of(BUYER);
            case "consignee", "ultimate consignee" -> Optional.of(CONSIGNEE);
            case "intermediate consignee", "intermediate" -> Optional.of(INTERMEDIATE_CONSIGNEE);
            case "end user", "enduser", "end use", "ultimate end user" -> Optional.of(END_USER);
            case "freight forwarder", "forwarder", "freightforwarder" -> Optional.of(FREIGHT_FORWARDER);
            case "bank", "financial institution", "payer bank" -> Optional.of(BANK);
            case "supplier", "seller", "exporter", "vendor" -> Optional.of(SUPPLIER);
            default -> Optional.empty();
        };
    }
}
