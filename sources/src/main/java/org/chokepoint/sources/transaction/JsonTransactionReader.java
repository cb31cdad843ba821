package org.chokepoint.sources.transaction;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chokepoint.rules.Item;
import org.chokepoint.rules.Party;
import org.chokepoint.rules.Role;
import org.chokepoint.rules.Route;
import org.chokepoint.rules.RoutePoint;
import org.chokepoint.rules.Transaction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads transactions from JSON: one object, an array of objects, or JSON lines (one object per line), streamed.
 * Field names are those of {@link Transaction} ({@code id, date, currency, parties[], items[], route, endUse,
 * payment}); see {@code docs/decide.md}. Malformed JSON stops with the file and line; values that cannot be read
 * become the transaction's problems (REVIEW findings naming the field).
 */
public final class JsonTransactionReader {
    // Decimals stay exact: 100000.10 must not become a binary double before the de minimis comparison.
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private JsonTransactionReader() {
    }

    public static int read(Path file, Consumer<Transaction> out) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser p = MAPPER.getFactory().createParser(in)) {
            return read(p, file.getFileName().toString(), out);
        } catch (JsonProcessingException e) {
            throw new TransactionFormatException(file.getFileName() + " line " + e.getLocation().getLineNr() + ": malformed JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    private static int read(JsonParser p, String name, Consumer<Transaction> out) throws IOException {
        int n = 0;
        JsonToken t = p.nextToken();
        if (t == null) return 0;
        if (t == JsonToken.START_ARRAY) {
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) throw new TransactionFormatException(name + ": unterminated array");
                out.accept(one(p, name, ++n));
            }
            return n;
        }
        // one object, or JSON lines: root-level objects one after the other
        while (t != null) {
            out.accept(one(p, name, ++n));
            t = p.nextToken();
        }
        return n;
    }

    private static Transaction one(JsonParser p, String name, int index) throws IOException {
        long line = p.currentLocation().getLineNr();
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new TransactionFormatException(name + " line " + line + ": expected a transaction object, found " + p.currentToken());
        }
        JsonNode n = MAPPER.readTree(p);
        return fromJson(n, name + " line " + line, index);
    }

    /** Builds a transaction from a parsed object; {@code where} locates it for problems ("tx.json line 3"). */
    public static Transaction fromJson(JsonNode n, String where, int index) {
        List<String> problems = new ArrayList<>();
        String id = str(n, "id");
        if (id == null) id = "#" + index;
        List<Party> parties = new ArrayList<>();
        JsonNode ps = n.path("parties");
        if (!ps.isMissingNode() && !ps.isArray()) problems.add(where + ": field 'parties' is not an array");
        for (int i = 0; i < ps.size() && ps.isArray(); i++) {
            JsonNode pn = ps.get(i);
            String roleText = str(pn, "role");
            Role role = Role.parse(roleText).orElse(null);
            if (role == null && roleText != null) problems.add(where + ": parties[" + i + "].role: unknown role '" + roleText + "'");
            List<String> ids = new ArrayList<>();
            pn.path("identifiers").forEach(x -> ids.add(x.asText()));
            parties.add(new Party(role, str(pn, "name"), str(pn, "country"), str(pn, "address"), ids));
        }
        List<Item> items = new ArrayList<>();
        JsonNode is = n.path("items");
        if (!is.isMissingNode() && !is.isArray()) problems.add(where + ": field 'items' is not an array");
        for (int i = 0; i < is.size() && is.isArray(); i++) {
            JsonNode in = is.get(i);
            String f = "items[" + i + "].";
            items.add(new Item(str(in, "description"), str(in, "eccn"), str(in, "hsCode"),
                    Values.number(str(in, "quantity"), where + ": " + f + "quantity", problems),
                    Values.number(str(in, "value"), where + ": " + f + "value", problems),
                    Values.number(str(in, "usContent"), where + ": " + f + "usContent", problems),
                    str(in, "originCountry")));
        }
        JsonNode r = n.path("route");
        List<RoutePoint> transit = new ArrayList<>();
        r.path("transit").forEach(x -> transit.add(point(x)));
        Route route = new Route(point(r.path("origin")), transit, point(r.path("destination")));
        return new Transaction(id, Values.date(str(n, "date"), where + ": date", problems), parties, items, route,
                str(n, "endUse"), str(n, "payment"), str(n, "currency"), problems);
    }

    private static RoutePoint point(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull()) return null;
        if (n.isTextual()) return Values.point(n.asText());
        return new RoutePoint(str(n, "place"), str(n, "country"));
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        return Values.text(v.isValueNode() ? v.asText() : v.toString());
    }
}
