package org.chokepoint.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chokepoint.app.Config;
import org.chokepoint.audit.AuditResult;
import org.chokepoint.audit.CodeVerdict;
import org.chokepoint.audit.RowVerdict;
import org.chokepoint.sources.audit.ExportAudit;
import org.chokepoint.sources.refdata.ReferenceLexicon;
import org.chokepoint.sources.tabular.CsvReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * {@code chokepoint-bench audit}: quality of the hidden-destination audit on the dev export (codes, hidden rows,
 * open rows never flagged, calibration), and throughput on a generated export of the dev file's shape.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Audit quality on eval/audit/projects-dev.* and throughput on a generated export")
public final class AuditBench implements Callable<Integer> {
    @Option(names = "--eval", description = "evaluation folder (default: chokepoint.eval or ../shared/eval)")
    Path eval;

    @Option(names = "--rows", description = "rows of the generated export for the throughput run (default ${DEFAULT-VALUE}; 0 skips it)")
    int rows = 1_000_000;

    @Option(names = "--seed", description = "random seed of the generated export (default ${DEFAULT-VALUE})")
    long seed = 7;

    /** Quality numbers of one audited export against its answer key. */
    record Quality(int codes, int codesRight, int codesRightConfident, int hidden, int hiddenRight, int hiddenOwn, int hiddenOwnRight,
                   int openFlagged, double[][] calibration, double[][] aloneCalibration) {
    }

    static final double[] BINS = {0, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0000001};

