package org.chokepoint.sources;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.chokepoint.model.Findings;
import org.chokepoint.names.NameNormalizer;
import org.chokepoint.sources.bis.DplSource;
import org.chokepoint.sources.csl.CslSource;
import org.chokepoint.sources.eu.EuFinancialSanctionsList;
import org.chokepoint.sources.ofac.OfacCsvFiles;
import org.chokepoint.sources.ofac.OfacCsvSource;
import org.chokepoint.sources.ofac.OfacXmlSource;
import org.chokepoint.sources.opensanctions.FtmEntities;
import org.chokepoint.sources.opensanctions.OpenSanctionsTargets;
import org.chokepoint.sources.tabular.CsvReader;
import org.chokepoint.sources.tabular.LenientTextReader;
import org.chokepoint.sources.tabular.OdsReader;
import org.chokepoint.sources.tabular.Spreadsheet;
import org.chokepoint.sources.tabular.TabularReader;
import org.chokepoint.sources.tabular.TextInput;
import org.chokepoint.sources.tabular.XlsxReader;
import org.chokepoint.sources.transaction.TransactionFiles;
import org.chokepoint.sources.uk.OfsiConsolidatedList;
import org.chokepoint.sources.uk.UkSanctionsListSummary;
import org.chokepoint.sources.uk.UkSanctionsListTables;
import org.chokepoint.sources.un.UnConsolidatedList;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Coverage-guided fuzz targets (Jazzer) for the readers of untrusted input: the list readers, the readers of
 * screening and decision input, the spreadsheet readers and the name normaliser. The contract: any bytes end in
 * entities, records, or an {@link IOException} whose message names the problem (no parser library's class names);
 * never another exception, a hang or an out-of-memory error.
 *
 * <p>In the normal build each target runs its regression corpus ({@code InputFuzzTestInputs/<target>/}: seeds cut
 * from the real files, and every input that once failed), in seconds. {@code JAZZER_FUZZ=1 mvn test -pl sources
 * -Dtest='InputFuzzTest#csvRecords'} fuzzes one target (see docs/reliability.md).
 */
class InputFuzzTest {
    private static Path file(String name, byte[] bytes) throws IOException {
        Path dir = Files.createTempDirectory("fuzz");
        return Files.write(dir.resolve(name), bytes);
    }

    private static void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.getParent());
    }

    /**
     * An IOException is the reader's answer to bad input; it must say what is wrong in the reader's words. A message
     * may quote the input (a header, a value), so a class name counts only when the input does not hold it.
     */
    private static void checkMessage(IOException e, byte[] input) {
        String m = String.valueOf(e.getMessage());
        String in = new String(input, java.nio.charset.StandardCharsets.ISO_8859_1);
        for (String internal : List.of("com.fasterxml", "StreamReadConstraints", "java.lang.")) {
            assertFalse(m.contains(internal) && !in.contains(internal), m);
        }
    }

    private static void list(byte[] bytes, String name, Function<Path, ListSource> reader) throws IOException {
        Path f = file(name, bytes);
        try {
            reader.apply(f).read(e -> { }, new Findings());
        } catch (ListFormatException e) {
            if (!e.getMessage().contains(name)) fail("the message does not name the file: " + e.getMessage());
        } finally {
            delete(f);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void dplList(byte[] bytes) throws IOException {
        list(bytes, "dpl.txt", DplSource::new);
    }

    @FuzzTest(maxDuration = "30s")
    void unList(byte[] bytes) throws IOException {
        list(bytes, "consolidated.xml", UnConsolidatedList::new);
    }

    @FuzzTest(maxDuration = "30s")
    void ofacSdnCsv(byte[] bytes) throws IOException {
        list(bytes, "sdn.csv", f -> OfacCsvSource.sdn(new OfacCsvFiles(f, null, null, null, false)));
    }

    @FuzzTest(maxDuration = "30s")
    void ofacXml(byte[] bytes) throws IOException {
        list(bytes, "consolidated.xml", OfacXmlSource::consolidated);
    }

    @FuzzTest(maxDuration = "30s")
    void euList(byte[] bytes) throws IOException {
        list(bytes, "export.xml", EuFinancialSanctionsList::new);
    }

    @FuzzTest(maxDuration = "30s")
    void cslList(byte[] bytes) throws IOException {
        list(bytes, "consolidated.csv", CslSource::new);
    }

    @FuzzTest(maxDuration = "30s")
    void ofsiCsv(byte[] bytes) throws IOException {
        list(bytes, "ConList.csv", OfsiConsolidatedList::new);
    }

    @FuzzTest(maxDuration = "30s")
    void ofsiXlsx(byte[] bytes) throws IOException {
        list(bytes, "ConList.xlsx", OfsiConsolidatedList::new);
    }

    @FuzzTest(maxDuration = "30s")
    void ukSummaryOds(byte[] bytes) throws IOException {
        list(bytes, "UK_Sanctions_List_summary.ods", UkSanctionsListSummary::new);
    }

    @FuzzTest(maxDuration = "30s")
    void openSanctionsCsv(byte[] bytes) throws IOException {
        list(bytes, "targets.simple.csv", OpenSanctionsTargets::new);
    }

    @FuzzTest(maxDuration = "30s")
    void ftmJson(byte[] bytes) throws IOException {
        list(bytes, "entities.ftm.json", FtmEntities::new);
    }

    private static final List<String> UK_TABLES = List.of("subjects", "subject_names", "subject_identifiers", "subject_countries", "subject_dobs");

    /** The five tables of the UK list in one input, separated by form feeds (a missing table is an absent file). */
    @FuzzTest(maxDuration = "30s")
    void ukTables(byte[] bytes) throws IOException {
        Path dir = Files.createTempDirectory("fuzz");
        String[] parts = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).split("\f", -1);
        try {
            for (int i = 0; i < Math.min(parts.length, UK_TABLES.size()); i++) {
                Files.write(dir.resolve(UK_TABLES.get(i) + ".csv"), parts[i].getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            }
            new UkSanctionsListTables(dir).read(e -> { }, new Findings());
        } catch (ListFormatException e) {
            if (UK_TABLES.stream().noneMatch(t -> e.getMessage().contains(t))) fail("the message names no table: " + e.getMessage());
        } finally {
            for (String t : UK_TABLES) Files.deleteIfExists(dir.resolve(t + ".csv"));
            Files.deleteIfExists(dir);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void csvRecords(byte[] bytes) throws IOException {
        try (CsvReader r = new CsvReader(LenientTextReader.open(new ByteArrayInputStream(bytes)), "in.csv", ',', '"', 4096)) {
            while (true) {
                try {
                    if (r.next() == null) break;
                } catch (org.chokepoint.sources.tabular.RecordTooLongException tooLong) {
                    // the reader stands at the next record
                }
            }
        } catch (ListFormatException expected) {
            checkMessage(expected, bytes);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void textInput(byte[] bytes) throws IOException {
        Path f = file("in.csv", bytes);
        try {
            TextInput.Scan scan = TextInput.scan(f);
            try (Reader r = TextInput.open(f, scan)) {
                char[] buf = new char[4096];
                while (r.read(buf) >= 0) {
                    // decode it all
                }
            }
        } finally {
            delete(f);
        }
    }

    private static void transactions(byte[] bytes, String name) throws IOException {
        Path f = file(name, bytes);
        try {
            TransactionFiles.read(f, r -> { }, w -> { });
        } catch (IOException e) {
            checkMessage(e, bytes);
        } finally {
            delete(f);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void transactionsJsonLines(byte[] bytes) throws IOException {
        transactions(bytes, "tx.jsonl");
    }

    @FuzzTest(maxDuration = "30s")
    void transactionsJson(byte[] bytes) throws IOException {
        transactions(bytes, "tx.json");
    }

    @FuzzTest(maxDuration = "30s")
    void transactionsCsv(byte[] bytes) throws IOException {
        transactions(bytes, "tx.csv");
    }

    private static void workbook(byte[] bytes, String name, boolean xlsx) throws IOException {
        Path f = file(name, bytes);
        try (Spreadsheet book = xlsx ? XlsxReader.open(f, 1 << 20) : OdsReader.open(f, 1 << 20)) {
            for (int i = 0; i < book.sheetNames().size(); i++) {
                try (TabularReader s = book.sheet(i)) {
                    while (s.next() != null) {
                        // read every row
                    }
                }
            }
        } catch (IOException e) {
            checkMessage(e, bytes);
        } finally {
            delete(f);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void xlsx(byte[] bytes) throws IOException {
        workbook(bytes, "in.xlsx", true);
    }

    @FuzzTest(maxDuration = "30s")
    void ods(byte[] bytes) throws IOException {
        workbook(bytes, "in.ods", false);
    }

    @FuzzTest(maxDuration = "30s")
    void nameNormaliser(byte[] bytes) {
        String name = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        for (NameNormalizer.Mode mode : NameNormalizer.Mode.values()) {
            try {
                NameNormalizer.normalize(name, mode);
            } catch (IllegalArgumentException noLetters) {
                // "name has no letters or digits to match": the one refusal the normaliser gives
            }
        }
    }
}
