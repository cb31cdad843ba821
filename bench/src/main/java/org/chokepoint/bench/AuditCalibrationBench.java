package org.chokepoint.bench;

import org.chokepoint.app.Config;
import org.chokepoint.app.terminal.ProgressBar;
import org.chokepoint.audit.AuditResult;
import org.chokepoint.audit.CodeDecoder;
import org.chokepoint.audit.CodeVerdict;
import org.chokepoint.audit.ColumnRole;
import org.chokepoint.audit.RowVerdict;
import org.chokepoint.sources.audit.ExportAudit;
import org.chokepoint.sources.refdata.ReferenceLexicon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code chokepoint-bench audit-calibration}: whether the audit's stated probabilities mean what they say. Writes
 * many exports with known answers ({@link AuditExportGenerator}), audits each, and prints reliability tables —
 * per probability bucket, how many codes (and rows) were stated there, their mean stated probability and how
 * many were right — with the expected calibration error (the row-weighted mean gap between the two), and how
 * intermediaries, region codes, rows with no destination and the layouts fared.
 */
@Command(name = "audit-calibration", mixinStandardHelpOptions = true,
        description = "Reliability of the audit's stated probabilities over generated exports with known answers")
public final class AuditCalibrationBench implements Callable<Integer> {
    @Option(names = "--exports", description = "exports to generate and audit (default ${DEFAULT-VALUE})")
    int exports = 500;

    @Option(names = "--seed", description = "seed of the generated exports (default ${DEFAULT-VALUE})")
    long seed = 1;

    static final double[] BINS = {0, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0000001};

    /** Stated-vs-observed counts per bucket. */
    static final class Reliability {
        final double[][] bins = new double[BINS.length - 1][3]; // count, right, sum of stated

        void add(double stated, boolean right) {
            for (int b = 0; b < BINS.length - 1; b++) {
                if (stated >= BINS[b] && stated < BINS[b + 1]) {
                    bins[b][0]++;
                    if (right) bins[b][1]++;
                    bins[b][2] += stated;
                }
            }
        }

        long count() {
            long n = 0;
            for (double[] b : bins) n += (long) b[0];
            return n;
        }

        /** Expected calibration error: Σ over buckets of (share of items) × |mean stated − observed|. */
        double ece() {
            double n = count();
            double e = 0;
            for (double[] b : bins) if (b[0] > 0) e += b[0] / n * Math.abs(b[2] / b[0] - b[1] / b[0]);
            return e;
        }

        void print(String title) {
            System.out.printf("%n%s%n| stated | n | mean stated | observed |%n|---|---|---|---|%n", title);
            for (int b = 0; b < BINS.length - 1; b++) {
                double[] c = bins[b];
                if (c[0] == 0) continue;
                System.out.printf("| %.2f–%.2f | %d | %.3f | %.3f |%n", BINS[b], Math.min(1, BINS[b + 1]), (int) c[0], c[2] / c[0], c[1] / c[0]);
            }
            System.out.printf("expected calibration error %.3f over %d%n", ece(), count());
        }
    }

    /** Counts of one kind of outcome: how many of how many. */
    static final class Tally {
        int of;
        int hit;

        void add(boolean h) {
            of++;
            if (h) hit++;
        }

        @Override
        public String toString() {
            return hit + "/" + of;
        }
    }

