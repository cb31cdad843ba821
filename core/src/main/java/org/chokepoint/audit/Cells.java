package org.chokepoint.audit;

import java.time.LocalDate;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading typed values out of export cells: amounts, dates, phone-like and code-like text. */
public final class Cells {
    private static final Pattern AMOUNT = Pattern.compile("[-+]?(\\d{1,3}([ ,.'\u00A0\u202F]\\d{3})+|\\d+)([.,]\\d+)?");
    private static final Pattern FRACTION = Pattern.compile("[.,](\\d+)$");
    private static final Pattern ISO_DATE = Pattern.compile("((?:19|20)\\d\\d)[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ].*)?");
    private static final Pattern DMY_DATE = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.]((?:19|20)\\d\\d)");
    private static final Pattern YEAR_MONTH = Pattern.compile("((?:19|20)\\d\\d)[-/.](\\d{1,2})");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern PHONE = Pattern.compile("(\\+|00)\\s*\\d[\\d\\s().\\-/]{5,22}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z]{0,4}[-_ #.]?\\d{1,4}[A-Za-z]?|[A-Za-z]{1,2}[-_ ]?[A-Za-z]|[A-Za-z]\\d?[A-Za-z]\\d");
    private static final Pattern SERIAL = Pattern.compile("\\d{5}(\\.\\d+)?");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /** 1970-01-01 and 2100-01-01 as Excel serials. */
    private static final double SERIAL_FROM = 25569, SERIAL_TO = 73051;
    private static final Set<String> PLACEHOLDERS = Set.of("", "-", "--", "?", "n/a", "na", "n.a.", "none", "null", "nil",
            "unknown", "tbd", "tba", "various", "other", "others", "multiple", "#n/a", "0");

    private Cells() {
    }

    /** The number in an amount cell ("1,211,000", "1.211.000,50", "7 145 000"), if it is one. */
    public static OptionalDouble amount(String cell) {
        if (cell == null) return OptionalDouble.empty();
        String s = cell.strip();
        if (s.isEmpty() || !AMOUNT.matcher(s).matches()) return OptionalDouble.empty();
        String digits = s;
        Matcher m = FRACTION.matcher(s);
        String fraction = "";
        if (m.find() && m.group(1).length() != 3) {
            fraction = m.group(1);
            digits = s.substring(0, m.start());
        }
        digits = digits.replaceAll("[^0-9+-]", "");
        try {
            return OptionalDouble.of(Double.parseDouble(digits + (fraction.isEmpty() ? "" : "." + fraction)));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** The date in a cell (ISO, day-first or year-month); day 1 and month 1 when only less is given. */
    public static LocalDate date(String cell) {
        if (cell == null) return null;
        String s = cell.strip();
        try {
            Matcher m = ISO_DATE.matcher(s);
            if (m.matches()) return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            m = DMY_DATE.matcher(s);
            if (m.matches()) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                // day first unless the second number cannot be a month
                return b > 12 ? LocalDate.of(Integer.parseInt(m.group(3)), a, b) : LocalDate.of(Integer.parseInt(m.group(3)), b, a);
            }
            m = YEAR_MONTH.matcher(s);
            if (m.matches()) return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
            if (YEAR.matcher(s).matches()) return LocalDate.of(Integer.parseInt(s), 1, 1);
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    /**
     * A date, or an Excel serial day number (days since 1899-12-30, a fraction being the time of day) between
     * 1970 and 2100, as a spreadsheet saved without a date format writes it: 41640 → 2014-01-01. Only for a
     * column already known to hold dates: alone, 41640 is as likely an amount.
     */
    public static LocalDate dateOrSerial(String cell) {
        LocalDate d = date(cell);
        if (d != null || cell == null) return d;
        String s = cell.strip();
        if (!SERIAL.matcher(s).matches()) return null;
        double v = Double.parseDouble(s);
        return v >= SERIAL_FROM && v < SERIAL_TO ? EXCEL_EPOCH.plusDays((long) Math.floor(v)) : null;
    }

    /** Whether a cell reads as an Excel serial date (see {@link #dateOrSerial}) and not as a date written out. */
    public static boolean isSerialDate(String cell) {
        return cell != null && date(cell) == null && dateOrSerial(cell) != null;
    }

    /** The year of a date cell, if it is one. */
    public static OptionalInt year(String cell) {
        LocalDate d = date(cell);
        return d == null ? OptionalInt.empty() : OptionalInt.of(d.getYear());
    }

    /** Whether a cell looks like an international telephone number. */
    public static boolean isPhone(String cell) {
        return cell != null && PHONE.matcher(cell.strip()).matches();
    }

    /** Whether a cell is shaped like a short code (A9, X-3, C17, K#2) rather than a word or name. */
    public static boolean isCodeShaped(String cell) {
        return cell != null && CODE.matcher(cell.strip()).matches();
    }

    /** Whether a country cell says nothing (blank, n/a, unknown, tbd …) rather than hiding something. */
    public static boolean isPlaceholder(String cell) {
        return cell == null || PLACEHOLDERS.contains(cell.strip().toLowerCase(Locale.ROOT));
    }
}
