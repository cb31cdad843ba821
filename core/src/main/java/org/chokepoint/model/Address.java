package org.chokepoint.model;

/**
 * A postal address. {@code country} is an ISO 3166 alpha-2 code once resolved, else the published text;
 * {@code full} keeps the published one-line form where the source gives one.
 */
public record Address(String full, String street, String city, String region, String postalCode, String country) {
    public static Address ofCountry(String country) {
        return new Address(null, null, null, null, null, country);
    }
}
