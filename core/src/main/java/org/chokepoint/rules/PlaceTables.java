package org.chokepoint.rules;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Places that matter to the rules: sanctioned regions ({@code regions.tsv}) and transshipment hubs ({@code hubs.tsv}). */
public final class PlaceTables {
    /** A sanctioned region inside a country, recognised by its place names. */
    public record Region(String id, String country, List<String> names, String citation) {
    }

    /** How a text relates to a region: in it, named only by a wider name (a whole oblast), or at a place outside it. */
    public enum Match { REGION, AMBIGUOUS, OUTSIDE }

    /**
     * A region found in a text. Example: "Kramatorsk, Donetsk Oblast" is OUTSIDE UA-DNR (a government-controlled
     * town, OFAC FAQ 1009); "Donetsk Oblast" alone is AMBIGUOUS; "Makiivka, Donetsk Oblast" is in the REGION.
     *
     * @param name the name that decided, as written in the table
     */
    public record Found(Region region, Match match, String name, String citation) {
    }

    private record Names(Region region, Match match, List<String> names, String citation) {
    }

    /** A transshipment hub next to one or more embargoed destinations. */
    public record Hub(String name, String country, List<String> concerns, List<String> names, String citation) {
    }

    private final List<Region> regions = new ArrayList<>();
    /** Every name of the tables, folded once (folding is most of the cost of a lookup). */
    private final java.util.Map<String, String> folded = new java.util.HashMap<>();
    private final List<Names> qualifiers = new ArrayList<>();
    private final List<Hub> hubs = new ArrayList<>();

    PlaceTables(RuleTable regionTable, RuleTable hubTable) {
        for (RuleTable.Row r : regionTable.rows()) {
            Match m = Match.valueOf(r.require("match").toUpperCase(Locale.ROOT));
            if (m == Match.REGION) regions.add(new Region(r.require("region"), r.require("country"), split(r.require("names")), r.require("citation")));
        }
        for (RuleTable.Row r : regionTable.rows()) {
            Match m = Match.valueOf(r.require("match").toUpperCase(Locale.ROOT));
            if (m == Match.REGION) continue;
            Region of = region(r.require("region")).orElseThrow(() -> new IllegalStateException(r.where() + ": no region row for " + r.get("region")));
            qualifiers.add(new Names(of, m, split(r.require("names")), r.require("citation")));
        }
        for (RuleTable.Row r : hubTable.rows()) {
            hubs.add(new Hub(r.require("hub"), r.require("country"), split(r.require("concern")), split(r.require("names")),
                    r.require("citation")));
        }
        for (Region r : regions) r.names().forEach(n -> folded.put(n, fold(n)));
        for (Names q : qualifiers) q.names().forEach(n -> folded.put(n, fold(n)));
        for (Hub h : hubs) h.names().forEach(n -> folded.put(n, fold(n)));
    }

    /** The region the text places something in, if it does (whole words for alphabetic names). */
    public Optional<Region> regionIn(String text) {
        return placeIn(text).filter(f -> f.match() == Match.REGION).map(Found::region);
    }

    /**
     * What the text says about a region: a place outside it wins (the text then names the region only as part of the
     * oblast), then a region name, then an ambiguous wider name. Outside and ambiguous names are taken out of the text
     * before region names are looked for ("Donetsk" in "Donetsk Oblast" is not the city).
     */
    public Optional<Found> placeIn(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        String t = fold(text);
        Found outside = null;
        Found ambiguous = null;
        for (Names q : qualifiers) {
            for (String n : q.names()) {
                if (!contains(t, n)) continue;
                Found f = new Found(q.region(), q.match(), n, q.citation());
                if (q.match() == Match.OUTSIDE && outside == null) outside = f;
                if (q.match() == Match.AMBIGUOUS && ambiguous == null) ambiguous = f;
                t = blank(t, folded.get(n));
            }
        }
        String rest = t;
        for (Region r : regions) {
            for (String n : r.names()) {
                if (!contains(rest, n)) continue;
                // "Kramatorsk, Donetsk": the town says where in the oblast; a region elsewhere still counts
                return Optional.of(outside != null && outside.region().equals(r) ? outside : new Found(r, Match.REGION, n, r.citation()));
            }
        }
        return Optional.ofNullable(outside != null ? outside : ambiguous);
    }

    private static String blank(String folded, String name) {
        return folded.replace(name, " ".repeat(name.length()));
    }

    /** The first hub whose names occur in the text. */
    public Optional<Hub> hubIn(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        String t = fold(text);
        return hubs.stream().filter(h -> h.names().stream().anyMatch(n -> contains(t, n))).findFirst();
    }

    public Optional<Region> region(String id) {
        return regions.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private boolean contains(String foldedText, String name) {
        String n = folded.get(name);
        int from = 0;
        while (true) {
            int i = foldedText.indexOf(n, from);
            if (i < 0) return false;
            int end = i + n.length();
            // Latin and Cyrillic names must stand as words ("DNR" not inside "ODNR"); CJK names have no spaces.
            boolean startOk = i == 0 || !Character.isLetterOrDigit(foldedText.charAt(i - 1)) || isIdeographic(n);
            boolean endOk = end == foldedText.length() || !Character.isLetterOrDigit(foldedText.charAt(end)) || isIdeographic(n);
            if (startOk && endOk) return true;
            from = i + 1;
        }
    }

    private static boolean isIdeographic(String s) {
        return s.codePoints().anyMatch(Character::isIdeographic);
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    static String fold(String s) {
        String d = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        return d.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static List<String> split(String s) {
        return Arrays.stream(s.split(";")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }
}
