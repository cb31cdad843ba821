package org.chokepoint.server.yente;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chokepoint.match.MatcherVersion;
import org.chokepoint.server.http.ApiError;
import org.chokepoint.server.http.JsonBody;

import java.util.List;
import java.util.Locale;

/**
 * The scoring algorithms {@code /match} accepts. There is one scorer, Chokepoint's own ({@value #OWN}); yente's
 * algorithm names are accepted as aliases of it, so that a client configured for yente keeps working, and
 * {@code /algorithms} lists each alias as such.
 */
final class YenteAlgorithms {
    static final String OWN = "chokepoint-v1";
    /** yente's algorithm names (and {@code best}), all answered by {@link #OWN}. */
    static final List<String> ALIASES = List.of("logic-v2", "logic-v1", "name-based", "name-qualified", "regression-v1", "ofac", "best");

    private YenteAlgorithms() {
    }

    /** The algorithm a request names (case and spaces ignored), or a 400 as yente gives. */
    static String resolve(String name) {
        if (name == null) return OWN;
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals(OWN) || ALIASES.contains(n)) return OWN;
        throw ApiError.badRequest("Invalid algorithm: " + name);
    }

    static ObjectNode json(double threshold) {
        ObjectNode out = JsonBody.JSON.createObjectNode();
        ArrayNode list = out.putArray("algorithms");
        String description = "Chokepoint's scorer (matcher " + MatcherVersion.VERSION + "): names aligned token by token across "
                + "scripts (romanised Arabic, Cyrillic, Hangul, Han), legal forms and titles weighed down, typo and phonetic "
                + "similarity; birth year, country and schema adjust the name score; an exact identifier (IMO, passport, "
                + "registration, tax number …) is near-decisive. Scores are in [0, 1]; the configured match threshold is "
                + threshold + ". See docs/yente.md.";
        list.add(algorithm(OWN, description, null));
        for (String alias : ALIASES) {
            if (alias.equals("best")) continue;
            list.add(algorithm(alias, "Alias of " + OWN + ", accepted so that clients configured for yente's '" + alias
                    + "' keep working; scores are " + OWN + "'s, not yente's. " + description, OWN));
        }
        out.put("default", OWN);
        out.put("best", OWN);
        return out;
    }

    private static ObjectNode algorithm(String name, String description, String aliasOf) {
        ObjectNode a = JsonBody.JSON.createObjectNode();
        a.put("name", name);
        a.put("description", description);
        if (aliasOf != null) a.put("alias_of", aliasOf);
        ObjectNode features = features();
        a.set("features", features);
        ObjectNode docs = a.putObject("docs");
        docs.put("name", name);
        docs.put("description", description);
        docs.putObject("config");
        docs.set("features", features.deepCopy());
        return a;
    }

    private static ObjectNode features() {
        ObjectNode f = JsonBody.JSON.createObjectNode();
        feature(f, "name", "Best name score over the query's names and the subject's names, in [0, 1]", 1.0);
        feature(f, "birthDate", "Birth year agrees (+0.05), is one year off (0) or two or more years off (-0.15)", 0.05);
        feature(f, "country", "A query country is on the listing (+0.03) or none is (-0.05)", 0.03);
        feature(f, "schema", "Query schema and listing schema differ in kind (-0.25 person against organisation)", -0.25);
        feature(f, "identifier", "An identifier equal after normalisation: 0.95 of the same kind, 0.90 of another; "
                + "+0.04 when a name agrees, -0.15 for a birth date two or more years off, -0.05 when no country agrees", 0.95);
        feature(f, "sameSubject", "Found through another listing of the same subject (the name matched there)", -0.001);
        return f;
    }

    private static void feature(ObjectNode f, String name, String description, double coefficient) {
        ObjectNode o = f.putObject(name);
        o.put("description", description);
        o.put("coefficient", coefficient);
        o.put("url", "docs/yente.md#scoring");
    }
}
