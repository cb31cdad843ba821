package org.chokepoint.sources.transaction;

import org.chokepoint.rules.OwnershipGraph;
import org.chokepoint.sources.tabular.CsvReader;
import org.chokepoint.sources.tabular.TabularReader;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads ownership from CSV: header {@code owner,owned,share}; share as a percentage ({@code 50}, {@code 50%},
 * {@code 12.5}) or, when at most 1 and written without a percent sign, a fraction ({@code 0.5}). Rows that cannot
 * be used stop the read with the file and line: a wrong ownership table must not silently clear anyone.
 */
public final class OwnershipCsvReader {
    private OwnershipCsvReader() {
    }

    public static int read(Path file, OwnershipGraph graph) throws IOException {
        try (TabularReader r = CsvReader.open(file, ',')) {
            return read(r, graph);
        }
    }

    static int read(TabularReader r, OwnershipGraph graph) throws IOException {
        List<String> header = r.next();
        if (header == null) throw new TransactionFormatException(r.fileName() + ": empty file, expected header owner,owned,share");
        List<String> cols = header.stream().map(TableTransactionReader::column).toList();
        int owner = cols.indexOf("owner");
        int owned = cols.indexOf("owned");
        int share = cols.indexOf("share");
        if (owner < 0 || owned < 0 || share < 0) {
            throw new TransactionFormatException(r.fileName() + " line " + r.recordLine() + ": expected columns owner, owned, share; found "
                    + String.join(", ", header));
        }
        int n = 0;
        List<String> row;
        while ((row = r.next()) != null) {
            if (row.stream().allMatch(c -> c == null || c.isBlank())) continue;
            String where = r.fileName() + " line " + r.recordLine();
            String o = cell(row, owner);
            String d = cell(row, owned);
            String s = cell(row, share);
            if (o == null || d == null || s == null) throw new TransactionFormatException(where + ": owner, owned and share are all required");
            BigDecimal fraction = fraction(s, where);
            try {
                graph.add(o, d, fraction, where);
            } catch (IllegalArgumentException e) {
                throw new TransactionFormatException(where + ": " + e.getMessage());
            }
            n++;
        }
        return n;
    }

    /** "51", "51 %" and "0.51" are all 0.51. */
    public static BigDecimal fraction(String s, String where) throws TransactionFormatException {
        boolean percent = s.endsWith("%");
        List<String> problems = new ArrayList<>();
        BigDecimal v = Values.number(percent ? s.substring(0, s.length() - 1) : s, "share", problems);
        if (v == null) throw new TransactionFormatException(where + ": share is not a number '" + s + "'");
        if (percent || v.compareTo(BigDecimal.ONE) > 0) v = v.movePointLeft(2);
        if (v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0) throw new TransactionFormatException(where + ": share out of range 0-100 %: '" + s + "'");
        return v;
    }

    private static String cell(List<String> row, int i) {
        return i < row.size() ? Values.text(row.get(i)) : null;
    }
}
