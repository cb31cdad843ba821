package org.chokepoint.bench;

import org.chokepoint.app.Chokepoint;
import org.chokepoint.app.Config;
import org.chokepoint.bench.peers.ExhaustiveJaroWinkler;
import org.chokepoint.bench.peers.FoldedNames;
import org.chokepoint.bench.peers.LuceneFuzzyScreener;
import org.chokepoint.bench.peers.PeerScreener;
import org.chokepoint.match.IndexedScreener;
import org.chokepoint.match.NameIndex;
import org.chokepoint.match.Screener;
import org.chokepoint.model.Entity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Chokepoint against the two methods its peers use, on the same queries, lists and machine in one run: OFAC's
 * exhaustive Jaro-Winkler scan and an Elasticsearch-style fuzzy index re-scored with Jaro-Winkler. A peer's score
 * means something else than ours, so each peer is reported at the lowest threshold of a sweep whose false-alert
 * rate is no higher than Chokepoint's at its default, and at 0.90; the whole sweep is printed too.
 */
@Command(name = "peers", mixinStandardHelpOptions = true,
        description = "Recall, false alerts and queries/s of Chokepoint and two reference methods on the dev sets.")
public final class PeersBench implements Callable<Integer> {
    @Option(names = "--eval", description = "Evaluation sets (default: names-dev.jsonl and names-dev-2.jsonl in <chokepoint.eval>)")
    List<Path> evals = new ArrayList<>();

    @Option(names = "--sample", description = "Queries taken evenly from each set, the same for all methods; 0 for all (default ${DEFAULT-VALUE})")
    int sample = 3000;

    @Option(names = "--candidates", description = "Names the fuzzy index hands to the re-scoring (default ${DEFAULT-VALUE})")
    int candidates = 50;

    @Option(names = "--threads", description = "Threads for every method (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    private static final int TOP = 10;
    private static final double FLOOR = 0.70;
    private static final int WARM_UP = 200;

    @Override
    public Integer call() throws Exception {
        if (evals.isEmpty()) {
            Path dir = Path.of(System.getProperty("chokepoint.eval", "../shared/eval"));
            evals = List.of(dir.resolve("names-dev.jsonl"), dir.resolve("names-dev-2.jsonl"));
        }
        List<Entity> entities = Chokepoint.open(Config.fromEnvironment(), System.err::println).snapshot().current().snapshot().entities();
        long t0 = System.nanoTime();
        IndexedScreener chokepoint = new IndexedScreener(NameIndex.build(entities));
        long ours = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        FoldedNames names = new FoldedNames(entities);
        long fold = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        LuceneFuzzyScreener lucene = new LuceneFuzzyScreener(names, candidates);
        long luceneMs = (System.nanoTime() - t0) / 1_000_000;
        ExhaustiveJaroWinkler scan = new ExhaustiveJaroWinkler(names);
        System.out.printf(Locale.ROOT, "lists: %,d entities, %,d distinct folded names (folded in %,d ms); Chokepoint index %,d ms, Lucene index %,d ms; %d threads%n",
                names.entityCount(), names.size(), fold, ours, luceneMs, threads);
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            for (Path eval : evals) compare(eval, chokepoint, List.of(lucene, scan), pool);
        } finally {
            pool.shutdown();
        }
        return 0;
    }

    private void compare(Path eval, IndexedScreener chokepoint, List<PeerScreener> peers, ForkJoinPool pool) throws Exception {
        List<EvalQuery> queries = evenSample(EvalQuery.read(eval), sample);
        long positives = queries.stream().filter(q -> !q.negative()).count();
        System.out.printf(Locale.ROOT, "%n%s: %,d queries (%,d positives, %,d negatives)%n", eval.getFileName(), queries.size(),
                positives, queries.size() - positives);
        System.out.printf("%-50s %9s %8s %18s %12s%n", "method", "threshold", "recall", "false alerts", "queries/s");

        double threshold = Screener.DEFAULT_THRESHOLD;
        List<List<PeerScreener.Scored>> ourHits = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) ourHits.add(null);
        double ourRate = timed(pool, queries.size(), i -> ourHits.set(i, Tally.screen(chokepoint, queries.get(i), threshold, TOP)));
        Tally us = Tally.at(queries, ourHits, threshold);
        us.print("Chokepoint (default threshold)", ourRate);

        for (PeerScreener peer : peers) {
            List<List<PeerScreener.Scored>> hits = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) hits.add(null);
            double rate = timed(pool, queries.size(), i -> hits.set(i, peer.screen(queries.get(i).name(), FLOOR, TOP)));
            Tally matched = null;
            List<Tally> sweep = new ArrayList<>();
            for (int step = 0; step <= 29; step++) {
                double t = FLOOR + step * 0.01;
                Tally at = Tally.at(queries, hits, t);
                sweep.add(at);
                if (matched == null && at.falseAlertRate() <= us.falseAlertRate()) matched = at;
            }
            if (matched != null) matched.print(peer.method() + " (equal false alerts)", rate);
            Tally.at(queries, hits, 0.90).print(peer.method() + " (0.90)", rate);
            StringBuilder line = new StringBuilder("    sweep (threshold recall FAR%):");
            for (int k = 0; k < sweep.size(); k += 5) {
                Tally t = sweep.get(k);
                line.append(String.format(Locale.ROOT, "  %.2f %.3f %.2f", t.threshold(), t.recall(), 100 * t.falseAlertRate()));
            }
            System.out.println(line);
        }
    }

    /** Queries per second over the whole sample, after a warm-up pass over its first {@value #WARM_UP}. */
    private static double timed(ForkJoinPool pool, int n, java.util.function.IntConsumer work) throws Exception {
        pool.submit(() -> IntStream.range(0, Math.min(n, WARM_UP)).parallel().forEach(work)).get();
        long s = System.nanoTime();
        pool.submit(() -> IntStream.range(0, n).parallel().forEach(work)).get();
        return n / ((System.nanoTime() - s) / 1e9);
    }

    static List<EvalQuery> evenSample(List<EvalQuery> all, int n) {
        if (n <= 0 || n >= all.size()) return all;
        List<EvalQuery> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) out.add(all.get((int) ((long) k * all.size() / n)));
        return out;
    }
}
