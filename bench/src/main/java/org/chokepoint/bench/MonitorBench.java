package org.chokepoint.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.chokepoint.app.Chokepoint;
import org.chokepoint.app.Config;
import org.chokepoint.app.json.HitJson;
import org.chokepoint.cases.Cases;
import org.chokepoint.cases.CasesOptions;
import org.chokepoint.cases.db.Sql;
import org.chokepoint.cases.db.StoreConfig;
import org.chokepoint.cases.monitor.Monitor;
import org.chokepoint.cases.parties.PartyInput;
import org.chokepoint.model.Snapshot;
import org.chokepoint.sources.ofac.OfacCsvFiles;
import org.chokepoint.sources.ofac.OfacCsvSource;
import org.chokepoint.sources.snapshot.SnapshotBuilder;
import org.chokepoint.sources.snapshot.SnapshotStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * {@code chokepoint-bench monitor}: ongoing monitoring at scale. Generates N parties (persons and companies made of
 * the development set's tokens, about 1% exact list names so that there are alerts), imports them unscreened,
 * re-screens all on the 2021-07-07 SDN release, catches up with the 2024-05-03 release (the delta), and re-screens
 * all on 2024 for comparison.
 */
@Command(name = "monitor", mixinStandardHelpOptions = true,
        description = "Import N generated parties, full re-screen, delta re-screen on a list change, full re-screen again")
public final class MonitorBench implements Callable<Integer> {
    /** Held here: java.util.logging keeps loggers weakly, and a collected one forgets its level. */
    private static final java.util.logging.Logger FLYWAY = java.util.logging.Logger.getLogger("org.flywaydb");

    @Option(names = "--parties", description = "generated parties (default ${DEFAULT-VALUE})")
    int parties = 1_000_000;

    @Option(names = "--seed", description = "random seed of the generated names (default ${DEFAULT-VALUE})")
    long seed = 11;

    @Option(names = "--batch", description = "parties per import transaction (default ${DEFAULT-VALUE})")
    int batch = 5_000;

    @Option(names = "--dir", description = "work folder for the home and the embedded database (default: a new temporary folder)")
    Path dir;

    @Option(names = "--db-url", description = "jdbc:postgresql://... instead of the embedded database (use an empty database)")
    String dbUrl;

    @Option(names = "--db-user")
    String dbUser;

    @Option(names = "--db-password")
    String dbPassword;

    @Option(names = "--eval", description = "evaluation folder (default: chokepoint.eval or ../shared/eval)")
    Path eval;

    @Override
    public Integer call() throws Exception {
        FLYWAY.setLevel(java.util.logging.Level.WARNING); // keep the report readable
        Path evalDir = eval != null ? eval : Path.of(System.getProperty("chokepoint.eval", "../shared/eval"));
        Path data = Config.fromEnvironment().dataDir();
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("monitor-bench");
        Path home = work.resolve("home");
        HeapPeak heap = HeapPeak.start();

        Snapshot sdn2021 = sdn(data, "2021-07-07"), sdn2024 = sdn(data, "2024-05-03");
        SnapshotStore store = new SnapshotStore(home);
        // a daily update: the 2024 release without its 30 newest designations, then the release itself
        Snapshot dayBefore = withoutNewest(sdn2024, DAILY);
        store.save(sdn2021);
        store.save(sdn2024);
        store.save(dayBefore);
        store.activate(sdn2021.id());
        Chokepoint engine = Chokepoint.open(Config.of(data, home), n -> { });
        StoreConfig db = dbUrl == null ? StoreConfig.embedded(home) : StoreConfig.of(dbUrl, dbUser, dbPassword);
        List<PartyInput> generated = new PartyGenerator(evalDir.resolve("names-dev.jsonl"), seed).generate(parties);
        System.out.printf(Locale.ROOT, "%,d parties generated (seed %d), database %s%n", generated.size(), seed, db.describe());

        try (Cases cases = Cases.open(engine, db, CasesOptions.defaults())) {
            long t0 = System.nanoTime();
            for (int from = 0; from < generated.size(); from += batch) {
                cases.parties().upsert(generated.subList(from, Math.min(generated.size(), from + batch)), "bench", false);
            }
            double importS = seconds(t0);
            System.out.printf(Locale.ROOT, "import (unscreened, batches of %,d): %.1f s, %,.0f parties/s%n", batch, importS, parties / importS);
            engine.snapshot().current(); // load the snapshot outside the timed re-screen

            report("full re-screen on 2021-07-07", timed(() -> cases.monitor().rescreenAll("bench", null)), cases);
            engine.snapshot().activate(sdn2024.id());
            engine.snapshot().current();
            report("delta 2021-07-07 -> 2024-05-03", timed(() -> cases.monitor().catchUp("bench", null).orElseThrow()), cases);
            report("full re-screen on 2024-05-03", timed(() -> cases.monitor().rescreenAll("bench", null)), cases);
            engine.snapshot().activate(dayBefore.id());
            report("delta 2024-05-03 -> the day before (" + DAILY + " entries removed)",
                    timed(() -> cases.monitor().catchUp("bench", null).orElseThrow()), cases);
            engine.snapshot().activate(sdn2024.id());
            report("delta the day before -> 2024-05-03 (a daily update: " + DAILY + " entries added)",
                    timed(() -> cases.monitor().catchUp("bench", null).orElseThrow()), cases);
            System.out.printf(Locale.ROOT, "peak heap used %,d MB (max %,d MB); database size %,d MB%n", heap.stop() >> 20,
                    Runtime.getRuntime().maxMemory() >> 20, databaseBytes(cases, home) >> 20);
        }
        return 0;
    }

    private record Timed(Monitor.Run run, double seconds) {
    }

    private interface Step {
        Monitor.Run run();
    }

    private static Timed timed(Step step) {
        long t0 = System.nanoTime();
        Monitor.Run run = step.run();
        return new Timed(run, seconds(t0));
    }

    private void report(String what, Timed t, Cases cases) {
        Monitor.Run r = t.run();
        long open = cases.database().read(c -> Sql.longValue(c, "SELECT COUNT(*) FROM alerts WHERE state = 'OPEN'"));
        System.out.printf(Locale.ROOT, "%s: %.1f s, %,d parties, %,d screened (%,.0f parties/s over all, %,.0f screened/s),"
                        + " %,d alerts opened, %,d closed, %,d open%s%n", what, t.seconds(), r.parties(), r.screened(),
                r.parties() / t.seconds(), r.screened() / t.seconds(), r.opened(), r.closed(), open,
                r.delta() ? String.format(Locale.ROOT, "; list change %,d added, %,d changed, %,d removed", r.added(), r.changed(), r.removed()) : "");
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Entries in the benchmark's daily update (OFAC adds a few dozen on a busy day). */
    static final int DAILY = 30;

    /** The snapshot without its {@code n} highest-numbered (newest) SDN entries. */
    private static Snapshot withoutNewest(Snapshot s, int n) {
        List<org.chokepoint.model.Entity> byNumber = new java.util.ArrayList<>(s.entities());
        byNumber.sort(java.util.Comparator.comparingLong(e -> Long.parseLong(e.sourceId())));
        return Snapshot.of(s.createdAt().minusSeconds(86_400), s.sources(), s.findings(), byNumber.subList(0, byNumber.size() - n));
    }

    private static Snapshot sdn(Path data, String release) throws IOException {
        // SDN primary file only: the 2024 release is bundled as that file alone, so compare like with like
        Path csv = data.resolve("lists/ofac-sdn").resolve(release).resolve("sdn.csv");
        return new SnapshotBuilder().source(OfacCsvSource.sdn(new OfacCsvFiles(csv, null, null, null, false))).build().snapshot();
    }

    private static long databaseBytes(Cases cases, Path home) throws IOException {
        if (!cases.database().isEmbedded()) {
            return cases.database().read(c -> Sql.longValue(c, "SELECT pg_database_size(current_database())"));
        }
        long n = 0;
        for (String f : List.of(StoreConfig.EMBEDDED_FILE, StoreConfig.EMBEDDED_FILE + "-wal")) {
            Path p = home.resolve(f);
            if (Files.exists(p)) n += Files.size(p);
        }
        return n;
    }

    /** Names made of real-looking tokens, drawn from one seed: the same N parties on every run. */
    static final class PartyGenerator {
        private static final List<String> FORMS = List.of("LTD", "LLC", "GMBH", "S.A.", "TRADING CO", "HOLDINGS", "INC", "GROUP", "JSC");
        private final List<String> given = new ArrayList<>(), surnames = new ArrayList<>(), companyWords = new ArrayList<>();
        private final List<String[]> listNames = new ArrayList<>(); // name, type
        private final Random random;

        PartyGenerator(Path namesDev, long seed) throws IOException {
            this.random = new Random(seed);
            LinkedHashSet<String> g = new LinkedHashSet<>(), s = new LinkedHashSet<>(), w = new LinkedHashSet<>();
            try (Stream<String> lines = Files.lines(namesDev)) {
                for (String line : (Iterable<String>) lines::iterator) {
                    JsonNode n = HitJson.JSON.readTree(line);
                    String name = n.path("name").asText(), type = n.path("type").asText(), category = n.path("category").asText();
                    if (category.equals("exact") && (type.equals("person") || type.equals("organization"))) listNames.add(new String[]{name, type});
                    String[] tokens = name.split("\\s+");
                    if (!tokens[0].chars().allMatch(Character::isLetter)) continue;
                    if (type.equals("person") && tokens.length >= 2) {
                        g.add(tokens[0]);
                        s.add(tokens[tokens.length - 1]);
                    } else if (type.equals("organization")) {
                        for (String t : tokens) if (t.length() > 3 && t.chars().allMatch(Character::isLetter)) w.add(t);
                    }
                }
            }
            given.addAll(g);
            surnames.addAll(s);
            companyWords.addAll(w);
        }

        List<PartyInput> generate(int n) {
            List<PartyInput> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String id = String.format("B%08d", i);
                int roll = random.nextInt(100);
                if (roll == 0) {
                    String[] l = listNames.get(random.nextInt(listNames.size()));
                    out.add(new PartyInput(id, l[0], l[1], null, null, List.of(), Map.of()));
                } else if (roll < 60) {
                    String name = pick(given) + (random.nextInt(4) == 0 ? " " + pick(given) : "") + " " + pick(surnames);
                    out.add(new PartyInput(id, name, "person", null, null, List.of(), Map.of()));
                } else {
                    String name = pick(companyWords) + (random.nextBoolean() ? " " + pick(companyWords) : "") + " " + pick(FORMS);
                    out.add(new PartyInput(id, name, "company", null, null, List.of(), Map.of()));
                }
            }
            return out;
        }

        private String pick(List<String> from) {
            return from.get(random.nextInt(from.size()));
        }
    }

    /** Samples the heap in use every 50 ms; it counts garbage not yet collected, so the peak is an upper bound of the need. */
    static final class HeapPeak {
        private final AtomicLong peak = new AtomicLong();
        private final Thread thread;
        private volatile boolean running = true;

        private HeapPeak() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            thread = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-peak");
            thread.setDaemon(true);
        }

        static HeapPeak start() {
            HeapPeak h = new HeapPeak();
            h.thread.start();
            return h;
        }

        long stop() {
            running = false;
            return peak.get();
        }
    }
}
