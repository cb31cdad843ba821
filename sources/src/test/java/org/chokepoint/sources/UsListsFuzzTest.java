package org.chokepoint.sources;

import org.chokepoint.model.Findings;
import org.chokepoint.sources.bis.DplSource;
import org.chokepoint.sources.csl.CslSource;
import org.chokepoint.sources.ofac.OfacCsvFiles;
import org.chokepoint.sources.ofac.OfacCsvSource;
import org.chokepoint.sources.ofac.OfacXmlSource;
import org.chokepoint.sources.testing.Read;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Damaged copies of the real files (seeded random truncation and byte flips): every reader either reads
 * (reporting findings) or throws {@link ListFormatException}; nothing else escapes and nothing hangs.
 */
class UsListsFuzzTest {
    private static final int ITERATIONS = 30;
    /** Hang guard only, far above the normal run time of a few seconds. */
    private static final Duration GUARD = Duration.ofMinutes(2);

    @TempDir
    Path dir;

    @Test
    void ofacCsv() throws IOException {
        // slices of the 2021-07-07 set keep each iteration short; the cut side files add orphans, as intended
        Path release = Read.lists().resolve("ofac-sdn/2021-07-07");
        Path alt = slice(release.resolve("alt.csv"), 60_000);
        Path add = slice(release.resolve("add.csv"), 60_000);
        Path sdn = slice(release.resolve("sdn.csv"), 120_000);
        fuzz(sdn, Integer.MAX_VALUE, 1, p -> OfacCsvSource.sdn(new OfacCsvFiles(p, alt, add, release.resolve("sdn_comments.csv"), false)));
        fuzz(alt, Integer.MAX_VALUE, 2, p -> OfacCsvSource.sdn(new OfacCsvFiles(sdn, p, null, null, false)));
    }

    private Path slice(Path file, int bytes) throws IOException {
        Path p = dir.resolve("slice-" + file.getFileName());
        byte[] all = Files.readAllBytes(file);
        int end = Math.min(all.length, bytes);
        while (end > 0 && all[end - 1] != '\n') end--; // whole records only: the slice itself is undamaged
        Files.write(p, Arrays.copyOf(all, end));
        return p;
    }

    @Test
    void ofacXml() {
        fuzz(Read.lists().resolve("ofac-consolidated/2024-05-06-xml/consolidated.xml"), Integer.MAX_VALUE, 3, OfacXmlSource::consolidated);
    }

    @Test
    void csl() throws IOException {
        // the decompressed text (as a .csv) and the gzip file itself
        Path plain = dir.resolve("csl-plain.csv");
        try (var in = org.chokepoint.sources.tabular.CsvReader.openBytes(Read.lists().resolve("us-csl/2022-05-16/consolidated.csv.gz"))) {
            Files.write(plain, Arrays.copyOf(in.readAllBytes(), 300_000));
        }
        fuzz(plain, Integer.MAX_VALUE, 4, CslSource::new);
        fuzz(Read.lists().resolve("us-csl/2022-05-16/consolidated.csv.gz"), 200_000, 5, CslSource::new);
    }

    @Test
    void dpl() {
        fuzz(Read.lists().resolve("bis-dpl/2023-11-30/dpl.txt"), Integer.MAX_VALUE, 6, DplSource::new);
    }

    private void fuzz(Path original, int maxBytes, long seed, Function<Path, ListSource> reader) {
        assertTimeoutPreemptively(GUARD, () -> {
            byte[] bytes = Files.readAllBytes(original);
            bytes = Arrays.copyOf(bytes, Math.min(bytes.length, maxBytes));
            Random random = new Random(seed);
            String name = original.getFileName().toString();
            for (int i = 0; i < ITERATIONS; i++) {
                byte[] damaged = i % 2 == 0 ? Arrays.copyOf(bytes, random.nextInt(bytes.length)) : bytes.clone();
                int flips = 1 + random.nextInt(20);
                for (int k = 0; k < flips && damaged.length > 0; k++) {
                    damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
                }
                Path p = dir.resolve(i + "-" + name);
                Files.write(p, damaged);
                try {
                    reader.apply(p).read(e -> { }, new Findings());
                } catch (ListFormatException expected) {
                    // a clear error naming the file is an accepted outcome
                    if (!expected.getMessage().contains(p.getFileName().toString())) fail("error does not name the file: " + expected.getMessage());
                } catch (Exception | Error other) {
                    throw new AssertionError("seed " + seed + " iteration " + i + " on " + name + ": " + other, other);
                }
            }
        });
    }
}
