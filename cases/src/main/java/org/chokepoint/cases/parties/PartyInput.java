package org.chokepoint.cases.parties;

import org.chokepoint.model.Schema;

import java.util.List;
import java.util.Map;

/**
 * A party as a user sends it: their own id, the name, and what else they know.
 *
 * <pre>{@code
 * new PartyInput("C-1001", "Dandong Hongxiang Industrial Development", "Company", "CN", null, List.of(), Map.of("segment", "trade"))
 * }</pre>
 *
 * @param type a type the screener knows ({@link Schema#parse}: person, organization, company, vessel, aircraft), or null
 */
public record PartyInput(String id, String name, String type, String country, String birthDate, List<String> identifiers,
                         Map<String, String> attributes) {
    /** Longest id and name accepted: a party is a record of a customer file, not a document. */
    public static final int MAX_ID = 200, MAX_NAME = 500;

    public PartyInput {
        id = clean(id);
        name = clean(name);
        type = clean(type);
        country = clean(country);
        birthDate = clean(birthDate);
        if (id == null) throw new IllegalArgumentException("no id");
        if (id.length() > MAX_ID) throw new IllegalArgumentException("id longer than " + MAX_ID + " characters");
        if (name == null) throw new IllegalArgumentException("no name");
        if (name.length() > MAX_NAME) throw new IllegalArgumentException("name longer than " + MAX_NAME + " characters");
        if (type != null) {
            String given = type;
            type = Schema.parse(given).map(Schema::name).orElseThrow(() -> new IllegalArgumentException(
                    "unknown type '" + typeText(given) + "' (person, organization, company, vessel or aircraft)"));
        }
        identifiers = identifiers == null ? List.of() : identifiers.stream().map(PartyInput::clean).filter(s -> s != null).sorted().distinct().toList();
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    private static String typeText(String t) {
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }

    private static String clean(String s) {
        if (s == null) return null;
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    public String contentHash() {
        return PartyVersion.hashOf(name, type, country, birthDate, identifiers);
    }
}
