package org.chokepoint.bench;

import org.chokepoint.app.Chokepoint;
import org.chokepoint.app.Config;
import org.chokepoint.bench.scale.HeapSampler;
import org.chokepoint.match.Hit;
import org.chokepoint.match.IndexedScreener;
import org.chokepoint.match.NameIndex;
import org.chokepoint.match.Screener;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Name;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;

/**
 * Name-screening quality and speed on the dev set: recall per category, false-alert rate on negatives,
 * retrieval-stage recall, batch throughput on all cores, single-query latency percentiles, index build time and
 * retained heap, and how query cost grows when the lists are doubled and quadrupled with perturbed copies.
 */
@Command(name = "names", mixinStandardHelpOptions = true,
        description = "Evaluates name screening on names-dev.jsonl against all bundled lists.")
public final class NamesBench implements Callable<Integer> {
    @Option(names = "--eval", description = "Evaluation set (default: <chokepoint.eval>/names-dev.jsonl)")
    Path eval;

    @Option(names = "--threshold", description = "Score threshold (default: Screener.DEFAULT_THRESHOLD)")
    double threshold = Screener.DEFAULT_THRESHOLD;

    @Option(names = "--threads", description = "Threads for the batch run (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--misses", description = "Write every miss and false alert with its top hits to this file")
    Path missesOut;

    @Option(names = "--no-scale", description = "Skip the doubled/quadrupled list measurement")
    boolean noScale;

    @Option(names = "--rounds", description = "Timed throughput passes over the set (default ${DEFAULT-VALUE})")
    int throughputRounds = 5;

    @Option(names = "--warmup-rounds", description = "Untimed passes before the timed ones (default ${DEFAULT-VALUE}): "
            + "on names-dev-2 the JIT was still compiling in the first timed passes after one evaluation pass")
    int warmupRounds = 3;

    @Option(names = "--latency-sample", description = "Queries timed one by one for the percentiles")
    int latencySample = 5000;

    @Option(names = "--slowest", description = "Print this many slowest queries of the latency run")
    int slowest;

    private static final int TOP = 10;

    @Override
    public Integer call() throws Exception {
        Path evalFile = eval != null ? eval
                : Path.of(System.getProperty("chokepoint.eval", "../shared/eval")).resolve("names-dev.jsonl");
        List<EvalQuery> queries = EvalQuery.read(evalFile);
        long t0 = System.nanoTime();
        List<Entity> entities = Chokepoint.open(Config.fromEnvironment(), System.err::println).snapshot().store().loadActive()
                .orElseThrow(() -> new IllegalStateException("no active snapshot: run 'chokepoint lists build' first")).entities();
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        long heapBefore = HeapSampler.retainedBytes();
        NameIndex index = NameIndex.build(entities);
        long heapAfter = HeapSampler.retainedBytes();
        IndexedScreener screener = new IndexedScreener(index);
        System.out.printf(Locale.ROOT, "lists: %,d entities read in %,d ms; index: %,d names, %,d distinct tokens, built in %,d ms, retained heap %.1f MB%n",
                entities.size(), loadMs, index.nameCount(), index.tokenCount(), index.buildMillis(),
                (heapAfter - heapBefore) / 1e6);
        System.out.printf(Locale.ROOT, "eval: %s, %,d queries, threshold %.3f, %d threads, %d cores%n", evalFile,
                queries.size(), threshold, threads, Runtime.getRuntime().availableProcessors());

        Outcome[] outcomes = new Outcome[queries.size()];
        ForkJoinPool pool = new ForkJoinPool(threads);
        pool.submit(() -> java.util.stream.IntStream.range(0, queries.size()).parallel()
                .forEach(i -> outcomes[i] = evaluate(screener, queries.get(i)))).get();
        report(queries, outcomes);

        // throughput: warm passes that only screen, as the batch command does; the median pass is reported
        for (int r = 0; r < warmupRounds; r++) pass(pool, screener, queries);
        double[] rates = new double[throughputRounds];
        for (int r = 0; r < throughputRounds; r++) {
            long s = System.nanoTime();
            pass(pool, screener, queries);
            rates[r] = queries.size() / ((System.nanoTime() - s) / 1e9);
        }
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "throughput: %,.0f queries/s on %d threads (median of %d passes over %,d queries after %d untimed; min %,.0f, max %,.0f)%n",
                sorted[sorted.length / 2], threads, throughputRounds, queries.size(), warmupRounds, sorted[0], sorted[sorted.length - 1]);
        double[] lat = latencies(screener, queries, latencySample);
        System.out.printf(Locale.ROOT, "latency (1 thread, %d queries after warm-up): p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                lat.length, pct(lat, 50), pct(lat, 95), pct(lat, 99), lat[lat.length - 1]);
        if (!noScale) scale(entities, queries);
        pool.shutdown();
        return 0;
    }

