package org.chokepoint.sources;

import org.chokepoint.model.Findings;
import org.chokepoint.sources.eu.EuFinancialSanctionsList;
import org.chokepoint.sources.opensanctions.FtmEntities;
import org.chokepoint.sources.opensanctions.OpenSanctionsTargets;
import org.chokepoint.sources.tabular.OdsReader;
import org.chokepoint.sources.tabular.Spreadsheet;
import org.chokepoint.sources.tabular.TabularReader;
import org.chokepoint.sources.tabular.XlsxReader;
import org.chokepoint.sources.testing.DataDir;
import org.chokepoint.sources.uk.OfsiConsolidatedList;
import org.chokepoint.sources.uk.UkSanctionsListSummary;
import org.chokepoint.sources.uk.UkSanctionsListTables;
import org.chokepoint.sources.un.UnConsolidatedList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Damaged copies of the real files (seeded random truncations and byte flips): every reader either reads them,
 * reporting findings, or throws {@link ListFormatException}; nothing else escapes and nothing hangs.
 */
class ListFuzzTest {
    private static final Path LISTS = DataDir.get().resolve("lists");
    private static final Duration LIMIT = Duration.ofSeconds(30);

    @TempDir
    Path tmp;

    @Test
    void unXml() throws IOException {
        fuzz(LISTS.resolve("un/consolidated.xml"), "consolidated.xml", 16, 1, UnConsolidatedList::new);
    }

    @Test
    void ofsiConListXlsxAndCsv() throws IOException {
        Path dir = LISTS.resolve("uk-ofsi-conlist/2025-04-14");
        fuzz(dir.resolve("ConList.xlsx"), "ConList.xlsx", 5, 2, OfsiConsolidatedList::new);
        fuzz(dir.resolve("ConList.from-xlsx.csv.gz"), "ConList.csv.gz", 4, 3, OfsiConsolidatedList::new);
        fuzz(gunzip(dir.resolve("ConList.from-xlsx.csv.gz")), "ConList.csv", 5, 4, OfsiConsolidatedList::new);
    }

    @Test
    void ukSanctionsListTablesAndSummary() throws IOException {
        Path normalized = LISTS.resolve("uk-sanctions-list/2026-04-16-normalized");
        String[] tables = {"subjects", "subject_names", "subject_identifiers", "subject_countries", "subject_dobs"};
        Random random = new Random(5);
        for (int i = 0; i < 10; i++) {
            Path dir = Files.createDirectories(tmp.resolve("tables-" + i));
            for (String t : tables) Files.write(dir.resolve(t + ".csv"), readAll(normalized.resolve(t + ".csv.gz")));
            Path victim = dir.resolve(tables[random.nextInt(tables.length)] + ".csv");
            Files.write(victim, damage(Files.readAllBytes(victim), random));
            check(new UkSanctionsListTables(dir), victim);
        }
        Path summary = LISTS.resolve("uk-sanctions-list/2025-08-11-summary");
        fuzz(summary.resolve("UK_Sanctions_List_summary.ods"), "summary.ods", 8, 6, UkSanctionsListSummary::new);
        fuzz(summary.resolve("UK_Sanctions_List_summary.from-ods.csv"), "summary.csv", 8, 7, UkSanctionsListSummary::new);
    }

    @Test
    void openSanctionsCsvAndFtm() throws IOException, URISyntaxException {
        Path targets = LISTS.resolve("opensanctions/ua_war_sanctions-2026-03-13/targets.simple.csv.gz");
        fuzz(targets, "targets.simple.csv.gz", 6, 8, OpenSanctionsTargets::new);
        fuzz(gunzip(targets), "targets.simple.csv", 8, 9, OpenSanctionsTargets::new);
        Path ftm = Path.of(getClass().getResource("/opensanctions/entities.ftm.json").toURI());
        fuzz(ftm, "entities.ftm.json", 30, 10, FtmEntities::new);
    }

    @Test
    void euXml() throws IOException, URISyntaxException {
        Path eu = Path.of(getClass().getResource("/eu/fsf-sample.xml").toURI());
        fuzz(eu, "eu.xml", 40, 11, EuFinancialSanctionsList::new);
    }

    @Test
    void spreadsheetReadersAlone() throws IOException {
        Random random = new Random(12);
        byte[] xlsx = Files.readAllBytes(LISTS.resolve("uk-ofsi-conlist/2025-04-14/ConList.xlsx"));
        byte[] ods = Files.readAllBytes(LISTS.resolve("uk-sanctions-list/2025-08-11-summary/UK_Sanctions_List_summary.ods"));
        for (int i = 0; i < 8; i++) {
            Path x = tmp.resolve("s" + i + ".xlsx");
            Files.write(x, damage(xlsx, random));
            drain(x, XlsxReader::open);
            Path o = tmp.resolve("s" + i + ".ods");
            Files.write(o, damage(ods, random));
            drain(o, OdsReader::open);
        }
    }

    private interface Opener {
        Spreadsheet open(Path p) throws IOException;
    }

    private static void drain(Path file, Opener opener) {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (Spreadsheet s = opener.open(file)) {
                for (int i = 0; i < s.sheetNames().size(); i++) {
                    try (TabularReader r = s.sheet(i)) {
                        while (r.next() != null) {
                            // read every row
                        }
                    }
                }
            } catch (ListFormatException expected) {
                assertNamesFile(expected, file);
            } catch (Exception e) {
                fail(file + ": " + e, e);
            }
        }, file.toString());
    }

    private void fuzz(Path original, String name, int iterations, long seed, Function<Path, ListSource> reader) throws IOException {
        byte[] bytes = Files.readAllBytes(original);
        Random random = new Random(seed);
        for (int i = 0; i < iterations; i++) {
            Path copy = Files.createDirectories(tmp.resolve(name + "-" + seed + "-" + i)).resolve(name);
            Files.write(copy, damage(bytes, random));
            check(reader.apply(copy), copy);
        }
    }

    private static void check(ListSource source, Path damaged) {
        assertTimeoutPreemptively(LIMIT, () -> {
            try {
                source.read(e -> { }, new Findings());
            } catch (ListFormatException expected) {
                assertNamesFile(expected, damaged);
            } catch (Exception e) {
                fail(damaged + ": " + e, e);
            }
        }, damaged.toString());
    }

    private static void assertNamesFile(ListFormatException e, Path file) {
        if (!e.getMessage().contains(file.getFileName().toString())) fail("message does not name the file: " + e.getMessage());
    }

    /** Half the time a truncation anywhere, otherwise 1 to 20 random bytes replaced. */
    static byte[] damage(byte[] original, Random random) {
        if (random.nextBoolean()) return java.util.Arrays.copyOf(original, random.nextInt(original.length));
        byte[] out = original.clone();
        int flips = 1 + random.nextInt(20);
        for (int i = 0; i < flips; i++) out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        return out;
    }

    private Path gunzip(Path gz) throws IOException {
        Path out = tmp.resolve(gz.getFileName().toString().replaceFirst("\\.gz$", ""));
        Files.write(out, readAll(gz));
        return out;
    }

    private static byte[] readAll(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return in.readAllBytes();
        }
    }
}
