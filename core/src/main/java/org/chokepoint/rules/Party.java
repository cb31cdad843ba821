package org.chokepoint.rules;

import java.util.List;

/**
 * A party to a transaction as the user gives it. Values are kept as given (country as a code or a name);
 * the rules resolve them and report what they cannot resolve.
 *
 * @param role        what the party does; null when the input gave none or an unknown one
 * @param name        as given; may be blank in bad input (reported, never screened as empty)
 * @param country     ISO alpha-2 or a country name, may be null
 * @param address     one-line address, may be null
 * @param identifiers registration numbers and the like, as given
 */
public record Party(Role role, String name, String country, String address, List<String> identifiers) {
    public Party {
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }

    public static Party of(Role role, String name, String country) {
        return new Party(role, name, country, null, List.of());
    }

    public Party withAddress(String value) {
        return new Party(role, name, country, value, identifiers);
    }
}
