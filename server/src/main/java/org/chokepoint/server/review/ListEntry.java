package org.chokepoint.server.review;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * A list entry as an alert stored it ({@link org.chokepoint.app.json.EntityJson}), flattened into the rows the
 * case page shows. Lenient: a field missing or of another shape is left out.
 */
record ListEntry(String key, String schema, List<ListEntry.Name> names, List<String> programs, List<String> dates,
                 List<String> countries, List<String> identifiers, List<String> addresses, List<String> links,
                 String reference, String listedOn, String remarks) {

    /** @param kind {@code alias}, {@code weak}, ... or null for the primary name */
    record Name(String value, String kind) {
    }

    static ListEntry parse(String json) {
        JsonNode n = Explanation.read(json);
        List<Name> names = new ArrayList<>();
        for (JsonNode v : n.path("names")) {
            String kind = v.isTextual() ? null : Explanation.text(v, "kind");
            names.add(new Name(v.isTextual() ? v.asText() : v.path("value").asText(""),
                    kind == null || kind.equalsIgnoreCase("primary") ? null : kind.toLowerCase(java.util.Locale.ROOT)));
        }
        List<String> dates = new ArrayList<>();
        for (JsonNode d : n.path("birthDates")) dates.add(date(d));
        List<String> countries = new ArrayList<>();
        for (String f : List.of("nationalities", "citizenships", "countries")) for (JsonNode c : n.path(f)) countries.add(c.asText());
        List<String> identifiers = new ArrayList<>();
        for (JsonNode i : n.path("identifiers")) {
            if (i.isTextual()) identifiers.add(i.asText());
            else identifiers.add(join(": ", Explanation.text(i, "type"), join(" ", Explanation.text(i, "value"), paren(Explanation.text(i, "country")))));
        }
        List<String> addresses = new ArrayList<>();
        for (JsonNode a : n.path("addresses")) {
            String full = Explanation.text(a, "full");
            addresses.add(a.isTextual() ? a.asText() : full != null && !full.isBlank() ? full
                    : join(", ", Explanation.text(a, "street"), Explanation.text(a, "city"), Explanation.text(a, "region"),
                    Explanation.text(a, "postalCode"), Explanation.text(a, "country")));
        }
        List<String> links = new ArrayList<>();
        for (JsonNode l : n.path("links")) {
            String target = Explanation.text(l, "targetName");
            if (target == null) target = Explanation.text(l, "target");
            links.add(join(": ", Explanation.text(l, "type"), target));
        }
        String source = Explanation.text(n, "source");
        String sourceId = Explanation.text(n, "sourceId", "reference");
        String reference = join(" ", source, sourceId == null ? null : "#" + sourceId);
        String key = Explanation.text(n, "key");
        return new ListEntry(key, Explanation.text(n, "schema"), names, strings(n.path("programs")), dates, countries,
                identifiers, addresses, links, reference, n.has("listedOn") ? date(n.path("listedOn")) : null, Explanation.text(n, "remarks"));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : array) out.add(v.asText());
        return out;
    }

    private static String date(JsonNode d) {
        if (d == null || d.isNull() || d.isMissingNode()) return null;
        if (!d.isObject()) return d.asText();
        String raw = Explanation.text(d, "raw");
        return raw != null ? raw + (d.path("circa").asBoolean(false) ? " (circa)" : "") : join(" – ", Explanation.text(d, "earliest"), Explanation.text(d, "latest"));
    }

    private static String paren(String s) {
        return s == null || s.isBlank() ? null : "(" + s + ")";
    }

    static String join(String sep, String... parts) {
        StringJoiner j = new StringJoiner(sep);
        for (String p : parts) if (p != null && !p.isBlank()) j.add(p);
        return j.toString();
    }
}
