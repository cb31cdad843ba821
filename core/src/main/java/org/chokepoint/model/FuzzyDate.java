package org.chokepoint.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date as lists publish it: exact, year and month, year only, a range, or "circa".
 * {@code earliest..latest} is the interval the date may fall in; {@code raw} keeps the published text.
 */
public record FuzzyDate(String raw, LocalDate earliest, LocalDate latest, Precision precision, boolean circa) {
    public enum Precision { DAY, MONTH, YEAR, RANGE }

    public FuzzyDate {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(precision, "precision");
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("date range ends before it starts: " + raw);
        }
    }

    public static FuzzyDate day(String raw, LocalDate date) {
        return new FuzzyDate(raw, date, date, Precision.DAY, false);
    }

    public static FuzzyDate month(String raw, int year, int month) {
        LocalDate first = LocalDate.of(year, month, 1);
        return new FuzzyDate(raw, first, first.withDayOfMonth(first.lengthOfMonth()), Precision.MONTH, false);
    }

    public static FuzzyDate year(String raw, int year, boolean circa) {
        return new FuzzyDate(raw, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR, circa);
    }

    public static FuzzyDate yearRange(String raw, int fromYear, int toYear) {
        return new FuzzyDate(raw, LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31), Precision.RANGE, false);
    }

    /** True when the two dates could be the same day. */
    public boolean overlaps(FuzzyDate other) {
        return !earliest.isAfter(other.latest) && !other.earliest.isAfter(latest);
    }
}
