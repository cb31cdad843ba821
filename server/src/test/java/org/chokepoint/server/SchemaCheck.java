package org.chokepoint.server;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Checks a JSON value against a schema of the OpenAPI document, for the subset the document uses: {@code $ref},
 * {@code type} (one or several, with {@code null}), {@code properties}, {@code additionalProperties},
 * {@code required}, {@code items},
 * {@code enum} and {@code oneOf}. Returns the problems, each with its path ("$.hits[0].score: expected number").
 */
final class SchemaCheck {
    private final JsonNode document;

    SchemaCheck(JsonNode document) {
        this.document = document;
    }

    List<String> check(JsonNode value, JsonNode schema) {
        List<String> problems = new ArrayList<>();
        check(value, schema, "$", problems);
        return problems;
    }

    private void check(JsonNode v, JsonNode schema, String path, List<String> problems) {
        if (schema.has("$ref")) {
            String[] parts = schema.get("$ref").asText().substring(2).split("/");
            JsonNode target = document;
            for (String p : parts) target = target.get(p);
            check(v, target, path, problems);
            return;
        }
        if (schema.has("oneOf")) {
            int matching = 0;
            for (JsonNode alt : schema.get("oneOf")) if (check(v, alt).isEmpty()) matching++;
            if (matching != 1) problems.add(path + ": matches " + matching + " of the oneOf alternatives");
            return;
        }
        if (schema.has("type") && !typeMatches(v, schema.get("type"))) {
            problems.add(path + ": expected " + schema.get("type") + ", got " + v.getNodeType());
            return;
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode e : schema.get("enum")) found |= e.equals(v);
            if (!found) problems.add(path + ": " + v + " is not one of " + schema.get("enum"));
        }
        if (v.isObject()) {
            for (JsonNode r : schema.path("required")) {
                if (!v.has(r.asText())) problems.add(path + ": required field '" + r.asText() + "' is missing");
            }
            JsonNode props = schema.path("properties");
            JsonNode additional = schema.get("additionalProperties");
            for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (props.has(f)) check(v.get(f), props.get(f), path + "." + f, problems);
                else if (additional != null && additional.isObject()) check(v.get(f), additional, path + "." + f, problems);
            }
        }
        if (v.isArray() && schema.has("items")) {
            for (int i = 0; i < v.size(); i++) check(v.get(i), schema.get("items"), path + "[" + i + "]", problems);
        }
    }

    private static boolean typeMatches(JsonNode v, JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) if (typeMatches(v, t)) return true;
            return false;
        }
        return switch (type.asText()) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isTextual();
            case "integer" -> v.isIntegralNumber();
            case "number" -> v.isNumber();
            case "boolean" -> v.isBoolean();
            case "null" -> v.isNull();
            default -> false;
        };
    }
}
