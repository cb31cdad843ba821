package org.chokepoint.model;

/**
 * An identity document or registration number as published.
 *
 * @param type    the publisher's label ("Passport", "IMO", "National ID No.", "UN DATAID", ...)
 * @param value   the number itself
 * @param country issuing country (ISO alpha-2 when resolved, else published text), may be null
 * @param note    anything else the publisher adds (issue/expiry dates, "(individual)"), may be null
 */
public record Identifier(String type, String value, String country, String note) {
}
