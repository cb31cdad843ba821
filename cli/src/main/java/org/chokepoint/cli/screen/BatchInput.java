package org.chokepoint.cli.screen;

import com.fasterxml.jackson.databind.JsonNode;
import org.chokepoint.app.json.HitJson;
import org.chokepoint.match.ScreeningQuery;
import org.chokepoint.model.Schema;
import org.chokepoint.sources.tabular.CsvReader;
import org.chokepoint.sources.tabular.BoundedLines;
import org.chokepoint.sources.tabular.LenientTextReader;
import org.chokepoint.sources.tabular.RecordTooLongException;
import org.chokepoint.sources.tabular.TextInput;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads batch screening input, JSON lines ({@code {"id", "name", "type", "country", "birthDate"}}) or CSV
 * ({@code id,name[,type,country,birthDate]}, header optional), chosen by the file name (.csv) or else the first
 * character. A record that cannot be read becomes a {@link Record} with an error naming its line, and reading
 * goes on, also after a record or line over the length limit. The file is decoded as {@link TextInput} finds; the
 * caller tells the user what it found.
 */
final class BatchInput implements Closeable {
    /** One input record: a query, or the reason the line could not be read. */
    record Record(long line, String id, ScreeningQuery query, String error) {
    }

    private final Path file;
    private final boolean csv;
    private BoundedLines lines;
    private CsvReader rows;
    private long lineNo;
    private int[] columns; // id, name, type, country, birthDate positions in CSV rows
    private long recordNo;

    /** Opens {@code file}, decoded as {@code scan} found ({@link TextInput}). */
    BatchInput(Path file, TextInput.Scan scan) throws IOException {
        this.file = file;
        this.csv = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") || !LenientTextReader.startsWithBrace(file);
        if (csv) rows = new CsvReader(TextInput.open(file, scan), file.toString(), ',');
        else lines = new BoundedLines(TextInput.open(file, scan), file.getFileName().toString(), BoundedLines.DEFAULT_MAX_CHARS);
    }

    /** Up to {@code max} records, empty at end of input. */
    List<Record> next(int max) throws IOException {
        List<Record> out = new ArrayList<>(max);
        while (out.size() < max) {
            Record r = csv ? nextCsv() : nextJson();
            if (r == null) break;
            out.add(r);
        }
        return out;
    }

    private Record nextJson() throws IOException {
        String line;
        do {
            try {
                line = lines.next();
            } catch (RecordTooLongException e) {
                lineNo = e.line();
                recordNo++;
                return new Record(lineNo, null, null, e.getMessage());
            }
            if (line == null) return null;
            lineNo = lines.line();
        } while (line.isBlank());
        recordNo++;
        JsonNode n;
        try {
            n = HitJson.JSON.readTree(line);
        } catch (IOException e) {
            return new Record(lineNo, null, null, file.getFileName() + " line " + lineNo + ": not a JSON object ("
                    + firstLine(e.getMessage()) + ")");
        }
        if (n == null || !n.isObject()) {
            return new Record(lineNo, null, null, file.getFileName() + " line " + lineNo + ": not a JSON object");
        }
        String id = n.hasNonNull("id") ? n.get("id").asText() : String.valueOf(recordNo);
        return record(id, text(n, "name"), text(n, "type"), text(n, "country"),
                n.hasNonNull("birthDate") ? text(n, "birthDate") : text(n, "birth_date"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private Record nextCsv() throws IOException {
        List<String> row;
        do {
            try {
                row = rows.next();
            } catch (RecordTooLongException e) {
                lineNo = e.line();
                if (columns == null) columns = new int[]{0, 1, 2, 3, 4};
                recordNo++;
                return new Record(lineNo, null, null, file.getFileName() + " line " + lineNo + ": record longer than "
                        + String.format("%,d", CsvReader.DEFAULT_MAX_RECORD_CHARS) + " characters (the limit); skipped");
            }
            if (row == null) return null;
            lineNo = rows.recordLine();
        } while (row.size() == 1 && row.get(0).isBlank());
        if (columns == null) {
            columns = header(row);
            if (columns != null) return nextCsv();
            columns = new int[]{0, 1, 2, 3, 4};
        }
        recordNo++;
        if (row.size() <= Math.max(columns[0], columns[1])) {
            return new Record(lineNo, row.isEmpty() ? null : row.get(0), null,
                    file.getFileName() + " line " + lineNo + ": expected at least the columns id,name");
        }
        return record(cell(row, columns[0]), cell(row, columns[1]), cell(row, columns[2]), cell(row, columns[3]),
                cell(row, columns[4]));
    }

    /** Column positions when the row is a header naming id and name, else null. */
    private static int[] header(List<String> row) {
        int[] pos = {-1, -1, -1, -1, -1};
        String[] names = {"id", "name", "type", "country", "birthdate"};
        for (int i = 0; i < row.size(); i++) {
            String h = row.get(i).strip().replace("_", "").replace("\uFEFF", "").toLowerCase(Locale.ROOT);
            for (int k = 0; k < names.length; k++) if (names[k].equals(h)) pos[k] = i;
        }
        return pos[0] >= 0 && pos[1] >= 0 ? pos : null;
    }

    private static String cell(List<String> row, int i) {
        return i >= 0 && i < row.size() && !row.get(i).isBlank() ? row.get(i) : null;
    }

    private Record record(String id, String name, String type, String country, String birthDate) {
        String where = file.getFileName() + " line " + lineNo;
        if (name == null || name.isBlank()) return new Record(lineNo, id, null, where + ": no name");
        Schema schema = null;
        if (type != null && !type.isBlank()) {
            schema = Schema.parse(type).orElse(null);
            if (schema == null) {
                return new Record(lineNo, id, null, where + ": unknown type '" + type
                        + "' (person, organization, company, vessel or aircraft)");
            }
        }
        return new Record(lineNo, id, new ScreeningQuery(name, schema, country, birthDate), null);
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    @Override
    public void close() throws IOException {
        if (rows != null) rows.close();
        if (lines != null) lines.close();
    }
}
