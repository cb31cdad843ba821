package org.chokepoint.bench;

import org.chokepoint.app.Chokepoint;
import org.chokepoint.app.Config;
import org.chokepoint.match.IndexedScreener;
import org.chokepoint.match.Screener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * Screening quality held to a recorded baseline: both development sets screened at the default threshold, recall
 * per category and false alerts per negative category compared with {@code quality-baseline.tsv}. A category may
 * lose {@value #RECALL_DROP} of its recall, or one query when it has fewer than 100; a negative category may gain
 * {@value #ALERT_RISE} of false-alert rate, or one alert. CI runs it as a test; {@code bench quality-gate --write}
 * records a new baseline after a change that is meant to move the figures.
 * <pre>
 * category        queries  found   (positives: found; negatives: alerts)
 * names-dev/typo  7088     7066    → recall 0.9969; the gate fails below 0.9919
 * </pre>
 */
@Command(name = "quality-gate", mixinStandardHelpOptions = true,
        description = "Compares recall and false alerts on the dev sets with the recorded baseline (exit 1 on a regression).")
public final class QualityGate implements Callable<Integer> {
    static final double RECALL_DROP = 0.005;
    static final double ALERT_RISE = 0.001;
    private static final int TOP = 10;

    @Option(names = "--baseline", description = "Baseline file (default ${DEFAULT-VALUE})")
    Path baseline = Path.of("bench/src/test/resources/quality-baseline.tsv");

    @Option(names = "--write", description = "Record the measured figures as the new baseline")
    boolean write;

    /** One category of one set: its queries and how many were found (positives) or alerted (negatives). */
    record Row(String key, int queries, int count) {
        boolean negative() {
            return key.substring(key.indexOf('/') + 1).startsWith("negative");
        }

        double rate() {
            return (double) count / queries;
        }
    }

    @Override
    public Integer call() throws Exception {
        IndexedScreener screener = Chokepoint.open(Config.fromEnvironment(), System.err::println).snapshot().current().screener();
        Map<String, Row> measured = measure(screener, evalDir());
        if (write) {
            write(measured, baseline);
            System.out.println("baseline written: " + baseline);
            return 0;
        }
        List<String> problems = regressions(read(baseline), measured);
        measured.values().forEach(r -> System.out.printf(Locale.ROOT, "%-32s %7d %7d %8.4f%n", r.key(), r.queries(), r.count(), r.rate()));
        problems.forEach(System.out::println);
        return problems.isEmpty() ? 0 : 1;
    }

    static Path evalDir() {
        return Path.of(System.getProperty("chokepoint.eval", "../shared/eval"));
    }

    static Map<String, Row> measure(IndexedScreener screener, Path evalDir) throws IOException {
        Map<String, Row> rows = new TreeMap<>();
        for (String set : List.of("names-dev", "names-dev-2")) {
            List<EvalQuery> queries = EvalQuery.read(evalDir.resolve(set + ".jsonl"));
            boolean[] good = new boolean[queries.size()];
            java.util.stream.IntStream.range(0, queries.size()).parallel().forEach(i -> {
                EvalQuery q = queries.get(i);
                var hits = Tally.screen(screener, q, Screener.DEFAULT_THRESHOLD, TOP);
                good[i] = q.negative() ? !hits.isEmpty() : hits.stream().anyMatch(h -> q.expect().contains(h.key()));
            });
            for (int i = 0; i < queries.size(); i++) {
                String key = set + "/" + queries.get(i).category();
                int add = good[i] ? 1 : 0;
                rows.merge(key, new Row(key, 1, add), (a, b) -> new Row(key, a.queries() + 1, a.count() + b.count()));
            }
        }
        return rows;
    }

    /** What got worse beyond the tolerance, one line each; empty when the gate passes. */
    static List<String> regressions(Map<String, Row> baseline, Map<String, Row> measured) {
        List<String> out = new ArrayList<>();
        for (Row base : baseline.values()) {
            Row now = measured.get(base.key());
            if (now == null) {
                out.add(base.key() + ": category missing from the evaluation set");
                continue;
            }
            if (base.negative()) {
                double allowed = Math.max(ALERT_RISE, 1.0 / now.queries());
                if (now.rate() > base.rate() + allowed + 1e-12) {
                    out.add(String.format(Locale.ROOT, "%s: false alerts %d/%d (%.2f %%), baseline %d/%d (%.2f %%), allowed +%.2f points",
                            base.key(), now.count(), now.queries(), 100 * now.rate(), base.count(), base.queries(), 100 * base.rate(), 100 * allowed));
                }
            } else {
                double allowed = now.queries() < 100 ? 1.0 / now.queries() : RECALL_DROP;
                if (now.rate() < base.rate() - allowed - 1e-12) {
                    out.add(String.format(Locale.ROOT, "%s: recall %.4f (%d/%d), baseline %.4f (%d/%d), allowed -%.4f",
                            base.key(), now.rate(), now.count(), now.queries(), base.rate(), base.count(), base.queries(), allowed));
                }
            }
        }
        return out;
    }

    static Map<String, Row> read(Path file) throws IOException {
        Map<String, Row> rows = new TreeMap<>();
        int no = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            no++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length != 3) throw new IllegalArgumentException(file + " line " + no + ": expected category, queries, count");
            rows.put(f[0], new Row(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2])));
        }
        return rows;
    }

    private static void write(Map<String, Row> rows, Path file) throws IOException {
        StringBuilder s = new StringBuilder("# set/category\tqueries\tfound (positives) or alerted (negatives), at the default threshold\n");
        rows.values().forEach(r -> s.append(r.key()).append('\t').append(r.queries()).append('\t').append(r.count()).append('\n'));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, s.toString());
    }
}
