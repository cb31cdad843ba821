package org.chokepoint.cases.parties;

import com.fasterxml.jackson.databind.JsonNode;
import org.chokepoint.app.json.HitJson;
import org.chokepoint.sources.tabular.CsvReader;
import org.chokepoint.sources.tabular.LenientTextReader;
import org.chokepoint.sources.tabular.TabularReader;
import org.chokepoint.sources.tabular.XlsxReader;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A parties file read one record at a time: CSV, JSON lines or XLSX (first sheet), chosen by the extension, else
 * JSON lines when the first character is <code>{</code>. Headers are forgiving ({@link Field}); every other column
 * is kept as an attribute. A row that is not a valid party becomes a {@link Row} with an error naming the file and
 * line, and reading goes on: one bad row never stops an import.
 *
 * <pre>{@code
 * try (PartyFile in = PartyFile.open(Path.of("customers.csv"))) {
 *     for (PartyFile.Row r; (r = in.next()) != null; ) {
 *         if (r.party() != null) batch.add(r.party()); else System.err.println(r.error()); // customers.csv line 17: no name
 *     }
 * }
 * }</pre>
 */
public final class PartyFile implements Closeable {
    /** One record: a party, or why the row is not one. */
    public record Row(long line, PartyInput party, String error) {
    }

    /** The columns that make a party, with the header spellings accepted for each. */
    enum Field {
        ID("id", "customerid", "partyid", "ref"),
        NAME("name", "fullname", "partyname"),
        TYPE("type", "schema", "kind"),
        COUNTRY("country", "nationality", "countrycode"),
        BIRTH_DATE("birthdate", "dob", "dateofbirth"),
        IDENTIFIERS("identifiers");

        private final List<String> aliases;

        Field(String... aliases) {
            this.aliases = List.of(aliases);
        }

        /** The field a header names: case, spaces, '_' and '-' do not matter; null for an attribute. */
        static Field of(String header) {
            String h = normalize(header);
            for (Field f : values()) if (f.aliases.contains(h)) return f;
            return null;
        }

        static String normalize(String header) {
            return header.replace("\uFEFF", "").replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT);
        }
    }

    private final String fileName;
    private final String unit; // "line" in text files, "row" in a spreadsheet
    private final TabularReader table;
    private final Closeable workbook;
    private final BufferedReader lines;
    private Field[] columns;
    private List<String> headers;
    private long lineNo;

    private PartyFile(String fileName, String unit, TabularReader table, Closeable workbook, BufferedReader lines) {
        this.fileName = fileName;
        this.unit = unit;
        this.table = table;
        this.workbook = workbook;
        this.lines = lines;
    }

    public static PartyFile open(Path file) throws IOException {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            XlsxReader book = XlsxReader.open(file);
            try {
                return new PartyFile(name, "row", book.sheet(0), book, null);
            } catch (IOException | RuntimeException e) {
                book.close();
                throw e;
            }
        }
        boolean json = lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")
                || (!lower.endsWith(".csv") && LenientTextReader.startsWithBrace(file));
        if (json) return new PartyFile(name, "line", null, null, new BufferedReader(LenientTextReader.open(Files.newInputStream(file))));
        return new PartyFile(name, "line", CsvReader.open(file, ','), null, null);
    }

    /** The next record, or null at the end of the file. */
    public Row next() throws IOException {
        return table != null ? nextTableRow() : nextJsonLine();
    }

    private Row nextTableRow() throws IOException {
        List<String> row;
        do {
            row = table.next();
            if (row == null) return null;
            lineNo = table.recordLine();
        } while (row.stream().allMatch(String::isBlank));
        if (columns == null) {
            readHeader(row);
            return nextTableRow();
        }
        String[] known = new String[Field.values().length];
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < row.size(); i++) {
            String cell = row.get(i).strip();
            if (cell.isEmpty()) continue;
            if (i >= columns.length) return error("more cells than the header names (" + row.size() + " for " + columns.length + ")");
            if (columns[i] != null) known[columns[i].ordinal()] = cell;
            else attributes.put(headers.get(i), cell);
        }
        String ids = known[Field.IDENTIFIERS.ordinal()];
        return party(known, ids == null ? List.of() : List.of(ids.split(";")), attributes);
    }

    /** The header names the columns; without an id and a name column the file is not a parties file. */
    private void readHeader(List<String> row) throws IOException {
        columns = new Field[row.size()];
        headers = new ArrayList<>(row.size());
        boolean id = false, name = false;
        for (int i = 0; i < row.size(); i++) {
            String h = row.get(i).replace("\uFEFF", "").strip();
            headers.add(h);
            columns[i] = Field.of(h);
            id |= columns[i] == Field.ID;
            name |= columns[i] == Field.NAME;
        }
        if (!id || !name) {
            throw new IOException(fileName + " " + unit + " " + lineNo + ": the header must name an id column (id, customer_id,"
                    + " party_id or ref) and a name column (name, full_name or party_name), not " + String.join(",", headers));
        }
    }

    private Row nextJsonLine() throws IOException {
        String line;
        do {
            line = lines.readLine();
            if (line == null) return null;
            lineNo++;
        } while (line.isBlank());
        JsonNode n;
        try {
            n = HitJson.JSON.readTree(line);
        } catch (IOException e) {
            return error("not a JSON object");
        }
        if (n == null || !n.isObject()) return error("not a JSON object");
        String[] known = new String[Field.values().length];
        List<String> identifiers = new ArrayList<>();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (v.isNull()) continue;
            Field f = Field.of(e.getKey());
            if (f == Field.IDENTIFIERS) {
                if (v.isArray()) v.forEach(x -> identifiers.add(x.asText()));
                else identifiers.addAll(List.of(v.asText().split(";")));
            } else if (f != null) {
                known[f.ordinal()] = v.isValueNode() ? v.asText() : v.toString();
            } else {
                String text = v.isValueNode() ? v.asText() : v.toString();
                if (!text.isBlank()) attributes.put(e.getKey(), text);
            }
        }
        return party(known, identifiers, attributes);
    }

    private Row party(String[] known, List<String> identifiers, Map<String, String> attributes) {
        try {
            return new Row(lineNo, new PartyInput(known[Field.ID.ordinal()], known[Field.NAME.ordinal()], known[Field.TYPE.ordinal()],
                    known[Field.COUNTRY.ordinal()], known[Field.BIRTH_DATE.ordinal()], identifiers, attributes), null);
        } catch (IllegalArgumentException e) {
            return error(e.getMessage());
        }
    }

    private Row error(String why) {
        return new Row(lineNo, null, fileName + " " + unit + " " + lineNo + ": " + why);
    }

    public String fileName() {
        return fileName;
    }

    @Override
    public void close() throws IOException {
        if (table != null) table.close();
        if (workbook != null) workbook.close();
        if (lines != null) lines.close();
    }
}
