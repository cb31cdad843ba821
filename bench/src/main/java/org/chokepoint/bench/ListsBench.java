package org.chokepoint.bench;

import org.chokepoint.app.Config;
import org.chokepoint.model.Findings;
import org.chokepoint.model.Snapshot;
import org.chokepoint.sources.ListCatalog;
import org.chokepoint.sources.refdata.Countries;
import org.chokepoint.sources.ListSource;
import org.chokepoint.sources.snapshot.SnapshotBuilder;
import org.chokepoint.sources.snapshot.SnapshotCodec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Time and peak heap to read every bundled list and compile the snapshot, and time to load a compiled
 * snapshot (plain and gzip body), over several repetitions.
 */
@Command(name = "lists", description = "Parse all bundled lists, build the snapshot, load it: median and max time, peak heap.")
public final class ListsBench implements Callable<Integer> {
    @Option(names = "--reps", description = "Measured repetitions (default ${DEFAULT-VALUE}).", defaultValue = "5")
    int reps;

    @Option(names = "--warmup", description = "Unmeasured repetitions first (default ${DEFAULT-VALUE}).", defaultValue = "1")
    int warmup;

    @Option(names = "--cold", description = "Loads in fresh JVMs, as a command sees it (default ${DEFAULT-VALUE}).", defaultValue = "5")
    int cold;

    @Override
    public Integer call() throws IOException {
        Path data = Config.fromEnvironment().dataDir();
        List<ListSource> sources = ListCatalog.bundled(data);
        System.out.printf("data %s, %d sources, %d cores, max heap %,d MB, java %s%n%n", data, sources.size(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"));

        System.out.println("per source, sequential read (first read in this JVM, so it includes JIT warm-up):");
        for (ListSource s : sources) {
            Findings f = new Findings();
            long t0 = System.nanoTime();
            int[] n = {0};
            s.read(e -> n[0]++, f);
            System.out.printf("  %-12s %,8d entities  %,8.0f ms%n", s.source(), n[0], (System.nanoTime() - t0) / 1e6);
        }

        Snapshot snapshot = null;
        double[] build = new double[reps];
        long[] peak = new long[reps];
        for (int i = -warmup; i < reps; i++) {
            System.gc();
            resetPeaks();
            long t0 = System.nanoTime();
            snapshot = SnapshotBuilder.enriched(Countries.load(data)).sources(ListCatalog.bundled(data)).build().snapshot();
            if (i >= 0) {
                build[i] = (System.nanoTime() - t0) / 1e6;
                peak[i] = peakHeap();
            }
        }
        System.out.printf("%nparse all + build snapshot (%,d entities, 2 reader threads): %s; peak heap median %,d MB, max %,d MB%n",
                snapshot.size(), summary(build), median(peak) >> 20, Arrays.stream(peak).max().orElse(0) >> 20);

        Path dir = Files.createTempDirectory("lists-bench");
        try {
            // both formats are written first, then loaded alternately, so JIT warm-up and machine load hit both alike
            boolean[] formats = {false, true};
            Path[] files = new Path[2];
            double[][] write = new double[2][reps];
            for (int f = 0; f < 2; f++) {
                files[f] = dir.resolve(formats[f] ? "gzip.snap" : "plain.snap");
                for (int i = -warmup; i < reps; i++) {
                    long t0 = System.nanoTime();
                    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(files[f]), 1 << 16)) {
                        new SnapshotCodec(formats[f]).write(snapshot, out);
                    }
                    if (i >= 0) write[f][i] = (System.nanoTime() - t0) / 1e6;
                }
            }
            double[][] load = new double[2][reps];
            long[][] loadPeak = new long[2][reps];
            for (int i = -Math.max(warmup, 3); i < reps; i++) {
                for (int f = 0; f < 2; f++) {
                    System.gc();
                    resetPeaks();
                    long t0 = System.nanoTime();
                    Snapshot back = SnapshotCodec.standard().read(files[f]);
                    if (i >= 0) {
                        load[f][i] = (System.nanoTime() - t0) / 1e6;
                        loadPeak[f][i] = peakHeap();
                    }
                    if (back.size() != snapshot.size()) throw new IllegalStateException("round trip lost entities");
                }
            }
            for (int f = 0; f < 2; f++) {
                System.out.printf("%s snapshot: %,d bytes; write %s; load %s; load peak heap median %,d MB%n",
                        formats[f] ? "gzip " : "plain", Files.size(files[f]), summary(write[f]), summary(load[f]),
                        median(loadPeak[f]) >> 20);
            }
            if (cold > 0) {
                double[] coldLoad = new double[cold];
                System.gc(); // and let this JVM's compiler and GC threads go quiet: the child gets both cores
                pause();
                for (int i = 0; i < cold; i++) coldLoad[i] = coldLoad(files[0]);
                System.out.printf("plain snapshot, first load in a fresh JVM (no JIT warm-up), %d runs: %s%n", cold, summary(coldLoad));
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        }
        System.out.println("\n(times: median / max over " + reps + " repetitions after " + warmup + " warm-up; the machine is shared)");
        return 0;
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Runs {@link ColdLoad} in a new JVM with this one's class path and heap limit; returns its load time. */
    private static double coldLoad(Path file) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-Xmx" + (Runtime.getRuntime().maxMemory() >> 20) + "m", "-cp",
                System.getProperty("java.class.path"), ColdLoad.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        try {
            if (p.waitFor() != 0) throw new IOException("cold load failed: " + out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return Double.parseDouble(out);
    }

    /** Loads one snapshot file and prints the milliseconds it took. */
    public static final class ColdLoad {
        public static void main(String[] args) throws IOException {
            long t0 = System.nanoTime();
            Snapshot s = SnapshotCodec.standard().read(Path.of(args[0]));
            double ms = (System.nanoTime() - t0) / 1e6;
            if (s.size() == 0) throw new IllegalStateException("empty snapshot");
            System.out.println(ms);
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    }

    /** Sum of the heap pools' peaks since the reset: an upper bound of the true peak of the whole heap. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        }
        return sum;
    }

    private static String summary(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return String.format("median %,.0f ms, max %,.0f ms", s[s.length / 2], s[s.length - 1]);
    }

    private static long median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
