package org.chokepoint.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chokepoint.app.report.BatchSummary;
import org.chokepoint.app.Chokepoint;
import org.chokepoint.app.Config;
import org.chokepoint.app.decide.DecisionOptions;
import org.chokepoint.app.decide.DecisionRun;
import org.chokepoint.rules.Decision;
import org.chokepoint.rules.Transaction;
import org.chokepoint.sources.transaction.TransactionFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

/**
 * Throughput of {@code decide}: generates N transactions as JSON lines (seeded, so every run decides the same
 * batch), then reads and decides them over the bundled lists with every rule, on all cores, and prints
 * transactions per second and per-transaction latency percentiles. List loading is timed separately.
 */
@Command(name = "decide", mixinStandardHelpOptions = true, description = "Throughput of transaction decisions on generated transactions.")
public final class DecideBench implements Callable<Integer> {
    @Option(names = "--count", description = "transactions to generate (default ${DEFAULT-VALUE})")
    int count = 100_000;

    @Option(names = "--seed", description = "generator seed (default ${DEFAULT-VALUE})")
    long seed = 2026;

    @Option(names = "--counterparties", description = "distinct counterparties the transactions draw from (default ${DEFAULT-VALUE})")
    int counterparties = 20_000;

    @Option(names = "--file", description = "keep the generated JSON lines here (default: a temporary file, deleted)")
    Path file;

    private static final String[] COUNTRIES = {"DE", "FR", "GB", "JP", "CN", "CN", "HK", "AE", "TR", "IN", "RU", "BY", "KP", "IR", "SY", "CU", "US", "BR", "KZ", "VN"};
    private static final String[] ECCNS = {"EAR99", "EAR99", "EAR99", "5A991", "5A992", "5D992", "4A994", "3A991", "5A001", "5A002", "3A001", "9A515.x", "0A606",
            "5A001.b.1", "3C001", "4A003.b", "3A090.a", "5A992.c"};
    private static final String[] WORDS = {"Nordic", "Valve", "Precision", "Harbor", "Golden", "Star", "Eastern", "Pacific", "Union", "Tech",
            "Trading", "Industrial", "Machinery", "Electronics", "Systems", "Global", "Alpine", "Delta", "Summit", "River"};
    /** Real list names mixed in so that a share of the batch produces hits (as in production). */
    private static final String[] LISTED = {"Dandong Kehua Economy & Trade Co., Ltd.", "Panda International Information Technology Co., Ltd.",
            "Korea Mining Development Trading Corporation", "Mahan Air", "Aurum Ship Management FZC"};
    private static final String[] TRANSIT = {"Dandong (CN)", "Dubai (AE)", "Hong Kong (HK)", "Rotterdam (NL)", "Singapore (SG)", "Busan (KR)"};
    private static final String[] ROLES = {"buyer", "consignee", "end user", "freight forwarder", "bank"};

    @Override
    public Integer call() throws IOException {
        Path tx = file != null ? file : Files.createTempFile("decide-bench", ".jsonl");
        try {
            long g0 = System.nanoTime();
            generate(tx, count, counterparties, seed);
            System.out.printf(Locale.ROOT, "generated %,d transactions among %,d counterparties in %.1f s (%,d bytes)%n", count, counterparties, (System.nanoTime() - g0) / 1e9, Files.size(tx));

            long l0 = System.nanoTime();
            Chokepoint engine = Chokepoint.open(Config.fromEnvironment(), System.err::println);
            DecisionRun loaded = engine.decisions().prepare(DecisionOptions.defaults());
            System.out.printf(Locale.ROOT, "loaded lists and built the index in %.1f s: %s%n", (System.nanoTime() - l0) / 1e9, loaded.provenanceLine());

            // warm-up on a slice so the JIT has compiled the hot paths before timing
            List<Transaction> txs = new ArrayList<>(count);
            txs.addAll(TransactionFiles.readAll(tx));
            LocalDate today = LocalDate.of(2026, 11, 23);
            txs.stream().limit(Math.min(5_000, txs.size())).parallel().forEach(t -> loaded.engine().decide(t, null, today));

            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            List<Transaction> again = new ArrayList<>(count);
            again.addAll(TransactionFiles.readAll(tx));
            long readNanos = System.nanoTime() - t0;
            long[] nanos = new long[again.size()];
            Decision[] out = new Decision[again.size()];
            IntStream.range(0, again.size()).parallel().forEach(i -> {
                long s = System.nanoTime();
                out[i] = loaded.engine().decide(again.get(i), null, today);
                nanos[i] = System.nanoTime() - s;
            });
            long total = System.nanoTime() - t0;
            long cpu = processCpuNanos() - cpu0;
            BatchSummary summary = new BatchSummary();
            Arrays.stream(out).forEach(summary::add);
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "read + decided %,d transactions in %.2f s (read %.2f s) on %d cores: %,.0f transactions/s%n",
                    again.size(), total / 1e9, readNanos / 1e9, Runtime.getRuntime().availableProcessors(), again.size() / (total / 1e9));
            System.out.printf(Locale.ROOT, "process CPU time %.1f s: %,.0f transactions per CPU-second (the machine is shared: wall-clock"
                    + " throughput depends on the other load, CPU time much less)%n", cpu / 1e9, again.size() / (cpu / 1e9));
            System.out.printf(Locale.ROOT, "per transaction (decide only, per thread): p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                    pct(nanos, 0.50), pct(nanos, 0.90), pct(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
            System.out.println(summary.line());
            return 0;
        } finally {
            if (file == null) Files.deleteIfExists(tx);
        }
    }

