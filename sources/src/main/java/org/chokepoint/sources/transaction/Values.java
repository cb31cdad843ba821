package org.chokepoint.sources.transaction;

import org.chokepoint.rules.RoutePoint;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cell and field parsing shared by the JSON and table readers. Unreadable values are reported, not guessed. */
final class Values {
    private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern PLACE_WITH_COUNTRY = Pattern.compile("(.*?)\\s*\\(([^()]+)\\)\\s*");

    private Values() {
    }

    static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A money or quantity value: plain decimal, or with comma thousands separators ("1,200,000.50"). */
    static BigDecimal number(String raw, String field, List<String> problems) {
        String s = text(raw);
        if (s == null) return null;
        String t = s.replace(" ", "").replace("_", "");
        if (THOUSANDS.matcher(t).matches()) t = t.replace(",", "");
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            problems.add(field + ": not a number '" + s + "'");
            return null;
        }
    }

    static LocalDate date(String raw, String field, List<String> problems) {
        String s = text(raw);
        if (s == null) return null;
        try {
            return LocalDate.parse(s.length() > 10 && s.charAt(10) == 'T' ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            problems.add(field + ": not an ISO date (YYYY-MM-DD) '" + s + "'");
            return null;
        }
    }

    /** "Dandong (CN)" → place Dandong, country CN; "CN" → country only; "Dandong, CN" → place Dandong, country CN. */
    static RoutePoint point(String raw) {
        String s = text(raw);
        if (s == null) return null;
        Matcher m = PLACE_WITH_COUNTRY.matcher(s);
        if (m.matches()) return new RoutePoint(text(m.group(1)), text(m.group(2)));
        int comma = s.lastIndexOf(',');
        if (comma > 0) return new RoutePoint(text(s.substring(0, comma)), text(s.substring(comma + 1)));
        if (s.length() == 2 || s.length() == 3 && s.chars().allMatch(Character::isUpperCase)) return RoutePoint.country(s);
        return new RoutePoint(s, null);
    }

    /** "Dandong (CN); Sinuiju (KP)" → two points. */
    static List<RoutePoint> points(String raw) {
        List<RoutePoint> out = new ArrayList<>();
        String s = text(raw);
        if (s == null) return out;
        for (String part : s.split("[;|]")) {
            RoutePoint p = point(part);
            if (p != null) out.add(p);
        }
        return out;
    }
}