    @Override
    public Integer call() throws Exception {
        Path dataDir = Config.fromEnvironment().dataDir();
        long t0 = System.nanoTime();
        ReferenceLexicon lexicon = ReferenceLexicon.load(dataDir);
        AuditExportGenerator generator = new AuditExportGenerator(lexicon.countries(), lexicon, dataDir.resolve("refdata"));
        System.out.printf("reference data loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        System.out.println("clue values: " + generator.describe());
        ExportAudit audit = new ExportAudit(lexicon);
        Reliability codes = new Reliability();
        Reliability rows = new Reliability();
        Tally intermediaries = new Tally(), regions = new Tally(), regionRows = new Tally(), falseKinds = new Tally(), missed = new Tally(),
                blanksFlagged = new Tally(), flaggedRight = new Tally(), blankFiles = new Tally(), numericIds = new Tally(),
                xlsx = new Tally(), serialDates = new Tally(), openFlagged = new Tally();
        Path dir = Files.createTempDirectory("chokepoint-audit-calibration");
        long t1 = System.nanoTime();
        try (ProgressBar bar = new ProgressBar("audit-calibration", exports)) {
            for (int k = 0; k < exports; k++) {
                AuditExportGenerator.Export e = generator.write(dir, seed, k);
                AuditResult r = audit.audit(e.file(), null);
                score(e, r, codes, rows, intermediaries, regions, regionRows, falseKinds, missed, blanksFlagged, flaggedRight, blankFiles,
                        numericIds, xlsx, serialDates, openFlagged);
                Files.delete(e.file());
                bar.step();
            }
        } finally {
            try (Stream<Path> left = Files.list(dir)) {
                for (Path p : left.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        }
        double secs = (System.nanoTime() - t1) / 1e9;
        System.out.printf("%n== %d generated exports (seed %d), audited in %.1f s%n", exports, seed, secs);
        codes.print("codes decoded as one country: stated confidence vs right");
        rows.print("hidden rows given a country (codes and region codes): stated probability vs right");
        System.out.printf("%nintermediary codes reported as such: %s%n", intermediaries);
        System.out.printf("region codes reported as regions: %s; their rows given the right country: %s%n", regions, regionRows);
        System.out.printf("codes of one country reported as a region or an intermediary: %s%n", falseKinds);
        System.out.printf("codes of the key not found: %s; open rows flagged hidden: %d%n", missed, openFlagged.of);
        System.out.printf("rows with no destination hiding an embargoed one, flagged: %s; flags right: %s; files with such rows not reported as nothing hidden: %s%n",
                blanksFlagged, flaggedRight, blankFiles);
        System.out.printf("layouts: numeric order numbers read as identifiers %s; XLSX (cover sheet, two-row header) with every code found %s; "
                + "Excel serial dates read as dates %s%n", numericIds, xlsx, serialDates);
        return 0;
    }

    static void score(AuditExportGenerator.Export e, AuditResult r, Reliability codes, Reliability rows, Tally intermediaries, Tally regions,
                      Tally regionRows, Tally falseKinds, Tally missed, Tally blanksFlagged, Tally flaggedRight, Tally blankFiles,
                      Tally numericIds, Tally xlsx, Tally serialDates, Tally openFlagged) {
        boolean allFound = true;
        for (Map.Entry<String, AuditExportGenerator.CodeTruth> t : e.codes().entrySet()) {
            CodeVerdict c = r.codes().stream().filter(x -> x.code().equals(t.getKey())).findFirst().orElse(null);
            missed.add(c == null);
            if (c == null) {
                allFound = false;
                continue;
            }
            AuditExportGenerator.CodeTruth truth = t.getValue();
            switch (truth.truth()) {
                case INTERMEDIARY -> intermediaries.add(c.kind() == CodeVerdict.Kind.INTERMEDIARY);
                case REGION -> regions.add(c.kind() == CodeVerdict.Kind.REGION);
                case COUNTRY -> falseKinds.add(c.kind() == CodeVerdict.Kind.INTERMEDIARY || c.kind() == CodeVerdict.Kind.REGION);
            }
            if (c.kind() == CodeVerdict.Kind.COUNTRY) {
                codes.add(c.confidence(), truth.truth() == AuditExportGenerator.Truth.COUNTRY && truth.countries().get(0).equals(c.country()));
            }
            for (RowVerdict v : c.verdicts()) {
                String real = truthOf(v, e.rowById(), e.rowByLine());
                if (v.country() == null || c.kind() == CodeVerdict.Kind.INTERMEDIARY) continue;
                rows.add(v.probability(), v.country().equals(real));
                if (truth.truth() == AuditExportGenerator.Truth.REGION) regionRows.add(v.country().equals(real));
            }
        }
        // rows the audit took for hidden that the key has open
        for (CodeVerdict c : r.codes()) {
            if (c.kind() == CodeVerdict.Kind.NO_DESTINATION) continue;
            for (RowVerdict v : c.verdicts()) {
                if (!e.rowById().containsKey(v.id()) && !e.rowByLine().containsKey(v.line())) openFlagged.add(true);
            }
        }
        boolean embargoedBlanks = e.blankById().values().stream().anyMatch(AuditExportGenerator.EMBARGOED::contains);
        if (embargoedBlanks) blankFiles.add(r.status() != AuditResult.Status.NOTHING_HIDDEN);
        CodeVerdict blank = r.codes().stream().filter(x -> x.kind() == CodeVerdict.Kind.NO_DESTINATION).findFirst().orElse(null);
        java.util.Set<Long> flaggedLines = new java.util.HashSet<>();
        if (blank != null) {
            for (RowVerdict v : blank.verdicts()) {
                if (!CodeDecoder.embargoed(v.country())) continue;
                flaggedLines.add(v.line());
                flaggedRight.add(v.country().equals(truthOf(v, e.blankById(), e.blankByLine())));
            }
        }
        e.blankByLine().forEach((line, country) -> {
            if (AuditExportGenerator.EMBARGOED.contains(country)) blanksFlagged.add(flaggedLines.contains(line));
        });
        if (e.numericIds()) numericIds.add(r.columns().stream().anyMatch(c -> c.role() == ColumnRole.ID));
        if (e.layout().startsWith("xlsx")) xlsx.add(allFound && r.status() == AuditResult.Status.CODES_FOUND);
        if (e.layout().contains("serial dates")) {
            serialDates.add(r.decodedRows().stream().filter(v -> v.country() != null).allMatch(v -> v.date() != null));
        }
    }

    private static String truthOf(RowVerdict v, Map<String, String> byId, Map<Long, String> byLine) {
        return v.id() != null && byId.containsKey(v.id()) ? byId.get(v.id()) : byLine.get(v.line());
    }
}
