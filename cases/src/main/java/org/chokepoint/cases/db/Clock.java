package org.chokepoint.cases.db;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The store's timestamps: UTC, millisecond precision, fixed width ({@code 2026-12-01T22:14:14.123Z}), so that text
 * comparison in SQL is time comparison in both databases.
 */
public final class Clock {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Clock() {
    }

    public static String now() {
        return format(Instant.now());
    }

    public static String format(Instant t) {
        return FORMAT.format(t.truncatedTo(ChronoUnit.MILLIS));
    }

    /** Reads a timestamp as a caller may write it: full ISO instant, or a date (midnight UTC). */
    public static String parse(String text) {
        String t = text.strip();
        try {
            if (t.length() == 10) return format(java.time.LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant());
            return format(java.time.OffsetDateTime.parse(t).toInstant());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("not a timestamp (use 2026-12-01 or 2026-12-01T10:00:00Z): " + text);
        }
    }
}
