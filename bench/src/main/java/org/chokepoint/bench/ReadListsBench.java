package org.chokepoint.bench;

import org.chokepoint.model.Findings;
import org.chokepoint.sources.BundledLists;
import org.chokepoint.sources.ListSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Reading speed of each bundled list: warm-up reads, then timed reads; prints entities, read time
 * percentiles and entities per second. Single thread, as the readers run.
 */
@Command(name = "read-lists", mixinStandardHelpOptions = true,
        description = "Times reading each bundled list into entities (p50/p90/max ms, entities/s).")
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
    public Integer call() throws Exception {
        Path dir = data != null ? data : BundledLists.dataDir();
        System.out.printf(Locale.ROOT, "%-12s %9s %9s %9s %9s %12s%n", "source", "entities", "p50 ms", "p90 ms", "max ms", "entities/s");
        for (ListSource s : BundledLists.all(dir)) {
            if (only != null && !only.contains(s.source())) continue;
            int[] count = new int[1];
            for (int i = 0; i < warmup; i++) s.read(e -> { }, new Findings());
            double[] ms = new double[runs];
            for (int i = 0; i < runs; i++) {
                count[0] = 0;
                long t0 = System.nanoTime();
                s.read(e -> count[0]++, new Findings());
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            double p50 = ms[(runs - 1) / 2];
            System.out.printf(Locale.ROOT, "%-12s %9d %9.1f %9.1f %9.1f %12.0f%n", s.source(), count[0], p50,
                    ms[(int) Math.ceil(0.9 * runs) - 1], ms[runs - 1], count[0] / (p50 / 1000));
        }
        return 0;
    }
}
