package org.chokepoint.spark;

import org.apache.spark.SparkFiles;
import org.apache.spark.api.java.JavaSparkContext;
import org.chokepoint.app.Chokepoint;
import org.chokepoint.app.Config;
import org.chokepoint.sources.snapshot.SnapshotStore;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the executors need to run the engine, shipped once per job with {@code SparkContext.addFile}: the
 * reference data folder ({@code refdata}: country names, and the gazetteer and operators an audit reads) and, for
 * screening, the snapshot file with its name index. Each executor JVM opens one engine per shipment the first time
 * a task asks ({@link #engine()}), and every later task and row in that JVM reuses it; nothing is loaded per
 * partition or per row. In local mode the executor is the driver's JVM: its engine reads the driver's own data
 * folder, so the reference data the driver has read already (the audit's gazetteer, about as long to read as the
 * whole audit of a small export) is not read a second time from the shipped copy.
 *
 * <pre>{@code
 * Shipment s = Shipment.ofSnapshot(sc, driverEngine, "46b719ea…");   // driver: snapshot 19 MB + index 12 MB + refdata
 * rdd.mapPartitions(rows -> { Chokepoint e = s.engine(); ... });      // executor: opened on the first task only
 * }</pre>
 *
 * @param key        what the engines of this JVM are keyed by: the snapshot id, or "refdata" when none is shipped
 * @param snapshotId the shipped snapshot, or null (an audit needs none on the executors)
 * @param driverData the driver's data folder, used instead of the shipped reference data in the driver's JVM
 * @param token      names this shipment in the JVM that made it (how a task knows it runs in the driver's JVM)
 */
record Shipment(String key, String snapshotId, String driverData, String token) implements Serializable {
    private static final String REFDATA = "refdata";
    private static final Map<String, Opened> ENGINES = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> OPENS = new ConcurrentHashMap<>();
    /** The tokens of the shipments this JVM made: it is their driver. */
    private static final Set<String> MADE_HERE = ConcurrentHashMap.newKeySet();

    /**
     * An engine opened in this JVM and what opening it took (snapshot, index and country table): wall-clock time and
     * the CPU time of the thread that opened it.
     */
    record Opened(Chokepoint engine, long readyMillis, long cpuMillis) {
    }

    /** Ships the reference data and the snapshot {@code snapshotId} of the driver's home (its index built first if missing). */
    static Shipment ofSnapshot(JavaSparkContext sc, Chokepoint driver, String snapshotId) throws IOException {
        SnapshotStore store = driver.snapshot().store();
        String id = store.resolve(snapshotId);
        if (!Files.isRegularFile(store.indexPathOf(id))) store.loadOrBuildIndex(store.open(id));
        shipRefdata(sc, driver);
        sc.addFile(store.pathOf(id).toString());
        sc.addFile(store.indexPathOf(id).toString());
        return made(id, id, driver);
    }

    /** Ships the reference data alone. */
    static Shipment ofRefdata(JavaSparkContext sc, Chokepoint driver) {
        shipRefdata(sc, driver);
        return made(REFDATA, null, driver);
    }

    private static Shipment made(String key, String snapshotId, Chokepoint driver) {
        Shipment s = new Shipment(key, snapshotId, driver.config().dataDir().toAbsolutePath().normalize().toString(),
                UUID.randomUUID().toString());
        MADE_HERE.add(s.token());
        return s;
    }

    private static void shipRefdata(JavaSparkContext sc, Chokepoint driver) {
        sc.sc().addFile(driver.config().dataDir().resolve(REFDATA).toString(), true);
    }

    /** The engine of this JVM for this shipment, opened on first use. */
    Chokepoint engine() {
        return opened().engine();
    }

    Opened opened() {
        return ENGINES.computeIfAbsent(key, k -> open());
    }

    /** The engine this JVM opened for the shipment keyed {@code key} (in local mode the executors' JVM is the driver's), or null. */
    static Opened openedIn(String key) {
        return ENGINES.get(key);
    }

    /** How many times this JVM opened an engine for the shipment keyed {@code key} (one, however many tasks ran). */
    static int opens(String key) {
        AtomicInteger n = OPENS.get(key);
        return n == null ? 0 : n.get();
    }

    /**
     * Lays the shipped files out as a data folder and a home with one active snapshot (links, no copies) and opens
     * the engine on them, the way the command line opens its own.
     */
    private Opened open() {
        OPENS.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        long t0 = System.nanoTime();
        long cpu0 = ScreenJob.threadCpuNanos();
        try {
            Path root = Files.createTempDirectory("chokepoint-executor-");
            Path data;
            if (MADE_HERE.contains(token)) {
                data = Path.of(driverData);
            } else {
                data = Files.createDirectories(root.resolve("data"));
                Files.createSymbolicLink(data.resolve(REFDATA), Path.of(SparkFiles.get(REFDATA)).toAbsolutePath());
            }
            Path home = root.resolve("home");
            if (snapshotId != null) {
                SnapshotStore store = new SnapshotStore(home);
                Files.createDirectories(store.snapshotsDir());
                link(store.pathOf(snapshotId));
                link(store.indexPathOf(snapshotId));
                Files.writeString(store.activeFile(), snapshotId + "\n", StandardCharsets.US_ASCII);
            }
            Chokepoint engine = Chokepoint.open(Config.of(data, home), System.err::println);
            engine.countries();
            if (snapshotId != null) engine.snapshot().current();
            return new Opened(engine, (System.nanoTime() - t0) / 1_000_000, (ScreenJob.threadCpuNanos() - cpu0) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lay out the shipped snapshot and reference data: " + e.getMessage(), e);
        }
    }

    private static void link(Path target) throws IOException {
        Files.createSymbolicLink(target, Path.of(SparkFiles.get(target.getFileName().toString())).toAbsolutePath());
    }
}
