package org.chokepoint.bench;

import org.chokepoint.cli.ProgressBar;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Findings;
import org.chokepoint.sources.BundledLists;
import org.chokepoint.sources.ListSource;
import org.chokepoint.sources.opensanctions.OpenSanctionsTargets;
import org.chokepoint.sources.uk.OfsiConsolidatedList;
import org.chokepoint.sources.uk.UkSanctionsListSummary;
import org.chokepoint.sources.uk.UkSanctionsListTables;
import org.chokepoint.sources.un.UnConsolidatedList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Read throughput of the international and UK list readers on the bundled files: each source is read
 * {@code --warmup} times, then {@code --runs} times; prints entities, input size, median / p95 / max wall time per
 * read, entities per second, and the heap the entities of one read retain.
 */
@Command(name = "intl-lists", mixinStandardHelpOptions = true,
        description = "Read speed and retained memory of the UN, UK and OpenSanctions readers on the bundled files.")
public final class IntlListReadBench implements Callable<Integer> {
    @Option(names = "--runs", defaultValue = "10", description = "measured reads per source (default ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmup", defaultValue = "3", description = "unmeasured reads per source first (default ${DEFAULT-VALUE})")
    int warmup;

    @Override
    public Integer call() throws IOException {
        Path lists = BundledLists.dataDir().resolve("lists");
        Path conlist = lists.resolve("uk-ofsi-conlist/2025-04-14");
        Path summary = lists.resolve("uk-sanctions-list/2025-08-11-summary");
        List<ListSource> sources = List.of(
                new UnConsolidatedList(lists.resolve("un/consolidated.xml")),
                new OfsiConsolidatedList(conlist.resolve("ConList.from-xlsx.csv.gz")),
                new OfsiConsolidatedList(conlist.resolve("ConList.xlsx")),
                new UkSanctionsListTables(lists.resolve("uk-sanctions-list/2026-04-16-normalized")),
                new UkSanctionsListSummary(summary.resolve("UK_Sanctions_List_summary.ods")),
                new UkSanctionsListSummary(summary.resolve("UK_Sanctions_List_summary.from-ods.csv")),
                new OpenSanctionsTargets(lists.resolve("opensanctions/ua_war_sanctions-2026-03-13/targets.simple.csv.gz")));
        System.out.printf("%d cores, max heap %d MB, %d warm-up + %d measured reads per source%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, warmup, runs);
        System.out.printf("%-44s %9s %8s %9s %9s %9s %11s %10s%n", "file", "entities", "MB", "p50 ms", "p95 ms", "max ms", "entities/s", "heap MB");
        for (ListSource s : sources) {
            double[] ms = new double[runs];
            int entities = 0;
            try (ProgressBar bar = new ProgressBar(s.files().get(0).getFileName().toString(), (long) warmup + runs)) {
                for (int i = 0; i < warmup + runs; i++) {
                    long t0 = System.nanoTime();
                    int[] n = {0};
                    s.read(e -> n[0]++, new Findings());
                    if (i >= warmup) ms[i - warmup] = (System.nanoTime() - t0) / 1e6;
                    entities = n[0];
                    bar.step();
                }
            }
            Arrays.sort(ms);
            double p50 = ms[runs / 2];
            System.out.printf("%-44s %9d %8.1f %9.1f %9.1f %9.1f %11.0f %10.1f%n", label(s), entities, megabytes(s.files()),
                    p50, ms[(int) Math.ceil(runs * 0.95) - 1], ms[runs - 1], entities / (p50 / 1000), retainedMb(s));
        }
        return 0;
    }

    private static String label(ListSource s) {
        Path f = s.files().get(0);
        String name = s.files().size() > 1 ? f.getParent().getFileName() + "/ (" + s.files().size() + " tables)" : f.getFileName().toString();
        return s.source() + " " + name;
    }

    private static double megabytes(List<Path> files) {
        long bytes = 0;
        for (Path p : files) {
            try {
                bytes += Files.size(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bytes / 1e6;
    }

    /** Heap held by the entities of one read, measured as used heap after GC with and without them. */
    private static double retainedMb(ListSource s) throws IOException {
        long before = usedAfterGc();
        List<Entity> kept = new ArrayList<>();
        s.read(kept::add, new Findings());
        long after = usedAfterGc();
        double mb = (after - before) / 1e6;
        if (kept.isEmpty()) throw new IllegalStateException("no entities read from " + s.files());
        return mb;
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}
