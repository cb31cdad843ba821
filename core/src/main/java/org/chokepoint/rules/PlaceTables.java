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

    /** A transshipment hub next to one or more embargoed destinations. */
    public record Hub(String name, String country, List<String> concerns, List<String> names, String citation) {
    }

    private final List<Region> regions = new ArrayList<>();
    private final List<Hub> hubs = new ArrayList<>();

    PlaceTables(RuleTable regionTable, RuleTable hubTable) {
        for (RuleTable.Row r : regionTable.rows()) {
            regions.add(new Region(r.require("region"), r.require("country"), split(r.require("names")), r.require("citation")));
        }
        for (RuleTable.Row r : hubTable.rows()) {
            hubs.add(new Hub(r.require("hub"), r.require("country"), split(r.require("concern")), split(r.require("names")),
                    r.require("citation")));
        }
    }

    /** The first region whose names occur in the text (whole words for alphabetic names). */
    public Optional<Region> regionIn(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        String t = fold(text);
        return regions.stream().filter(r -> r.names().stream().anyMatch(n -> contains(t, n))).findFirst();
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

    private static boolean contains(String foldedText, String name) {
        String n = fold(name);
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

    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return d.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static List<String> split(String s) {
        return Arrays.stream(s.split(";")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }
}
