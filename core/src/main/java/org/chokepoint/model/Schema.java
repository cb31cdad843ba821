package org.chokepoint.model;

import java.util.Locale;
import java.util.Optional;

/** What kind of thing a list entry describes; one vocabulary for every source. */
public enum Schema {
    PERSON, ORGANIZATION, COMPANY, VESSEL, AIRCRAFT;

    private final String word = name().toLowerCase(Locale.ROOT);

    /** The schema as a word of a sentence: "person", "company". */
    public String word() {
        return word;
    }

    /** Persons are matched by person-name rules; everything else by organisation-name rules. */
    public boolean isPerson() {
        return this == PERSON;
    }

    /** Companies and organisations are interchangeable for matching: publishers disagree on which is which. */
    public boolean isLegalBody() {
        return this == ORGANIZATION || this == COMPANY;
    }

    /** Parses the CLI and file spellings ("person", "individual", "entity", "ship", ...). */
    public static Optional<Schema> parse(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "person", "individual" -> Optional.of(PERSON);
            case "organization", "organisation", "entity", "legalentity", "legal entity" -> Optional.of(ORGANIZATION);
            case "company" -> Optional.of(COMPANY);
            case "vessel", "ship" -> Optional.of(VESSEL);
            case "aircraft" -> Optional.of(AIRCRAFT);
            default -> Optional.empty();
        };
    }
}
