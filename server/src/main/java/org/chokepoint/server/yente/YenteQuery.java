package org.chokepoint.server.yente;

import org.chokepoint.identity.IdentifierKind;
import org.chokepoint.identity.IdentifierValues;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chokepoint.model.Country;
import org.chokepoint.model.CountryIndex;
import org.chokepoint.model.Schema;
import org.chokepoint.server.http.ApiError;
import org.chokepoint.server.http.JsonBody;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One query of a {@code /match} request, read from yente's entity example
 * {@code {"id"?, "schema": "Person", "properties": {"name": [...], "birthDate": [...], ...}}}.
 *
 * <ul>
 *   <li>Names: {@code name}, {@code alias}, {@code previousName}, {@code weakAlias}; without any, the name parts
 *       ({@code firstName}, {@code secondName}, {@code middleName}, {@code fatherName}, {@code lastName}) joined.</li>
 *   <li>Birth dates: {@code birthDate} values with a year.</li>
 *   <li>Countries: {@code nationality}, {@code citizenship}, {@code country}, {@code jurisdiction}, {@code flag},
 *       {@code mainCountry}, {@code birthCountry}, resolved in any language ("Russia", "Russie", "Россия" → ru);
 *       text that names no country is dropped, as yente drops it.</li>
 *   <li>Identifiers: the properties of {@link YenteIdentifiers#QUERY_PROPERTIES}.</li>
 * </ul>
 * A value may be a string, a number or a list of them. Other properties are echoed but do not take part.
 *
 * @param key         the caller's key of the query in {@code queries}
 * @param id          the example's {@code id}, echoed
 * @param schemaName  the schema as yente names it ({@code Person}; {@code Aircraft} is read as {@code Airplane})
 * @param schema      what the screener is told, null for LegalEntity and Thing
 * @param allowed     the schemas a result may have (yente's matchable schemata of the query schema)
 * @param echo        the query as read, for the response's {@code query}
 */
record YenteQuery(String key, String id, String schemaName, Schema schema, Set<Schema> allowed, List<String> names,
                  List<String> birthDates, List<String> countries, List<IdValue> identifiers, ObjectNode echo) {

    /** An identifier of the query: property, kind, the value as sent and normalised. */
    record IdValue(String property, IdentifierKind kind, String value, String normalized) {
    }

    static final List<String> NAME_PROPERTIES = List.of("name", "alias", "previousName", "weakAlias");
    static final List<String> NAME_PARTS = List.of("firstName", "secondName", "middleName", "fatherName", "lastName");
    static final Set<String> COUNTRY_PROPERTIES = Set.of("nationality", "citizenship", "country", "jurisdiction", "flag",
            "mainCountry", "birthCountry");
    private static final Pattern YEAR = Pattern.compile("(1[89]\\d\\d|20\\d\\d)");
    /** Most values of one property read from a query. */
    static final int MAX_VALUES = 50;

    /**
     * Reads the structure (422 when it is not yente's: no schema, no properties, a property that is not a string,
     * number or list); {@link #parse} then reads the meaning.
     */
    static void checkShape(String key, JsonNode q) {
        String path = "queries." + key;
        if (!q.isObject()) throw ApiError.unprocessable(path + ": an entity example object is expected");
        JsonNode schema = q.get("schema");
        if (schema == null || schema.isNull()) throw ApiError.unprocessable(path + ".schema: field required");
        if (!schema.isTextual()) throw ApiError.unprocessable(path + ".schema: a string is expected");
        JsonNode props = q.get("properties");
        if (props == null || props.isNull()) throw ApiError.unprocessable(path + ".properties: field required");
        if (!props.isObject()) throw ApiError.unprocessable(path + ".properties: an object is expected");
        JsonNode id = q.get("id");
        if (id != null && !id.isNull() && !id.isTextual()) throw ApiError.unprocessable(path + ".id: a string is expected");
        for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            JsonNode v = p.getValue();
            if (v.isTextual() || v.isNumber() || v.isNull()) continue;
            if (v.isArray()) continue;
            throw ApiError.unprocessable(path + ".properties." + p.getKey() + ": a string or a list is expected");
        }
    }

    static YenteQuery parse(String key, JsonNode q, CountryIndex countryIndex, int maxNameLength) {
        String path = "queries." + key;
        String schemaText = q.get("schema").asText();
        Schemas s = schemas(schemaText);
        if (s == null) throw ApiError.badRequest("Cannot parse example entity: Unknown schema: '" + schemaText + "'");
        Map<String, List<String>> props = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = q.get("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            List<String> values = values(p.getValue());
            if (!values.isEmpty()) props.put(p.getKey(), values);
        }
        List<String> names = new ArrayList<>();
        for (String prop : NAME_PROPERTIES) names.addAll(props.getOrDefault(prop, List.of()));
        if (names.isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (String prop : NAME_PARTS) parts.addAll(props.getOrDefault(prop, List.of()));
            if (!parts.isEmpty()) names.add(String.join(" ", parts));
        }
        for (String n : names) {
            if (n.length() > maxNameLength) {
                throw ApiError.badRequest(path + ".properties.name: a name longer than " + maxNameLength + " characters");
            }
        }
        names = List.copyOf(new LinkedHashSet<>(names));
        List<String> births = new ArrayList<>();
        for (String b : props.getOrDefault("birthDate", List.of())) if (YEAR.matcher(b).find()) births.add(b);
        Map<String, List<String>> echoProps = new LinkedHashMap<>(props);
        Set<String> countries = new LinkedHashSet<>();
        for (String prop : COUNTRY_PROPERTIES) {
            List<String> values = props.get(prop);
            if (values == null) continue;
            List<String> codes = new ArrayList<>();
            for (String v : values) {
                countryIndex.resolve(v).map(Country::alpha2).map(c -> c.toLowerCase(Locale.ROOT)).ifPresent(c -> {
                    if (!codes.contains(c)) codes.add(c);
                });
            }
            countries.addAll(codes);
            if (codes.isEmpty()) echoProps.remove(prop);
            else echoProps.put(prop, codes);
        }
        if (props.containsKey("birthDate")) {
            if (births.isEmpty()) echoProps.remove("birthDate");
            else echoProps.put("birthDate", births);
        }
        List<IdValue> ids = new ArrayList<>();
        for (Map.Entry<String, IdentifierKind> e : YenteIdentifiers.QUERY_PROPERTIES.entrySet()) {
            for (String v : props.getOrDefault(e.getKey(), List.of())) {
                String norm = IdentifierValues.normalize(v, e.getValue());
                if (norm != null) ids.add(new IdValue(e.getKey(), e.getValue(), v, norm));
            }
        }
        ids.sort(Comparator.comparing(IdValue::property).thenComparing(IdValue::normalized));
        JsonNode idNode = q.get("id");
        String id = idNode == null || idNode.isNull() ? null : idNode.asText();
        ObjectNode echo = JsonBody.JSON.createObjectNode();
        echo.put("id", id);
        echo.put("schema", s.name);
        ObjectNode ep = echo.putObject("properties");
        echoProps.forEach((k, v) -> {
            ArrayNode a = ep.putArray(k);
            v.forEach(a::add);
        });
        return new YenteQuery(key, id, s.name, s.schema, s.allowed, names, List.copyOf(births),
                countries.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList(), List.copyOf(ids), echo);
    }

    record Schemas(String name, Schema schema, Set<Schema> allowed) {
    }

    /** yente's schema names (case ignored), the screener's type and the result schemas a query of it admits. */
    static Schemas schemas(String text) {
        Set<Schema> legal = EnumSet.of(Schema.ORGANIZATION, Schema.COMPANY);
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "person" -> new Schemas("Person", Schema.PERSON, EnumSet.of(Schema.PERSON));
            case "organization" -> new Schemas("Organization", Schema.ORGANIZATION, legal);
            case "company" -> new Schemas("Company", Schema.COMPANY, legal);
            case "publicbody" -> new Schemas("PublicBody", Schema.ORGANIZATION, legal);
            case "legalentity" -> new Schemas("LegalEntity", null, EnumSet.of(Schema.PERSON, Schema.ORGANIZATION, Schema.COMPANY));
            case "vessel" -> new Schemas("Vessel", Schema.VESSEL, EnumSet.of(Schema.VESSEL));
            case "airplane", "aircraft" -> new Schemas("Airplane", Schema.AIRCRAFT, EnumSet.of(Schema.AIRCRAFT));
            case "thing" -> new Schemas("Thing", null, EnumSet.allOf(Schema.class));
            default -> null;
        };
    }

    /** A {@code /search} text as a query: the text as a name and as an identifier of unstated kind. */
    static YenteQuery forText(String text, Schemas s) {
        String norm = IdentifierValues.normalize(text, IdentifierKind.GENERIC);
        List<IdValue> ids = norm == null ? List.of() : List.of(new IdValue("q", IdentifierKind.GENERIC, text, norm));
        return new YenteQuery("search", null, s.name, s.schema, s.allowed, List.of(text), List.of(), List.of(), ids,
                JsonBody.JSON.createObjectNode());
    }

    /** A property value as strings: a string, a number, or a list of them (other list items are skipped). */
    private static List<String> values(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            for (JsonNode item : v) {
                if (out.size() >= MAX_VALUES) break;
                addValue(out, item);
            }
        } else addValue(out, v);
        return out;
    }

    private static void addValue(List<String> out, JsonNode v) {
        String s = v.isTextual() ? v.asText() : v.isNumber() ? v.asText() : null;
        if (s == null) return;
        s = s.strip();
        if (!s.isEmpty() && !out.contains(s)) out.add(s);
    }

    /** Birth years named by the query's birth dates. */
    List<Integer> birthYears() {
        List<Integer> years = new ArrayList<>();
        for (String b : birthDates) {
            Matcher m = YEAR.matcher(b);
            if (m.find()) years.add(Integer.parseInt(m.group(1)));
        }
        return years;
    }
}
