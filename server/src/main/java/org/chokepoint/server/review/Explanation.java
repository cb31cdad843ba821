package org.chokepoint.server.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * An alert's stored explanation, read for the page: its summary, the token pairs and the evidence. Accepts the
 * token fields as the API writes them ({@code query}, {@code list}) and as the case store may ({@code queryToken},
 * {@code listToken}); anything unreadable reads as empty rather than failing the page.
 */
record Explanation(String summary, List<Token> tokens, List<Evidence> evidence) {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Token(String query, String list, String method, double similarity) {
    }

    record Evidence(String fact, String effect, String note) {
    }

    static Explanation parse(String json) {
        JsonNode n = read(json);
        List<Token> tokens = new ArrayList<>();
        for (JsonNode t : n.path("tokens")) {
            tokens.add(new Token(text(t, "queryToken", "query"), text(t, "listToken", "list"), text(t, "method"),
                    t.path("similarity").asDouble(0)));
        }
        List<Evidence> evidence = new ArrayList<>();
        for (JsonNode e : n.path("evidence")) {
            if (e.isTextual()) evidence.add(new Evidence(e.asText(), null, null));
            else evidence.add(new Evidence(text(e, "fact"), text(e, "effect"), text(e, "note")));
        }
        return new Explanation(text(n, "summary"), tokens, evidence);
    }

    List<String> queryTokens() {
        return tokens.stream().map(Token::query).filter(t -> t != null).toList();
    }

    List<String> listTokens() {
        return tokens.stream().map(Token::list).filter(t -> t != null).toList();
    }

    static JsonNode read(String json) {
        try {
            return json == null ? JSON.createObjectNode() : JSON.readTree(json);
        } catch (java.io.IOException e) {
            return JSON.createObjectNode();
        }
    }

    static String text(JsonNode n, String... names) {
        for (String name : names) {
            JsonNode v = n.get(name);
            if (v != null && !v.isNull() && !v.isContainerNode()) return v.asText();
        }
        return null;
    }
}
