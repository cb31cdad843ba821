package org.chokepoint.bench;

import org.chokepoint.app.Chokepoint;
import org.chokepoint.app.Config;
import org.chokepoint.app.ServedSnapshot;
import org.chokepoint.bench.peers.ExhaustiveJaroWinkler;
import org.chokepoint.bench.peers.FoldedNames;
import org.chokepoint.bench.peers.PeerScreener;
import org.chokepoint.bench.scale.HeapSampler;
import org.chokepoint.bench.scale.SvgChart;
import org.chokepoint.bench.scale.SyntheticList;
import org.chokepoint.match.IndexedScreener;
import org.chokepoint.match.NameIndex;
import org.chokepoint.match.Screener;
import org.chokepoint.model.Entity;
import org.chokepoint.model.FindingsSummary;
import org.chokepoint.model.Schema;
import org.chokepoint.model.Snapshot;
import org.chokepoint.model.SourceMeta;
import org.chokepoint.sources.snapshot.SnapshotStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Lists of a million entities. {@code build}: the bundled lists plus {@link SyntheticList} entities compiled into a
 * snapshot of a bench-only home, with build time, peak heap and the files' sizes. {@code eval}: that home opened
 * as the product opens it (the snapshot mapped, the stored name index read) and the development sets screened
 * against it: recall and false alerts beside those on the bundled lists alone, how many alerts the synthetic
 * entities drew, queries/s and latency percentiles, heap retained. {@code growth}: the index at 1×, 4×, 16× … the
 * bundled size in memory, Chokepoint's cost and the exhaustive scan's at each, as a table and an SVG chart.
 */
@Command(name = "scale", mixinStandardHelpOptions = true,
        description = "Snapshot build, index size, speed and quality with a million synthetic entities; cost growth with list size.")
public final class ScaleBench implements Callable<Integer> {
    @Option(names = "--phase", description = "build, eval or growth (default: build then eval)", split = ",")
    List<String> phases = List.of("build", "eval");

    @Option(names = "--entities", description = "Synthetic entities added to the bundled lists (default ${DEFAULT-VALUE})")
    int entities = 1_000_000;

    @Option(names = "--seed", description = "Seed of the synthetic list (default ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--near-copies", description = "Share of synthetic entities that are near copies of real entries (default ${DEFAULT-VALUE}; 0.4 is the stress test of docs/benchmarks.md)")
    double nearCopies = SyntheticList.NEAR_COPIES;

    @Option(names = "--home", description = "Bench-only home for the large snapshot (default ${DEFAULT-VALUE})")
    Path home = Path.of("/tmp/chokepoint-scale");

    @Option(names = "--factors", split = ",", description = "List sizes of the growth phase, in multiples of the bundled lists; the last may be the --entities size (default ${DEFAULT-VALUE})")
    List<Integer> factors = List.of(1, 4, 16);

    @Option(names = "--sample", description = "Queries per set for latency and growth (default ${DEFAULT-VALUE})")
    int sample = 3000;

    @Option(names = "--scan-sample", description = "Queries of the exhaustive scan at each size in the growth phase (default ${DEFAULT-VALUE})")
    int scanSample = 100;

    @Option(names = "--svg", description = "Folder of the growth phase's charts cost-growth.svg and cost-growth-memory.svg (default ${DEFAULT-VALUE})")
    Path svg = Path.of("docs/img");