    /**
     * @param found  whether screening at the threshold itself, as the product does, found the expected entry among
     *               the first ten hits (for a negative: reported any hit)
     * @param score  for a positive, the score of the expected entry when it is among the first ten hits of the
     *               sweep's low-threshold run (else -1); for a negative, the best score of any hit (else -1)
     */
    record Outcome(boolean found, double score, boolean retrieved, List<Hit> hits, String error) {
        boolean hitAt(double threshold) {
            return score >= threshold;
        }
    }

    /** Lowest threshold of the sweep: hits are collected down to it, every higher threshold is derived. */
    private static final double SWEEP_FROM = 0.70;

    private Outcome evaluate(IndexedScreener screener, EvalQuery q) {
        try {
            List<Hit> hits = screener.screen(q.query(), threshold);
            List<Hit> all = screener.screen(q.query(), Math.min(SWEEP_FROM, threshold));
            if (q.negative()) return new Outcome(!hits.isEmpty(), all.isEmpty() ? -1 : all.get(0).score(), false, hits, null);
            boolean found = hits.stream().limit(TOP).anyMatch(h -> q.expect().contains(h.entity().key()));
            double score = -1;
            for (int i = 0; i < Math.min(TOP, all.size()); i++) {
                if (q.expect().contains(all.get(i).entity().key())) {
                    score = all.get(i).score();
                    break;
                }
            }
            boolean retrieved = screener.candidateKeys(q.query(), threshold).stream().anyMatch(q.expect()::contains);
            return new Outcome(found, score, retrieved, hits.isEmpty() ? all.subList(0, Math.min(3, all.size())) : hits, null);
        } catch (IllegalArgumentException e) {
            return new Outcome(false, -1, false, List.of(), e.getMessage());
        }
    }

    private void sweep(List<EvalQuery> queries, Outcome[] outcomes) {
        System.out.printf("%-10s %8s %12s %-16s %8s%n", "threshold", "recall", "min category", "", "FAR %");
        for (double t = SWEEP_FROM; t <= 0.951; t += 0.025) {
            Map<String, int[]> cat = new TreeMap<>();
            int pos = 0, found = 0, neg = 0, alerts = 0;
            for (int i = 0; i < queries.size(); i++) {
                EvalQuery q = queries.get(i);
                boolean hit = outcomes[i].hitAt(t);
                if (q.negative()) {
                    neg++;
                    if (hit) alerts++;
                    continue;
                }
                pos++;
                int[] c = cat.computeIfAbsent(q.category(), k -> new int[2]);
                c[0]++;
                if (hit) {
                    found++;
                    c[1]++;
                }
            }
            String worst = null;
            double worstRecall = 2;
            for (Map.Entry<String, int[]> e : cat.entrySet()) {
                double r = (double) e.getValue()[1] / e.getValue()[0];
                if (r < worstRecall) {
                    worstRecall = r;
                    worst = e.getKey();
                }
            }
            System.out.printf(Locale.ROOT, "%-10.3f %8.4f %12.4f %-16s %8.2f%n", t, (double) found / pos, worstRecall, worst,
                    100.0 * alerts / neg);
        }
    }

    private void report(List<EvalQuery> queries, Outcome[] outcomes) throws IOException {
        Map<String, int[]> cat = new TreeMap<>(); // total, found/alert, retrieved
        int pos = 0, found = 0, retrieved = 0, neg = 0, alerts = 0;
        for (int i = 0; i < queries.size(); i++) {
            EvalQuery q = queries.get(i);
            Outcome o = outcomes[i];
            int[] c = cat.computeIfAbsent(q.category(), k -> new int[3]);
            c[0]++;
            if (q.negative()) {
                neg++;
                if (o.found()) {
                    alerts++;
                    c[1]++;
                }
            } else {
                pos++;
                if (o.found()) {
                    found++;
                    c[1]++;
                }
                if (o.retrieved()) {
                    retrieved++;
                    c[2]++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%-18s %7s %9s %11s%n", "category", "queries", "recall", "retrieval");
        cat.forEach((k, c) -> {
            if (k.startsWith("negative")) {
                System.out.printf(Locale.ROOT, "%-18s %7d %9s %11s   false alerts %d (%.2f %%)%n", k, c[0], "-", "-", c[1], 100.0 * c[1] / c[0]);
            } else {
                System.out.printf(Locale.ROOT, "%-18s %7d %9.4f %11.4f%n", k, c[0], (double) c[1] / c[0], (double) c[2] / c[0]);
            }
        });
        System.out.printf(Locale.ROOT, "overall recall %.4f (%d/%d), retrieval recall %.4f, false-alert rate %.2f %% (%d/%d)%n",
                (double) found / pos, found, pos, (double) retrieved / pos, 100.0 * alerts / neg, alerts, neg);
        sweep(queries, outcomes);
        if (missesOut != null) writeMisses(queries, outcomes);
    }

    private void writeMisses(List<EvalQuery> queries, Outcome[] outcomes) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(missesOut, StandardCharsets.UTF_8))) {
            for (int i = 0; i < queries.size(); i++) {
                EvalQuery q = queries.get(i);
                Outcome o = outcomes[i];
                boolean bad = q.negative() == o.found();
                if (!bad) continue;
                w.printf(Locale.ROOT, "%s\t%s\t%s\t%s\tretrieved=%s%s%n", q.category(), q.id(), q.name().replace('\n', ' '),
                        q.expect(), o.retrieved(), o.error() == null ? "" : "\terror=" + o.error());
                for (Hit h : o.hits().subList(0, Math.min(3, o.hits().size()))) {
                    w.printf(Locale.ROOT, "    %.3f %s [%s] %s%n", h.score(), h.entity().key(), h.matchedName(),
                            h.explanation().summary());
                }
            }
        }
    }

