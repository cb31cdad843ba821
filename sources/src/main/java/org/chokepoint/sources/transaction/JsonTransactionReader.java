package org.chokepoint.sources.transaction;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.chokepoint.rules.Item;
import org.chokepoint.rules.Party;
import org.chokepoint.rules.Role;
import org.chokepoint.rules.Route;
import org.chokepoint.rules.RoutePoint;
import org.chokepoint.rules.Transaction;
import org.chokepoint.sources.tabular.BoundedLines;
import org.chokepoint.sources.tabular.RecordTooLongException;
import org.chokepoint.sources.tabular.TextInput;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads transactions from JSON: one object, an array of objects, or JSON lines (one object per line), streamed.
 * Field names are those of {@link Transaction} ({@code id, date, currency, parties[], items[], route, endUse,
 * payment}); see {@code docs/decide.md}. In JSON lines (a {@code .jsonl}/{@code .ndjson} file, or a file whose first
 * line is a whole object) each line is read alone: a malformed or over-long line becomes an unreadable
 * {@link TransactionRecord} naming its line, and reading goes on. In one document (an array, a pretty-printed object)
 * malformed JSON stops the file, naming the line. Values that cannot be read become the transaction's problems
 * (REVIEW findings naming the field).
 */
public final class JsonTransactionReader {
    // Decimals stay exact: 100000.10 must not become a binary double before the de minimis comparison.
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final ObjectReader LINE = MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Jackson's words for a number like 1e888888888 ("Too many nonzero exponent digits") name its classes. */
    private static final String TOO_BIG = "a number too large to read (more than a decimal can hold)";

    private JsonTransactionReader() {
    }

    /** Reads {@code file}, decoded as {@code scan} found (see {@link TextInput}). */
    static void read(Path file, TextInput.Scan scan, Consumer<TransactionRecord> out) throws IOException {
        String name = file.getFileName().toString();
        if (jsonLines(file, scan)) {
            try (BoundedLines lines = new BoundedLines(TextInput.open(file, scan), name, BoundedLines.DEFAULT_MAX_CHARS)) {
                readLines(lines, name, out);
            }
            return;
        }
        try (Reader in = TextInput.open(file, scan); JsonParser p = MAPPER.getFactory().createParser(in)) {
            try {
                readDocument(p, name, out);
            } catch (JsonProcessingException | NumberFormatException e) {
                // a limit exceeded or a number too large carries no location of its own; the parser still knows where it stands
                long line = e instanceof JsonProcessingException j && j.getLocation() != null
                        ? j.getLocation().getLineNr() : p.currentLocation().getLineNr();
                throw new TransactionFormatException(name + " line " + line + ": " + problem(e), e);
            }
        }
    }

    /** JSON lines by name, or because the first line that is not blank holds a whole JSON value by itself. */
    private static boolean jsonLines(Path file, TextInput.Scan scan) throws IOException {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return true;
        try (BoundedLines lines = new BoundedLines(TextInput.open(file, scan), n, BoundedLines.DEFAULT_MAX_CHARS)) {
            String line;
            while ((line = lines.next()) != null && line.isBlank()) {
                // leading blank lines
            }
            if (line == null || !line.strip().startsWith("{")) return false;
            LINE.readTree(line);
            return true;
        } catch (NumberFormatException wholeValueWithAnUnreadableNumber) {
            return true; // a complete value: readLines reports the number on its line
        } catch (JsonProcessingException | RecordTooLongException notOneLine) {
            return false;
        }
    }

    private static void readLines(BoundedLines lines, String name, Consumer<TransactionRecord> out) throws IOException {
        int n = 0;
        while (true) {
            String line;
            try {
                line = lines.next();
            } catch (RecordTooLongException e) {
                n++;
                out.accept(TransactionRecord.unreadable(e.line(), e.getMessage()));
                continue;
            }
            if (line == null) return;
            if (line.isBlank()) continue;
            n++;
            String where = name + " line " + lines.line();
            try {
                JsonNode node = LINE.readTree(line);
                if (node == null || !node.isObject()) {
                    out.accept(TransactionRecord.unreadable(lines.line(), where + ": expected a transaction object"));
                } else {
                    out.accept(TransactionRecord.of(lines.line(), fromJson(node, where, n)));
                }
            } catch (JsonProcessingException | NumberFormatException e) {
                out.accept(TransactionRecord.unreadable(lines.line(), where + ": " + problem(e)));
            }
        }
    }

    private static void readDocument(JsonParser p, String name, Consumer<TransactionRecord> out) throws IOException {
        int n = 0;
        JsonToken t = p.nextToken();
        if (t == null) return;
        if (t == JsonToken.START_ARRAY) {
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) throw new TransactionFormatException(name + ": unterminated array");
                out.accept(one(p, name, ++n));
            }
            return;
        }
        // one object, or pretty-printed objects one after the other
        while (t != null) {
            out.accept(one(p, name, ++n));
            t = p.nextToken();
        }
    }

    private static TransactionRecord one(JsonParser p, String name, int index) throws IOException {
        long line = p.currentLocation().getLineNr();
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new TransactionFormatException(name + " line " + line + ": expected a transaction object, found " + p.currentToken());
        }
        JsonNode n = MAPPER.readTree(p);
        return TransactionRecord.of(line, fromJson(n, name + " line " + line, index));
    }

    /**
     * What is wrong, in the reader's words rather than the parser library's: a {@link JsonProcessingException}, or the
     * {@link NumberFormatException} Jackson throws for a number no decimal can hold.
     */
    static String problem(Exception e) {
        if (e instanceof NumberFormatException) return TOO_BIG;
        if (e instanceof StreamConstraintsException) {
            return "JSON beyond the reader's limits (nested deeper than 1,000 levels, or a number or text too long)";
        }
        String original = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        String m = original == null ? "unreadable" : original;
        int nl = m.indexOf('\n');
        return "malformed JSON: " + (nl < 0 ? m : m.substring(0, nl));
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
