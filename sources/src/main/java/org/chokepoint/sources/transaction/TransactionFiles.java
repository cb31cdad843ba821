package org.chokepoint.sources.transaction;

import org.chokepoint.rules.Transaction;
import org.chokepoint.sources.tabular.CsvReader;
import org.chokepoint.sources.tabular.TabularReader;
import org.chokepoint.sources.tabular.XlsxReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/** Reads a transaction file of any supported kind, chosen by extension: .json/.jsonl/.ndjson, .csv/.tsv, .xlsx. */
public final class TransactionFiles {
    private TransactionFiles() {
    }

    /** @return the number of transactions read */
    public static int read(Path file, Consumer<Transaction> out) throws IOException {
        if (!Files.isRegularFile(file)) throw new TransactionFormatException("no such file: " + file);
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".json") || n.endsWith(".jsonl") || n.endsWith(".ndjson")) return JsonTransactionReader.read(file, out);
        if (n.endsWith(".csv") || n.endsWith(".tsv") || n.endsWith(".txt")) {
            try (TabularReader r = CsvReader.open(file, n.endsWith(".csv") ? ',' : '\t')) {
                return TableTransactionReader.read(r, out);
            }
        }
        if (n.endsWith(".xlsx")) {
            try (XlsxReader x = XlsxReader.open(file); TabularReader r = x.sheet(0)) {
                return TableTransactionReader.read(r, out);
            }
        }
        if (looksLikeJson(file)) return JsonTransactionReader.read(file, out);
        throw new TransactionFormatException(file.getFileName() + ": unsupported file type (expected .json, .jsonl, .csv, .tsv or .xlsx)");
    }

    private static boolean looksLikeJson(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            int c;
            while ((c = in.read()) != -1 && Character.isWhitespace(c)) {
                // skip leading white space
            }
            return c == '{' || c == '[';
        }
    }
}
