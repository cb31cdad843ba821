package org.chokepoint.bench;

import org.chokepoint.app.Chokepoint;
import org.chokepoint.app.Config;
import org.chokepoint.match.Hit;
import org.chokepoint.match.IndexedScreener;
import org.chokepoint.match.NameIndex;
import org.chokepoint.match.NameIndexCodec;
import org.chokepoint.match.Screener;
import org.chokepoint.match.ScreeningQuery;
import org.chokepoint.model.Snapshot;
import org.chokepoint.sources.snapshot.SnapshotStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * The stored name index against the built one, on the active snapshot: build, encode and decode times, file
 * size, and whether every query of the evaluation sets gets exactly the same hits, scores, explanations and
 * retrieval candidates from the decoded index as from the built one (exit code 1 when any differs).
 */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Checks that the stored name index screens every dev query exactly as the built index.")
public final class IndexBench implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--eval", description = "Evaluation sets (default: names-dev.jsonl and names-dev-2.jsonl in <chokepoint.eval>)")
    List<Path> evals = new ArrayList<>();

    @Option(names = "--threshold", description = "Threshold of the compared screens, low to compare many hits (default ${DEFAULT-VALUE})")
    double threshold = 0.70;

    @Option(names = "--decodes", description = "Timed decodes after the first (default ${DEFAULT-VALUE})")
    int decodes = 5;

    @Override
    public Integer call() throws Exception {
        if (evals.isEmpty()) {
            Path dir = Path.of(System.getProperty("chokepoint.eval", "../shared/eval"));
            evals = List.of(dir.resolve("names-dev.jsonl"), dir.resolve("names-dev-2.jsonl"));
        }
        Snapshot snapshot = Chokepoint.open(Config.fromEnvironment(), System.err::println).snapshot().current().snapshot();
        int entities = List.copyOf(snapshot.entities()).size(); // decodes every entity before the build is timed
        long t0 = System.nanoTime();
        NameIndex built = NameIndex.build(snapshot.entities());
        long buildNs = System.nanoTime() - t0;
        t0 = System.nanoTime();
        byte[] file = NameIndexCodec.encode(built, snapshot);
        long encodeNs = System.nanoTime() - t0;
        t0 = System.nanoTime();
        NameIndex decoded = NameIndexCodec.decode(file, snapshot);
        long firstDecodeNs = System.nanoTime() - t0;
        long[] again = new long[Math.max(1, decodes)];
        for (int i = 0; i < again.length; i++) {
            long s = System.nanoTime();
            NameIndexCodec.decode(file, snapshot);
            again[i] = System.nanoTime() - s;
        }
        Arrays.sort(again);
        System.out.printf(Locale.ROOT, "snapshot %s: %,d entities, %,d names, %,d tokens%n", snapshot.shortId(), entities,
                built.nameCount(), built.tokenCount());
        System.out.printf(Locale.ROOT, "build %,d ms; encode %,d ms; index file %,d bytes; decode %,d ms first, %,d ms median of %d more (in this JVM, warm)%n",
                buildNs / 1_000_000, encodeNs / 1_000_000, file.length, firstDecodeNs / 1_000_000,
                again[again.length / 2] / 1_000_000, again.length);

        Path storedFile = SnapshotStore.openDefault().indexPathOf(snapshot.id());
        if (Files.isRegularFile(storedFile)) {
            System.out.printf("stored index %s: %s%n", storedFile, Arrays.equals(Files.readAllBytes(storedFile), file)
                    ? "byte-identical to this encoding" : "DIFFERS from this encoding (another build or matcher version?)");
        }

        IndexedScreener fresh = new IndexedScreener(built), stored = new IndexedScreener(decoded);
        int differing = 0, total = 0;
        long hits = 0;
        for (Path eval : evals) {
            List<EvalQuery> queries = EvalQuery.read(eval);
            AtomicInteger diff = new AtomicInteger();
            long[] hitCount = new long[queries.size()];
            IntStream.range(0, queries.size()).parallel().forEach(i -> {
                String problem = compare(fresh, stored, queries.get(i).query(), hitCount, i);
                if (problem != null && diff.incrementAndGet() <= 5) {
                    System.out.println("  DIFFERS " + queries.get(i).id() + " \"" + queries.get(i).name() + "\": " + problem);
                }
            });
            for (long h : hitCount) hits += h;
            System.out.printf(Locale.ROOT, "%s: %,d queries, %,d differ%n", eval.getFileName(), queries.size(), diff.get());
            differing += diff.get();
            total += queries.size();
        }
        System.out.printf(Locale.ROOT, "%,d queries, %,d hits at %.2f compared (hits, scores, explanations, candidates): %s%n",
                total, hits, threshold, differing == 0 ? "identical" : differing + " DIFFER");
        return differing == 0 ? 0 : 1;
    }

    /** Null when both indexes answer alike, else what differs. */
    private String compare(IndexedScreener fresh, IndexedScreener stored, ScreeningQuery q, long[] hitCount, int i) {
        List<Hit> a, b;
        try {
            a = fresh.screen(q, threshold);
        } catch (IllegalArgumentException e) {
            try {
                stored.screen(q, threshold);
                return "built index refused the query (" + e.getMessage() + "), stored one did not";
            } catch (IllegalArgumentException same) {
                return Objects.equals(e.getMessage(), same.getMessage()) ? null : "refused differently";
            }
        }
        b = stored.screen(q, threshold);
        hitCount[i] = a.size();
        if (!a.equals(b)) return "hits differ: " + a.size() + " vs " + b.size();
        if (!fresh.candidateKeys(q, Screener.DEFAULT_THRESHOLD).equals(stored.candidateKeys(q, Screener.DEFAULT_THRESHOLD))) return "retrieval candidates differ";
        return null;
    }
}
