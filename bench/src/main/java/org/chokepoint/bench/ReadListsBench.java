package org.chokepoint.bench;

import org.chokepoint.app.Config;
import org.chokepoint.app.terminal.ProgressBar;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Findings;
import org.chokepoint.sources.ListCatalog;
import org.chokepoint.sources.ListSource;
import org.chokepoint.sources.ofac.OfacXmlSource;
import org.chokepoint.sources.uk.OfsiConsolidatedList;
import org.chokepoint.sources.uk.UkSanctionsListSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Reading speed and memory of every list reader on the bundled files: the lists screening uses
 * ({@link ListCatalog#bundled}) and the other published layouts of the same lists (OFAC XML, ConList XLSX, the UK
 * summary export). Each is read {@code --warmup} times, then {@code --runs} times, on one thread as the readers
 * run; prints entities, input size, p50 / p95 / max per read, entities per second and the heap one read's
 * entities retain.
 */
@Command(name = "read-lists", mixinStandardHelpOptions = true,
        description = "Times reading each bundled list file into entities (p50/p95/max ms, entities/s, retained heap).")
public final class ReadListsBench implements Callable<Integer> {
    @Option(names = "--warmup", defaultValue = "3", description = "untimed reads per list (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--runs", defaultValue = "10", description = "timed reads per list (default ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--only", split = ",", description = "source keys to time (default: all)")
    List<String> only;

    @Option(names = "--data", description = "data folder (default: CHOKEPOINT_DATA or ../shared/data)")
    Path data;

    @Override
    public Integer call() throws IOException {
        Path dir = data != null ? data : Config.fromEnvironment().dataDir();
        System.out.printf(Locale.ROOT, "%d cores, max heap %d MB, %d warm-up + %d timed reads per file%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, warmup, runs);
        System.out.printf(Locale.ROOT, "%-52s %9s %7s %9s %9s %9s %11s %8s%n",
                "list and file", "entities", "MB", "p50 ms", "p95 ms", "max ms", "entities/s", "heap MB");
        for (ListSource s : sources(dir)) {
            if (only != null && !only.contains(s.source())) continue;
            double[] ms = new double[runs];
            int entities = 0;
            try (ProgressBar bar = new ProgressBar(label(s), (long) warmup + runs)) {
                for (int i = 0; i < warmup + runs; i++) {
                    int[] n = {0};
                    long t0 = System.nanoTime();
                    s.read(e -> n[0]++, new Findings());
                    if (i >= warmup) ms[i - warmup] = (System.nanoTime() - t0) / 1e6;
                    entities = n[0];
                    bar.step();
                }
            }
            Arrays.sort(ms);
            double p50 = ms[(runs - 1) / 2];
            System.out.printf(Locale.ROOT, "%-52s %9d %7.1f %9.1f %9.1f %9.1f %11.0f %8.1f%n", label(s), entities,
                    megabytes(s.files()), p50, ms[(int) Math.ceil(runs * 0.95) - 1], ms[runs - 1], entities / (p50 / 1000),
                    retainedMb(s));
        }
        return 0;
    }

    /** The bundled lists, then the other layouts the same publishers ship. */
    private static List<ListSource> sources(Path dir) {
        Path lists = dir.resolve("lists");
        Path summary = lists.resolve("uk-sanctions-list/2025-08-11-summary");
        List<ListSource> all = new ArrayList<>(ListCatalog.bundled(dir));
        all.add(OfacXmlSource.consolidated(lists.resolve("ofac-consolidated/2024-05-06-xml/consolidated.xml")));
        all.add(new OfsiConsolidatedList(lists.resolve("uk-ofsi-conlist/2025-04-14/ConList.xlsx")));
        all.add(new UkSanctionsListSummary(summary.resolve("UK_Sanctions_List_summary.ods")));
        all.add(new UkSanctionsListSummary(summary.resolve("UK_Sanctions_List_summary.from-ods.csv")));
        return all;
    }

    private static String label(ListSource s) {
        Path f = s.files().get(0);
        String name = s.files().size() > 1 ? f.getParent().getFileName() + "/ (" + s.files().size() + " files)" : f.getFileName().toString();
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

    /** Heap held by the entities of one read: used heap after GC with and without them. */
    private static double retainedMb(ListSource s) throws IOException {
        long before = usedAfterGc();
        List<Entity> kept = new ArrayList<>();
        s.read(kept::add, new Findings());
        long after = usedAfterGc();
        if (kept.isEmpty()) throw new IllegalStateException("no entities read from " + s.files());
        return (after - before) / 1e6;
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}
