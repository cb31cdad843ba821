package org.chokepoint.rules;

/** A place on the route: a city or port and its country (either may be missing in the input). */
public record RoutePoint(String place, String country) {
    public static RoutePoint country(String country) {
        return new RoutePoint(null, country);
    }

    @Override
    public String toString() {
        if (place == null || place.isBlank()) return country == null ? "?" : country;
        return country == null || country.isBlank() ? place : place + " (" + country + ")";
    }
}
