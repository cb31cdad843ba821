package org.chokepoint.sources.text;

import org.chokepoint.model.FuzzyDate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date spellings the lists use, to {@link FuzzyDate}s: ISO {@code 1984-01-08} (with or without a time),
 * {@code 1984-01}, {@code 1984}, {@code 01/1984}, day-first {@code 08/01/1984} or {@code 08-01-1984} where {@code 00} marks an
 * unknown day or month ({@code 00/00/1994} is the year 1994), and {@code Nov. 1973} / {@code 8 January 1984}.
 * Anything else (or an impossible date) is null: the caller reports it with the raw text.
 */
public final class ListDates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?(?:[T ].*|Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.-](\\d{4})");
    private static final Pattern WORDS = Pattern.compile("(?:(\\d{1,2})\\s+)?([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private ListDates() {
    }

    public static FuzzyDate parse(String raw) {
        if (raw == null || raw.isBlank()) return null;
        String s = raw.strip();
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) return of(s, Integer.parseInt(m.group(1)), toInt(m.group(2)), toInt(m.group(3)));
            m = DAY_FIRST.matcher(s);
            if (m.matches()) return of(s, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            m = MONTH_YEAR.matcher(s);
            if (m.matches()) return of(s, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), 0);
            m = WORDS.matcher(s);
            if (m.matches()) {
                String word = m.group(2).toLowerCase(Locale.ROOT);
                Integer month = word.length() >= 3 ? MONTHS.get(word.substring(0, 3)) : null;
                if (month == null || !isMonthWord(word)) return null;
                return of(s, Integer.parseInt(m.group(3)), month, toInt(m.group(1)));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** Year, month (0 = unknown) and day (0 = unknown) to the matching precision; a day without a month is a year. */
    public static FuzzyDate of(String raw, int year, int month, int day) {
        if (year < 1000 || year > 2999) return null;
        try {
            if (month == 0) return FuzzyDate.year(raw, year, false);
            if (day == 0) return FuzzyDate.month(raw, year, month);
            return FuzzyDate.day(raw, LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean isMonthWord(String word) {
        for (String full : new String[] {"january", "february", "march", "april", "may", "june", "july", "august",
                "september", "sept", "october", "november", "december"}) {
            if (full.startsWith(word) || word.equals(full)) return true;
        }
        return false;
    }

    private static int toInt(String s) {
        return s == null ? 0 : Integer.parseInt(s);
    }
}