    private static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0L;
    }

    private static double pct(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))] / 1e6;
    }

    /** A counterparty of the generated book: its name, country and address stay the same in every transaction. */
    private record Counterparty(String name, String country, String address) {
    }

    static void generate(Path file, int n, int counterparties, long seed) throws IOException {
        ObjectMapper m = new ObjectMapper();
        Random r = new Random(seed);
        Counterparty[] pool = new Counterparty[counterparties];
        for (int i = 0; i < pool.length; i++) {
            String name = r.nextInt(200) == 0 ? LISTED[r.nextInt(LISTED.length)] : name(r) + " " + (i % 97);
            pool[i] = new Counterparty(name, COUNTRIES[r.nextInt(COUNTRIES.length)],
                    (100 + r.nextInt(900)) + " " + WORDS[r.nextInt(WORDS.length)] + " Road" + (r.nextInt(40) == 0 ? ", P.O. Box 12" : ""));
        }
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                ObjectNode t = m.createObjectNode();
                t.put("id", "G" + i);
                t.put("date", LocalDate.of(2012, 1, 1).plusDays(r.nextInt(5400)).toString());
                t.put("currency", "USD");
                Counterparty endUser = pool[r.nextInt(pool.length)];
                String dest = endUser.country();
                ArrayNode parties = t.putArray("parties");
                int np = 2 + r.nextInt(3);
                for (int p = 0; p < np; p++) {
                    Counterparty c = p == 0 ? endUser : pool[r.nextInt(pool.length)];
                    ObjectNode party = parties.addObject();
                    party.put("role", p == 0 ? "end user" : ROLES[r.nextInt(ROLES.length)]);
                    party.put("name", c.name());
                    party.put("country", c.country());
                    party.put("address", c.address());
                }
                ArrayNode items = t.putArray("items");
                int ni = 1 + r.nextInt(3);
                for (int k = 0; k < ni; k++) {
                    ObjectNode it = items.addObject();
                    it.put("description", "equipment " + k);
                    it.put("eccn", ECCNS[r.nextInt(ECCNS.length)]);
                    it.put("hsCode", "8517.62");
                    int value = 1_000 + r.nextInt(2_000_000);
                    it.put("quantity", 1 + r.nextInt(100));
                    it.put("value", value);
                    it.put("usContent", r.nextInt(value / 3 + 1));
                    it.put("originCountry", r.nextInt(5) == 0 ? "US" : COUNTRIES[r.nextInt(COUNTRIES.length)]);
                }
                ObjectNode route = t.putObject("route");
                route.put("origin", "Shanghai (CN)");
                ArrayNode transit = route.putArray("transit");
                if (r.nextInt(4) == 0) transit.add(TRANSIT[r.nextInt(TRANSIT.length)]);
                route.put("destination", dest);
                t.put("endUse", r.nextInt(30) == 0 ? "military radar upgrade" : "commercial telecommunications network");
                t.put("payment", r.nextInt(40) == 0 ? "cash" : "letter of credit");
                w.write(m.writeValueAsString(t));
                w.newLine();
            }
        }
    }

    private static String name(Random r) {
        return WORDS[r.nextInt(WORDS.length)] + " " + WORDS[r.nextInt(WORDS.length)] + " " + WORDS[r.nextInt(WORDS.length)]
                + (r.nextBoolean() ? " Co., Ltd." : " GmbH");
    }
}