    @Override
    public Integer call() throws Exception {
        Path evalDir = eval != null ? eval : Path.of(System.getProperty("chokepoint.eval", "../shared/eval"));
        Path dataDir = Config.fromEnvironment().dataDir();
        long t0 = System.nanoTime();
        ReferenceLexicon lexicon = ReferenceLexicon.load(dataDir);
        System.out.printf("reference data loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        ExportAudit audit = new ExportAudit(lexicon);
        JsonNode answers = new ObjectMapper().readTree(evalDir.resolve("audit/projects-dev.answers.json").toFile());
        boolean ok = true;
        for (String f : List.of("projects-dev.csv", "projects-dev.jsonl")) {
            AuditResult r = audit.audit(evalDir.resolve("audit").resolve(f), null);
            Quality q = score(r, answers);
            print(f, r, q);
            ok &= q.codesRightConfident == q.codes && q.openFlagged == 0 && q.hiddenOwnRight >= 0.95 * q.hiddenOwn;
        }
        if (rows > 0) throughput(audit, evalDir.resolve("audit/projects-dev.csv"));
        System.out.println(ok ? "targets met" : "TARGETS MISSED");
        return ok ? 0 : 1;
    }

    static Quality score(AuditResult r, JsonNode answers) {
        Map<String, String> codeTruth = new HashMap<>();
        answers.path("codes").fields().forEachRemaining(e -> codeTruth.put(e.getKey(), e.getValue().asText()));
        Map<String, JsonNode> rowTruth = new HashMap<>();
        int hidden = 0;
        for (JsonNode row : answers.path("rows")) {
            rowTruth.put(row.path("id").asText(), row);
            if (row.path("hidden").asBoolean()) hidden++;
        }
        int codesRight = 0, confident = 0, hiddenRight = 0, own = 0, ownRight = 0, openFlagged = 0;
        double[][] cal = new double[BINS.length - 1][3]; // rows, right, sum of probabilities
        double[][] alone = new double[BINS.length - 1][3];
        for (CodeVerdict c : r.codes()) {
            if (c.country() != null && c.country().equals(codeTruth.get(c.code()))) {
                codesRight++;
                if (c.confidence() >= 0.95) confident++;
            }
            for (RowVerdict v : c.verdicts()) {
                JsonNode t = rowTruth.get(v.id());
                if (t == null || !t.path("hidden").asBoolean()) {
                    openFlagged++;
                    continue;
                }
                boolean right = t.path("country").asText().equals(v.country());
                if (right) hiddenRight++;
                if (!v.inherited()) {
                    own++;
                    if (right) ownRight++;
                    bin(alone, v.aloneProbability(), t.path("country").asText().equals(v.alone()));
                }
                bin(cal, v.probability(), right);
            }
        }
        return new Quality(codeTruth.size(), codesRight, confident, hidden, hiddenRight, own, ownRight, openFlagged, cal, alone);
    }

    private static void bin(double[][] table, double p, boolean right) {
        for (int b = 0; b < BINS.length - 1; b++) {
            if (p >= BINS[b] && p < BINS[b + 1]) {
                table[b][0]++;
                if (right) table[b][1]++;
                table[b][2] += p;
            }
        }
    }

    private static void printTable(String title, double[][] table) {
        System.out.println("  " + title + " (probability bin: rows, mean stated probability, observed accuracy)");
        for (int b = 0; b < BINS.length - 1; b++) {
            double[] c = table[b];
            if (c[0] == 0) continue;
            System.out.printf("    [%.2f, %.2f): %5d rows  stated %.3f  observed %.3f%n", BINS[b], Math.min(1, BINS[b + 1]), (int) c[0], c[2] / c[0], c[1] / c[0]);
        }
    }

    private static void print(String file, AuditResult r, Quality q) {
        System.out.printf("%n== %s: %,d rows, %s%n", file, r.rows(), r.status());
        for (CodeVerdict c : r.codes()) {
            System.out.printf("  code %-6s -> %s  confidence %.4f  rows %d (own evidence %d)%n", c.code(), c.country(), c.confidence(), c.rows(), c.rowsWithOwnEvidence());
        }
        System.out.printf("  codes decoded right: %d/%d (with confidence >= 0.95: %d)%n", q.codesRight, q.codes, q.codesRightConfident);
        System.out.printf("  hidden rows assigned right: all %d/%d = %.1f %%; with own evidence %d/%d = %.1f %%%n", q.hiddenRight, q.hidden,
                100.0 * q.hiddenRight / Math.max(1, q.hidden), q.hiddenOwnRight, q.hiddenOwn, 100.0 * q.hiddenOwnRight / Math.max(1, q.hiddenOwn));
        System.out.printf("  open rows flagged hidden: %d%n", q.openFlagged);
        printTable("calibration of the row verdicts", q.calibration);
        printTable("calibration of each row's own clues alone, without its code", q.aloneCalibration);
    }

    /** Writes an export of {@code rows} rows shaped like the dev file (its rows resampled, ids, values, dates, phones randomised) and audits it. */
    private void throughput(ExportAudit audit, Path devCsv) throws IOException {
        List<List<String>> dev = new ArrayList<>();
        List<String> header;
        try (CsvReader r = CsvReader.open(devCsv, ',')) {
            header = r.next();
            List<String> row;
            while ((row = r.next()) != null) dev.add(row);
        }
        Path tmp = Files.createTempFile("chokepoint-audit-bench", ".csv");
        try {
            Random rnd = new Random(seed);
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write(String.join(",", header));
                w.write('\n');
                for (int i = 0; i < rows; i++) {
                    List<String> src = dev.get(rnd.nextInt(dev.size()));
                    List<String> out = new ArrayList<>(src.size());
                    for (int j = 0; j < src.size(); j++) out.add(randomise(header.get(j), src.get(j), i, rnd));
                    w.write(String.join(",", out.stream().map(v -> Csv.field(v, ',')).toList()));
                    w.write('\n');
                }
            }
            long size = Files.size(tmp);
            Runtime rt = Runtime.getRuntime();
            System.gc();
            // CPU time beside wall time: on a shared machine the wall time says more about the others' load
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long t = System.nanoTime();
            AuditResult r = audit.audit(tmp, null);
            double secs = (System.nanoTime() - t) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            long heap = rt.totalMemory() - rt.freeMemory();
            System.out.printf("%n== throughput: generated export of %,d rows (%,.1f MB), %d codes, %s%n", r.rows(), size / 1e6, r.codes().size(), r.status());
            for (CodeVerdict c : r.codes()) System.out.printf("  code %-6s -> %s  confidence %.4f  rows %,d%n", c.code(), c.country(), c.confidence(), c.rows());
            System.out.printf("  audit took %.1f s = %,.0f rows/s (%.1f MB/s), %.1f s of CPU (all threads of the process), heap in use after %d MB, %d processors%n",
                    secs, r.rows() / secs, size / 1e6 / secs, cpu, heap >> 20, rt.availableProcessors());
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Randomises by the dev header's meaning: this generator knows the dev layout, the audit does not. */
    private static String randomise(String column, String value, int i, Random rnd) {
        if (value.isEmpty()) return value;
        return switch (column) {
            case "Project ID" -> String.format("G%07d", i);
            case "Contract Value" -> String.valueOf(1000 * (50 + rnd.nextInt(9000)));
            case "Start Date" -> String.format("%d-%02d-%02d", 2008 + rnd.nextInt(9), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
            case "Contact Phone" -> value.substring(0, value.indexOf(' ') + 1) + (100 + rnd.nextInt(900)) + " " + (1000 + rnd.nextInt(9000));
            default -> value;
        };
    }
}
