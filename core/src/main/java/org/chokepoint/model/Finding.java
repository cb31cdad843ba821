package org.chokepoint.model;

/**
 * A data-quality observation made while reading a list: where (file and line or element) and what.
 * Parsers report instead of failing when the rest of the file can still be read safely.
 */
public record Finding(Severity severity, String source, String location, String code, String message) {
    public enum Severity { INFO, WARNING, ERROR }

    @Override
    public String toString() {
        return severity + " " + source + " " + location + " [" + code + "] " + message;
    }
}