    @Option(names = "--threads", description = "Threads for throughput (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    private static final int TOP = 10;

    @Override
    public Integer call() throws Exception {
        Config bundled = Config.fromEnvironment();
        Snapshot listed = Chokepoint.open(bundled, System.err::println).snapshot().current().snapshot();
        List<Entity> lists = listed.entities();
        System.out.printf(Locale.ROOT, "bundled lists: %,d entities; %d cores, max heap %,d MB%n", lists.size(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        for (String phase : phases) {
            switch (phase) {
                case "build" -> build(listed);
                case "eval" -> eval(bundled, lists);
                case "growth" -> growth(lists);
                default -> throw new IllegalArgumentException("--phase: build, eval or growth, not " + phase);
            }
        }
        return 0;
    }

    private void build(Snapshot listed) throws Exception {
        List<Entity> lists = listed.entities();
        Snapshot snapshot;
        long generateMs, compileMs, saveMs;
        try (HeapSampler heap = new HeapSampler()) {
            long t0 = System.nanoTime();
            List<Entity> synthetic = new SyntheticList(lists, seed, nearCopies).entities(entities);
            generateMs = ms(t0);
            List<Entity> all = new ArrayList<>(lists);
            all.addAll(synthetic);
            Map<Schema, Integer> counts = new EnumMap<>(Schema.class);
            for (Entity e : synthetic) counts.merge(e.schema(), 1, Integer::sum);
            List<SourceMeta> sources = new ArrayList<>(listed.sources());
            sources.add(new SourceMeta(SyntheticList.SOURCE, List.of(), LocalDate.now(), synthetic.size(), counts));
            t0 = System.nanoTime();
            snapshot = Snapshot.of(Instant.now(), sources, FindingsSummary.empty(), all);
            compileMs = ms(t0);
            t0 = System.nanoTime();
            SnapshotStore store = new SnapshotStore(home);
            store.saveAndActivate(snapshot);
            saveMs = ms(t0);
            System.out.printf(Locale.ROOT, "build: %,d synthetic + %,d listed = %,d entities; generated in %,d ms, compiled (sorted, hashed) in %,d ms, "
                            + "stored with its name index in %,d ms; peak heap %,d MB%n", synthetic.size(), lists.size(), all.size(),
                    generateMs, compileMs, saveMs, heap.peakBytes() >> 20);
            System.out.printf(Locale.ROOT, "files: snapshot %,d MB, name index %,d MB (%s)%n", Files.size(store.pathOf(snapshot.id())) >> 20,
                    Files.size(store.indexPathOf(snapshot.id())) >> 20, snapshot.shortId());
        }
    }

    private void eval(Config bundled, List<Entity> lists) throws Exception {
        long before = HeapSampler.retainedBytes();
        long t0 = System.nanoTime();
        ServedSnapshot large;
        try (HeapSampler heap = new HeapSampler()) {
            large = Chokepoint.open(Config.of(bundled.dataDir(), home), System.err::println).snapshot().current();
            System.out.printf(Locale.ROOT, "eval: opened %,d entities (snapshot mapped, name index read) in %,d ms, peak heap %,d MB, retained %,d MB more%n",
                    large.snapshot().entities().size(), ms(t0), heap.peakBytes() >> 20, (HeapSampler.retainedBytes() - before) >> 20);
        }
        IndexedScreener small = new IndexedScreener(NameIndex.build(lists));
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            System.out.printf("%-20s %-10s %8s %18s %10s %9s %9s %27s%n", "set", "lists", "recall", "false alerts", "queries/s", "p50 ms", "p99 ms", "alerts on synthetic");
            Map<String, Entity> listed = new HashMap<>();
            for (Entity e : lists) listed.put(e.key(), e);
            for (Path set : devSets()) {
                List<EvalQuery> queries = EvalQuery.read(set);
                evalRow(set, "bundled", small, queries, pool);
                evalRow(set, "+synthetic", large.screener(), queries, pool);
                evalRow(set, "+syn, dob", large.screener(), withBirthYears(queries, listed), pool);
            }
            List<EvalQuery> dev = EvalQuery.read(devSets().get(0));
            scratchPerCall("bundled", small, dev);
            scratchPerCall("+synthetic", large.screener(), dev);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * What each call screening at the same time adds to the heap: a screener keeps a worker's scratch for each (the
     * most calls at once it has seen), so a server's concurrent requests cost this each. Measured as the heap
     * retained after {@link #SCRATCH_CALLS} threads screened the set at once, less before, over the workers made
     * meanwhile; the set has been screened once before, so the index's own lazily filled tables are not counted.
     */
    private static void scratchPerCall(String label, IndexedScreener screener, List<EvalQuery> queries) throws Exception {
        for (EvalQuery q : queries) screenQuietly(screener, q);
        int workers = screener.workersMade();
        long before = HeapSampler.retainedBytes();
        CyclicBarrier start = new CyclicBarrier(SCRATCH_CALLS);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < SCRATCH_CALLS; t++) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                for (EvalQuery q : queries) screenQuietly(screener, q);
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) thread.join();
        int made = screener.workersMade() - workers;
        long added = HeapSampler.retainedBytes() - before;
        System.out.printf(Locale.ROOT, "scratch per concurrent call (%s, %,d names): %.1f MB (%d more calls at once, %,d MB retained)%n",
                label, screener.index().nameCount(), made == 0 ? 0.0 : added / 1e6 / made, made, added >> 20);
    }

    private static final int SCRATCH_CALLS = 4;

    private static void screenQuietly(IndexedScreener screener, EvalQuery q) {
        try {
            screener.screen(q.query(), Screener.DEFAULT_THRESHOLD);
        } catch (IllegalArgumentException nothingToMatch) {
            // a query of punctuation only: nothing to screen
        }
    }

    private void evalRow(Path set, String label, IndexedScreener screener, List<EvalQuery> queries, ForkJoinPool pool) throws Exception {
        List<List<PeerScreener.Scored>> hits = new ArrayList<>(queries.size());
        for (int i = 0; i < queries.size(); i++) hits.add(null);
        double threshold = Screener.DEFAULT_THRESHOLD;
        long s = System.nanoTime();
        pool.submit(() -> IntStream.range(0, queries.size()).parallel()
                .forEach(i -> hits.set(i, Tally.screen(screener, queries.get(i), threshold, TOP)))).get();
        double rate = queries.size() / ((System.nanoTime() - s) / 1e9);
        double[] lat = latencies(screener, PeersBench.evenSample(queries, sample));
        Tally t = Tally.at(queries, hits, threshold);
        int onSynthetic = 0, onSyntheticPersons = 0;
        for (int i = 0; i < queries.size(); i++) {
            if (queries.get(i).negative() && !hits.get(i).isEmpty() && hits.get(i).get(0).key().startsWith(SyntheticList.SOURCE + ":")) {
                onSynthetic++;
                if (queries.get(i).type() == Schema.PERSON) onSyntheticPersons++;
            }
        }
        System.out.printf(Locale.ROOT, "%-20s %-10s %8.4f %9d (%5.2f %%) %,10.0f %9.3f %9.3f %14d (%d persons)%n", set.getFileName(),
                label, t.recall(), t.alerts(), 100 * t.falseAlertRate(), rate, NamesBench.pct(lat, 50), NamesBench.pct(lat, 99),
                onSynthetic, onSyntheticPersons);
    }

    /**
     * The queries with a birth year on every person, as a customer record has one: a found person's is its list
     * entry's (the first year its first birth date allows; none when the list gives none), a negative's a year
     * drawn from 1940–2004, the synthetic list's range, from a seed of its own. Organisations get none. What the
     * bench then sees is whether the scorer's birth-year evidence takes the alerts on invented namesakes down
     * without losing the listed persons.
     */
    private List<EvalQuery> withBirthYears(List<EvalQuery> queries, Map<String, Entity> listed) {
        SplittableRandom r = new SplittableRandom(seed + 17);
        List<EvalQuery> out = new ArrayList<>(queries.size());
        for (EvalQuery q : queries) {
            String year = null;
            if (q.type() == Schema.PERSON) {
                if (q.negative()) {
                    year = Integer.toString(1940 + r.nextInt(65));
                } else {
                    Entity e = listed.get(q.expect().get(0));
                    if (e != null && !e.birthDates().isEmpty()) year = Integer.toString(e.birthDates().get(0).earliest().getYear());
                }
            }
            out.add(q.withRecord(null, year));
        }
        return out;
    }

    private void growth(List<Entity> lists) throws Exception {
        List<EvalQuery> queries = new ArrayList<>();
        for (Path set : devSets()) queries.addAll(PeersBench.evenSample(EvalQuery.read(set), sample));
        List<EvalQuery> scanQueries = PeersBench.evenSample(queries, scanSample);
        SyntheticList synthetic = new SyntheticList(lists, seed, nearCopies);
        List<double[]> ours = new ArrayList<>(), scan = new ArrayList<>(), memory = new ArrayList<>();
        System.out.printf("%-8s %10s %10s %10s %12s %10s %9s %9s %16s%n", "size", "entities", "names", "build ms", "heap MB", "queries/s", "p50 ms", "p99 ms", "scan queries/s");
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            List<Integer> sizes = new ArrayList<>();
            for (int f : factors) sizes.add((f - 1) * lists.size());
            for (int extra : sizes) {
                GrowthPoint point = measure(lists, synthetic, extra, queries, scanQueries, pool);
                ours.add(new double[]{point.entities(), 1000.0 / point.rate()});
                scan.add(new double[]{point.entities(), 1000.0 / point.scanRate()});
                memory.add(new double[]{point.entities(), point.heapBytes() / 1e6});
            }
        } finally {
            pool.shutdown();
        }
        Files.createDirectories(svg);
        Files.writeString(svg.resolve("cost-growth.svg"), new SvgChart("Time per query against list size", "entities on the lists (log)",
                "ms per query, 2 threads (log)")
                .add(new SvgChart.Series("Chokepoint", ours))
                .add(new SvgChart.Series("exhaustive Jaro-Winkler", scan))
                .render());
        Files.writeString(svg.resolve("cost-growth-memory.svg"), new SvgChart("Name index heap against list size", "entities on the lists (log)",
                "retained heap, MB (log)")
                .add(new SvgChart.Series("Chokepoint index", memory))
                .render());
        System.out.println("charts: " + svg.resolve("cost-growth.svg") + ", " + svg.resolve("cost-growth-memory.svg"));
    }

    private record GrowthPoint(int entities, double rate, double scanRate, long heapBytes) {}

    /**
     * One size of the growth phase. Its lists, index and scan live only inside this call: kept in the caller's loop,
     * the previous size's index stayed reachable while the next one was built, and ×21 did not fit in 2 GB.
     */
    private static GrowthPoint measure(List<Entity> lists, SyntheticList synthetic, int extra, List<EvalQuery> queries,
                                       List<EvalQuery> scanQueries, ForkJoinPool pool) throws Exception {
        List<Entity> all = new ArrayList<>(lists);
        all.addAll(synthetic.entities(extra));
        long before = HeapSampler.retainedBytes();
        NameIndex index = NameIndex.build(all);
        long heap = HeapSampler.retainedBytes() - before;
        IndexedScreener screener = new IndexedScreener(index);
        double threshold = Screener.DEFAULT_THRESHOLD;
        // three untimed passes: at ×1 one pass lasts about a second, too short for the JIT to finish compiling
        for (int pass = 0; pass < 3; pass++) {
            pool.submit(() -> queries.parallelStream().forEach(q -> Tally.screen(screener, q, threshold, TOP))).get();
        }
        long s = System.nanoTime();
        pool.submit(() -> queries.parallelStream().forEach(q -> Tally.screen(screener, q, threshold, TOP))).get();
        double rate = queries.size() / ((System.nanoTime() - s) / 1e9);
        double[] lat = latencies(screener, queries);
        ExhaustiveJaroWinkler jw = new ExhaustiveJaroWinkler(new FoldedNames(all));
        s = System.nanoTime();
        pool.submit(() -> scanQueries.parallelStream().forEach(q -> jw.screen(q.name(), 0.70, TOP))).get();
        double scanRate = scanQueries.size() / ((System.nanoTime() - s) / 1e9);
        System.out.printf(Locale.ROOT, "x%-7.1f %,10d %,10d %,10d %,12d %,10.0f %9.3f %9.3f %,16.1f%n", (double) all.size() / lists.size(),
                all.size(), index.nameCount(), index.buildMillis(), heap >> 20, rate, NamesBench.pct(lat, 50), NamesBench.pct(lat, 99), scanRate);
        return new GrowthPoint(all.size(), rate, scanRate, heap);
    }

    private static List<Path> devSets() {
        Path dir = Path.of(System.getProperty("chokepoint.eval", "../shared/eval"));
        return List.of(dir.resolve("names-dev.jsonl"), dir.resolve("names-dev-2.jsonl"));
    }

    private static double[] latencies(IndexedScreener screener, List<EvalQuery> queries) {
        double threshold = Screener.DEFAULT_THRESHOLD;
        for (EvalQuery q : queries) Tally.screen(screener, q, threshold, TOP);
        double[] out = new double[queries.size()];
        for (int i = 0; i < out.length; i++) {
            long s = System.nanoTime();
            Tally.screen(screener, queries.get(i), threshold, TOP);
            out[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(out);
        return out;
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
