package org.chokepoint.sources.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the numbered lists the UK and UN put in one cell: {@code "(1) A-333602 (2) M110522"} becomes
 * {@code [A-333602, M110522]}. Placeholders ({@code "-"}) stay in place as empty strings so that the n-th number
 * still pairs with the n-th detail; text without numbering is one item.
 */
public final class Enumerated {
    private static final Pattern MARKER = Pattern.compile("\\(\\d{1,2}\\)");

    private Enumerated() {
    }

    public static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        if (cell == null || cell.isBlank()) return out;
        String s = cell.strip();
        if (!s.startsWith("(1)")) {
            out.add(clean(s));
            return out;
        }
        for (String part : MARKER.split(s)) {
            if (out.isEmpty() && part.isBlank()) continue; // text before "(1)"
            out.add(clean(part));
        }
        return out;
    }

    private static String clean(String s) {
        String t = s.strip();
        while (t.endsWith(".") || t.endsWith(",") || t.endsWith(";")) t = t.substring(0, t.length() - 1).strip();
        return t.equals("-") ? "" : t;
    }
}
