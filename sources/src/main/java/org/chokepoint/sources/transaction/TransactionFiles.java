package org.chokepoint.sources.transaction;

import org.chokepoint.rules.Transaction;
import org.chokepoint.sources.tabular.CsvReader;
import org.chokepoint.sources.tabular.LenientTextReader;
import org.chokepoint.sources.tabular.TextInput;
import org.chokepoint.sources.tabular.TabularReader;
import org.chokepoint.sources.tabular.XlsxReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads a transaction file of any supported kind, chosen by extension: .json/.jsonl/.ndjson, .csv/.tsv, .xlsx. Text
 * files are decoded as {@link TextInput} finds (the warning, if any, goes to {@code warnings}); records that cannot be
 * read come out as unreadable {@link TransactionRecord}s and reading goes on.
 */
public final class TransactionFiles {
    private TransactionFiles() {
    }

    /** Every record of {@code file}, in file order; a warning about its encoding goes to {@code warnings}. */
    public static void read(Path file, Consumer<TransactionRecord> out, Consumer<String> warnings) throws IOException {
        if (Files.isDirectory(file)) throw new TransactionFormatException(file + " is a folder, not a transaction file");
        if (!Files.isRegularFile(file)) throw new TransactionFormatException("no such file: " + file);
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".xlsx")) {
            try (XlsxReader x = XlsxReader.open(file); TabularReader r = x.sheet(0)) {
                TableTransactionReader.read(r, out);
            }
            return;
        }
        boolean json = n.endsWith(".json") || n.endsWith(".jsonl") || n.endsWith(".ndjson");
        boolean table = n.endsWith(".csv") || n.endsWith(".tsv") || n.endsWith(".txt");
        if (!json && !table && !LenientTextReader.startsWithBrace(file) && !startsWithBracket(file)) {
            throw new TransactionFormatException(file.getFileName() + ": unsupported file type (expected .json, .jsonl, .csv, .tsv or .xlsx)");
        }
        TextInput.Scan scan = TextInput.scan(file);
        if (scan.warning() != null) warnings.accept(scan.warning());
        if (!table) {
            JsonTransactionReader.read(file, scan, out);
            return;
        }
        try (TabularReader r = new CsvReader(TextInput.open(file, scan), file.toString(), n.endsWith(".csv") ? ',' : '\t')) {
            TableTransactionReader.read(r, out);
        }
    }

    /** Every transaction of {@code file}; the first unreadable record stops it (for callers that take no errors). */
    public static List<Transaction> readAll(Path file) throws IOException {
        List<Transaction> out = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        read(file, r -> {
            if (r.error() != null) errors.add(r.error());
            else out.add(r.transaction());
        }, w -> { });
        if (!errors.isEmpty()) throw new TransactionFormatException(errors.get(0));
        return out;
    }

    private static boolean startsWithBracket(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            int c;
            while ((c = in.read()) != -1 && Character.isWhitespace(c)) {
                // skip leading white space
            }
            return c == '[';
        }
    }
}
