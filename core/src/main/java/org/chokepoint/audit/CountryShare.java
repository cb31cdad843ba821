package org.chokepoint.audit;

/** A candidate country and its probability. */
public record CountryShare(String alpha2, String name, double probability) {
}
