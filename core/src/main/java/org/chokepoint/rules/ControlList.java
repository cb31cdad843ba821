package org.chokepoint.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Commerce Control List entries encoded here (Supplement No. 1 to 15 CFR part 774): Categories 3, 4 and 5 from
 * {@code ear/ccl-cat3-5.tsv} (127 ECCNs, eCFR state 2026-09-24) and a few other entries from {@code ccl.tsv}. Each
 * entry carries its controls as printed in its License Requirements table: a reason for control, where it reaches
 * (a Country Chart column, or destinations the EAR section names) and which paragraphs it covers.
 *
 * <p>Example: 5A001's row {@code NS1 (.a, b.5, .e, .f.3 and .h); NS2 (.b (except .b.5), .c, ...); SL: all destinations
 * (no chart column) [742.13] (.f.1); AT1 (entire entry)} becomes four {@link Control}s. For {@code 5A001.b.1} the NS1
 * control {@link Coverage#MISSES} and the NS2 control {@link Coverage#COVERS}; for a bare {@code 5A001} both are
 * {@link Coverage#UNKNOWN} (which paragraph it is decides).
 */
public final class ControlList {
    /** Whether a control's paragraph scope reaches an item's paragraph. */
    public enum Coverage { COVERS, MISSES, UNKNOWN }

    /**
     * Where a control requires a licence: a chart column, or an explicit set (all destinations, named countries,
     * groups, minus excluded groups), or {@code unknown} when the regulation names no set this table can evaluate.
     */
    public record Reach(String column, boolean all, Set<String> countries, Set<String> groups, Set<String> excludedGroups,
                        Set<String> exceptCountries, boolean unknown) {
        static Reach column(String c) { return new Reach(c, false, Set.of(), Set.of(), Set.of(), Set.of(), false); }

        static Reach of(boolean all, Set<String> countries, Set<String> groups, Set<String> excludedGroups, boolean unknown) {
            return new Reach(null, all, countries, groups, excludedGroups, Set.of(), unknown);
        }
    }

    /**
     * One row of an entry's License Requirements.
     *
     * @param reason   NS, RS, MT, NP, CC, SL, EI, UN, AT or "746.8"
     * @param label    as printed ({@code NS1}, {@code RS: Macau + D:5 [742.6(a)(6)]})
     * @param scope    the paragraphs it covers, as printed ({@code entire entry}, {@code .a, b.5, .e})
     * @param citation the EAR section that imposes it
     */
    public record Control(String reason, String label, Reach reach, String scope, String citation) {
    }

    /** One ECCN. {@code lvs}, {@code gbs}, {@code otherExceptions}, {@code notes} as printed in the table. */
    public record Entry(String eccn, String heading, List<String> reasons, List<Control> controls, String lvs, String gbs,
                        String otherExceptions, String notes, String table) {
    }

    private static final Pattern COLUMN = Pattern.compile("(CB|NP|NS|MT|RS|FC|CC|AT)[123]");
    private static final Pattern PARAGRAPH = Pattern.compile("[a-z](\\.[a-z0-9]+)*");
    private static final Pattern EXCEPT = Pattern.compile("\\.?([a-z][a-z0-9.]*)\\s*\\(except\\s+\\.?([a-z][a-z0-9.]*)\\)");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern EXCEPT_ALL = Pattern.compile("entire entry except \\.?([a-z][a-z0-9.]*)");
    private static final Pattern OTHER_ECCN = Pattern.compile("\\d[A-E]\\d{3}");
    private static final Map<String, String> NAMED = Map.of("China", "CN", "Russia", "RU", "Venezuela", "VE", "Pakistan", "PK",
            "Iraq", "IQ", "North Korea", "KP", "UAE", "AE", "Macau", "MO");
    private static final Map<String, String> SECTION = Map.of("NS", "742.4", "MT", "742.5", "NP", "742.3", "CB", "742.2",
            "RS", "742.6", "FC", "742.17", "CC", "742.7", "AT", "742.8, 742.9, 742.19 (anti-terrorism: Iran, Syria, North Korea)");

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    ControlList(RuleTable... tables) {
        for (RuleTable t : tables) {
            for (RuleTable.Row r : t.rows()) {
                String eccn = r.require("eccn");
                if (entries.containsKey(eccn)) throw new IllegalStateException(r.where() + ": ECCN " + eccn + " is encoded twice");
                String reasons = r.require("reasons");
                String columns = r.require("chart_columns");
                List<Control> controls;
                try {
                    controls = columns.equals("N/A") ? List.of() : controls(columns);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(r.where() + ": column 'chart_columns': " + e.getMessage());
                }
                entries.put(eccn, new Entry(eccn, r.require("heading"), reasons.equals("N/A") ? List.of() : List.of(reasons.split(",")),
                        controls, r.get("lvs"), r.get("gbs"), r.get("other_exceptions"), r.get("notes"), t.name()));
            }
        }
    }

    /** "5a991.b.1" → "5A991"; "ear 99" → "EAR99"; null stays null. */
    public static String normalise(String eccn) {
        if (eccn == null || eccn.isBlank()) return null;
        String e = SPACE.matcher(eccn.strip().toUpperCase(Locale.ROOT)).replaceAll("");
        int dot = e.indexOf('.');
        return dot > 0 ? e.substring(0, dot) : e;
    }

    /** "5A001.b.1" → "b.1"; "5A001" → null. */
    public static String paragraph(String eccn) {
        if (eccn == null) return null;
        String e = SPACE.matcher(eccn.strip().toLowerCase(Locale.ROOT)).replaceAll("");
        int dot = e.indexOf('.');
        return dot > 0 && dot < e.length() - 1 ? e.substring(dot + 1) : null;
    }

    public static boolean isEar99(String eccn) {
        return "EAR99".equals(normalise(eccn));
    }

    public Optional<Entry> entry(String eccn) {
        return Optional.ofNullable(entries.get(normalise(eccn)));
    }

    public int size() {
        return entries.size();
    }

    /** Reasons for control of an encoded ECCN (NS, AT, ...), empty when the ECCN is not encoded. */
    public Optional<List<String>> reasons(String eccn) {
        return entry(eccn).map(Entry::reasons);
    }

    // ---- reading the chart_columns cell ----

    private static List<Control> controls(String cell) {
        if (!cell.contains("(") && !cell.contains(":")) {
            List<Control> out = new ArrayList<>();
            for (String c : cell.split(",")) out.add(columnControl(c.strip(), "entire entry"));
            return List.copyOf(out);
        }
        List<Control> out = new ArrayList<>();
        for (String item : topLevel(cell, ';')) {
            item = item.strip();
            int open = trailingGroup(item);
            if (open < 0) throw new IllegalArgumentException("no (scope) in '" + item + "'");
            String label = item.substring(0, open).strip();
            String scope = item.substring(open + 1, item.length() - 1).strip();
            out.add(label(label, scope));
        }
        return List.copyOf(out);
    }

    private static Control columnControl(String column, String scope) {
        if (!COLUMN.matcher(column).matches()) throw new IllegalArgumentException("'" + column + "' is not a Country Chart column");
        String reason = column.substring(0, 2);
        return new Control(reason, column, Reach.column(column), scope,
                "15 CFR " + SECTION.get(reason) + "; Supp. 1 to part 738, column " + column);
    }

    private static Control label(String label, String scope) {
        if (COLUMN.matcher(label).matches()) return columnControl(label, scope);
        String cite = null;
        int bracket = label.indexOf('[');
        String text = label;
        if (bracket >= 0) {
            cite = "15 CFR " + label.substring(bracket + 1, label.indexOf(']', bracket)).strip();
            text = (label.substring(0, bracket) + label.substring(label.indexOf(']', bracket) + 1)).strip();
        }
        if (text.startsWith("Russian industry sector sanctions")) {
            return new Control("746.8", label, Reach.of(false, Set.of("RU", "BY"), Set.of(), Set.of(), false), scope,
                    cite == null ? "15 CFR 746.8" : cite);
        }
        int colon = text.indexOf(':');
        if (colon < 0) throw new IllegalArgumentException("unknown control '" + label + "'");
        String reason = text.substring(0, colon).strip();
        String where = text.substring(colon + 1).replace("(no chart column)", "").replace("no chart column", "").strip();
        if (reason.equals("EI") && where.isEmpty()) {
            // 15 CFR 742.15(a): encryption items need a licence to all destinations except Canada (License Exception ENC aside)
            return new Control(reason, label, new Reach(null, true, Set.of(), Set.of(), Set.of(), Set.of("CA"), false), scope, cite);
        }
        return new Control(reason, label, reach(where, label), scope, cite == null ? "15 CFR " + SECTION.getOrDefault(reason, "742") : cite);
    }

    private static Reach reach(String where, String label) {
        if (where.isEmpty()) return Reach.of(false, Set.of(), Set.of(), Set.of(), true);
        if (where.contains("worldwide") || where.contains("all destinations")) return Reach.of(true, Set.of(), Set.of(), Set.of(), false);
        if (where.equals("UN-embargoed")) return Reach.of(false, Set.of(), Set.of("D:5"), Set.of(), true);
        Set<String> excluded = new java.util.TreeSet<>();
        Matcher excl = Pattern.compile("\\(excl\\. ([^)]*)\\)").matcher(where);
        if (excl.find()) {
            for (String g : excl.group(1).split("/")) excluded.add(g.strip());
            where = excl.replaceAll("").strip();
        }
        Set<String> countries = new java.util.TreeSet<>();
        Set<String> groups = new java.util.TreeSet<>();
        for (String part : where.split("\\+|,")) {
            String p = part.strip();
            if (p.matches("[A-E]:\\d")) groups.add(p);
            else if (NAMED.containsKey(p)) countries.add(NAMED.get(p));
            else throw new IllegalArgumentException("destination '" + p + "' in '" + label + "' is not understood");
        }
        return Reach.of(false, Set.copyOf(countries), Set.copyOf(groups), Set.copyOf(excluded), false);
    }

    /** Splits at {@code sep} outside (), [] and quotes. */
    private static List<String> topLevel(String s, char sep) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') depth++;
            else if (c == ')' || c == ']') depth--;
            else if (c == sep && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }

    /** Index of the '(' that opens the parenthesised group ending the text, or -1. */
    private static int trailingGroup(String s) {
        if (!s.endsWith(")")) return -1;
        int depth = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == ')') depth++;
            else if (c == '(' && --depth == 0) return i;
        }
        return -1;
    }

    // ---- judging ----

    /**
     * Does a control's scope reach the item's paragraph ({@code b.1}; null when the item names none)? Scopes that
     * speak of other ECCNs, of parameters or of ranges are {@link Coverage#UNKNOWN} unless they cover the entire entry.
     */
    public static Coverage coverage(String scope, String paragraph) {
        String s = scope.strip();
        if (s.equals("entire entry") || s.startsWith("entire entry (")) return Coverage.COVERS;
        Matcher exceptAll = EXCEPT_ALL.matcher(s);
        if (exceptAll.matches()) {
            if (paragraph == null) return Coverage.UNKNOWN;
            return under(paragraph, exceptAll.group(1)) ? Coverage.MISSES : Coverage.COVERS;
        }
        if (paragraph == null) return Coverage.UNKNOWN;
        List<String[]> refs = new ArrayList<>();
        Matcher ex = EXCEPT.matcher(s);
        StringBuilder rest = new StringBuilder();
        while (ex.find()) {
            refs.add(new String[] {strip(ex.group(1)), strip(ex.group(2))});
            ex.appendReplacement(rest, "");
        }
        ex.appendTail(rest);
        String plain = rest.toString();
        if (plain.contains("“") || plain.contains("\"") || OTHER_ECCN.matcher(plain).find() || plain.contains(" to ")
                || plain.contains("except") || plain.contains("when")) return Coverage.UNKNOWN;
        for (String token : plain.split(",|\\band\\b|\\bor\\b")) {
            String t = strip(token.strip());
            if (t.isEmpty()) continue;
            if (!PARAGRAPH.matcher(t).matches()) return Coverage.UNKNOWN;
            refs.add(new String[] {t, null});
        }
        boolean partial = false;
        for (String[] r : refs) {
            if (under(paragraph, r[0])) {
                if (r[1] == null) return Coverage.COVERS;
                if (under(paragraph, r[1])) continue;
                if (under(r[1], paragraph)) partial = true; // "b" when ".b (except .b.5)": some of it
                else return Coverage.COVERS;
            } else if (under(r[0], paragraph)) {
                partial = true; // "b" when the control names ".b.5" only
            }
        }
        return partial ? Coverage.UNKNOWN : Coverage.MISSES;
    }

    private static String strip(String ref) {
        String r = ref.strip();
        while (r.startsWith(".")) r = r.substring(1);
        while (r.endsWith(".")) r = r.substring(0, r.length() - 1);
        return r;
    }

    /** "b.1.a" is under "b.1" and under "b"; "b.10" is not under "b.1". */
    private static boolean under(String paragraph, String ref) {
        return paragraph.equals(ref) || paragraph.startsWith(ref + ".");
    }
}