    private double[] latencies(IndexedScreener screener, List<EvalQuery> queries, int sample) {
        int step = Math.max(1, queries.size() / sample);
        List<EvalQuery> picked = new ArrayList<>();
        for (int i = 0; i < queries.size() && picked.size() < sample; i += step) picked.add(queries.get(i));
        for (EvalQuery q : picked) screenQuietly(screener, q); // warm-up
        double[] ms = new double[picked.size()];
        for (int i = 0; i < picked.size(); i++) {
            long s = System.nanoTime();
            screenQuietly(screener, picked.get(i));
            ms[i] = (System.nanoTime() - s) / 1e6;
        }
        if (slowest > 0) {
            Integer[] idx = new Integer[ms.length];
            for (int i = 0; i < idx.length; i++) idx[i] = i;
            Arrays.sort(idx, (a, b) -> Double.compare(ms[b], ms[a]));
            for (int k = 0; k < Math.min(slowest, idx.length); k++) {
                EvalQuery q = picked.get(idx[k]);
                System.out.printf(Locale.ROOT, "  slow %.2f ms  %s  %s%n", ms[idx[k]], q.category(), q.name().replace('\n', ' '));
            }
        }
        Arrays.sort(ms);
        return ms;
    }

    /** One pass over the set on the pool's threads, screening only, as the batch command does. */
    private void pass(ForkJoinPool pool, IndexedScreener screener, List<EvalQuery> queries) throws Exception {
        pool.submit(() -> queries.parallelStream().forEach(q -> screenQuietly(screener, q))).get();
    }

    private void screenQuietly(IndexedScreener screener, EvalQuery q) {
        try {
            screener.screen(q.query(), threshold);
        } catch (IllegalArgumentException ignored) {
            // empty names are part of the measured work; their error is the answer
        }
    }

    private void scale(List<Entity> entities, List<EvalQuery> queries) {
        System.out.printf("%-8s %10s %10s %12s %10s %10s%n", "lists", "entities", "names", "build ms", "p50 ms", "mean ms");
        for (int factor : new int[]{1, 2, 4}) {
            List<Entity> all = new ArrayList<>(entities);
            for (int copy = 1; copy < factor; copy++) {
                for (Entity e : entities) all.add(perturbed(e, copy));
            }
            NameIndex index = NameIndex.build(all);
            IndexedScreener screener = new IndexedScreener(index);
            double[] lat = latencies(screener, queries, 3000);
            double mean = Arrays.stream(lat).average().orElse(0);
            System.out.printf(Locale.ROOT, "x%-7d %,10d %,10d %,12d %10.3f %10.3f%n", factor, all.size(), index.nameCount(),
                    index.buildMillis(), pct(lat, 50), mean);
        }
    }

    /** A synthetic entity: every name with one letter changed in each word of four or more letters. */
    static Entity perturbed(Entity e, int copy) {
        var b = Entity.builder(e.source() + "-synthetic" + copy, e.sourceId(), e.schema());
        for (Name n : e.names()) {
            String perturbed = Arrays.stream(n.value().split(" ")).map(w -> perturbWord(w, copy)).collect(Collectors.joining(" "));
            b.name(new Name(perturbed, n.kind(), n.script(), n.lang()));
        }
        return b.build();
    }

    private static String perturbWord(String w, int copy) {
        if (w.length() < 4) return w;
        int pos = Math.floorMod(w.hashCode() * 31 + copy, w.length());
        char c = w.charAt(pos);
        if (!Character.isLetter(c)) return w;
        char r = (char) ('a' + Math.floorMod(c + 7 * copy, 26));
        if (Character.isUpperCase(c)) r = Character.toUpperCase(r);
        return w.substring(0, pos) + r + w.substring(pos + 1);
    }

    /** The p-th percentile of sorted values (nearest rank). */
    static double pct(double[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
