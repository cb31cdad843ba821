package org.chokepoint.sources.ofac;

import org.chokepoint.model.FuzzyDate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as OFAC and the CSL publish them: {@code 01 Jan 1960}, {@code Jan 1960}, {@code 1960},
 * {@code circa 1960}, {@code 1960 to 1962}, {@code 01 Jan 1960 to 31 Dec 1962}, {@code circa 1960-1962},
 * ISO {@code 1960-01-31}; month names may be written out ({@code 12 October 1965}).
 */
public final class OfacDates {
    private static final Pattern DAY = Pattern.compile("(\\d{1,2}) ([A-Za-z]{3,9})\\.? (\\d{4})");
    private static final Pattern MONTH = Pattern.compile("([A-Za-z]{3,9})\\.? (\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern RANGE = Pattern.compile("(.+?)\\s*(?: to |-(?=\\d{4}$))\\s*(.+)");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private OfacDates() {
    }

    /** The date, or null when the text is not one of the published forms (callers report it). */
    public static FuzzyDate parse(String text) {
        if (text == null) return null;
        String raw = text.strip();
        String t = raw.endsWith(".") ? raw.substring(0, raw.length() - 1).strip() : raw;
        boolean circa = false;
        if (t.regionMatches(true, 0, "circa ", 0, 6)) {
            circa = true;
            t = t.substring(6).strip();
        }
        try {
            FuzzyDate single = single(raw, t, circa);
            if (single != null) return single;
            Matcher r = RANGE.matcher(t);
            if (!r.matches()) return null;
            FuzzyDate from = single(raw, r.group(1), false);
            FuzzyDate to = single(raw, r.group(2), false);
            if (from == null || to == null || to.latest().isBefore(from.earliest())) return null;
            return new FuzzyDate(raw, from.earliest(), to.latest(), FuzzyDate.Precision.RANGE, circa);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A plain {@code MM/dd/yyyy} date (BIS, OFAC XML Publish_Date), or null. */
    public static LocalDate parseUs(String text) {
        if (text == null) return null;
        Matcher m = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})").matcher(text.strip());
        if (!m.matches()) return null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static FuzzyDate single(String raw, String t, boolean circa) {
        Matcher m;
        if ((m = ISO.matcher(t)).matches()) {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return new FuzzyDate(raw, d, d, FuzzyDate.Precision.DAY, circa);
        }
        if ((m = DAY.matcher(t)).matches()) {
            int month = month(m.group(2));
            if (month < 0) return null;
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
            return new FuzzyDate(raw, d, d, FuzzyDate.Precision.DAY, circa);
        }
        if ((m = MONTH.matcher(t)).matches()) {
            int month = month(m.group(1));
            if (month < 0) return null;
            FuzzyDate f = FuzzyDate.month(raw, Integer.parseInt(m.group(2)), month);
            return circa ? new FuzzyDate(raw, f.earliest(), f.latest(), f.precision(), true) : f;
        }
        if ((m = YEAR.matcher(t)).matches()) return FuzzyDate.year(raw, Integer.parseInt(m.group(1)), circa);
        return null;
    }

    private static int month(String name) {
        String prefix = name.length() >= 3 ? name.substring(0, 3).toLowerCase(Locale.ROOT) : "";
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(prefix)) return i + 1;
        }
        return -1;
    }
}
