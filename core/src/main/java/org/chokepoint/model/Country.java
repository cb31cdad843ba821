package org.chokepoint.model;

import java.util.List;

/**
 * A country or territory as ISO 3166 defines it, with what reference data says about it.
 *
 * @param alpha2       ISO 3166-1 alpha-2 code, e.g. {@code KP}
 * @param alpha3       alpha-3 code, e.g. {@code PRK}
 * @param numeric      numeric code as three digits, e.g. {@code 408}
 * @param commonName   English common name, e.g. North Korea
 * @param officialName English official name, e.g. Democratic People's Republic of Korea
 * @param callingCodes international dialling prefixes without "+", e.g. {@code 850}
 * @param currencies   ISO 4217 codes of the currencies in use, e.g. {@code KPW}
 * @param neighbours   alpha-2 codes of the countries with a land border
 * @param capitals     capital city names in English
 * @param names        every other name known for it (native, translated, alternative spellings), any script
 * @param population   population as the reference data gives it (0 when unknown)
 */
public record Country(String alpha2, String alpha3, String numeric, String commonName, String officialName,
                      List<String> callingCodes, List<String> currencies, List<String> neighbours,
                      List<String> capitals, List<String> names, long population) {
    public Country {
        callingCodes = List.copyOf(callingCodes);
        currencies = List.copyOf(currencies);
        neighbours = List.copyOf(neighbours);
        capitals = List.copyOf(capitals);
        names = List.copyOf(names);
    }

    @Override
    public String toString() {
        return commonName + " (" + alpha2 + ")";
    }
}
