package org.chokepoint.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.chokepoint.app.Chokepoint;
import org.chokepoint.app.Config;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Schema;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

/**
 * The Spark benchmark (docs/benchmarks.md, "Spark"). {@code generate} writes N synthetic customer rows to Parquet:
 * one in ten is a real list name (a primary name of the snapshot) changed the way the development set changes
 * them (exact, words reordered, a typo, a word dropped, punctuation and case, a legal form added); the others are
 * fake people and companies recombined from the words of the development set's negative names, so that they look
 * like customers and mostly match nothing. {@code run} screens such a file with {@link ScreenJob} and prints one
 * line: rows, seconds, rows per second, the one-time cost of the executor's engine (snapshot, index, country table)
 * and the heap's peak.
 *
 * <pre>
 * spark/bin/chokepoint-spark bench generate --rows 1000000 --out target/customers-1m.parquet
 * CHOKEPOINT_SPARK_MASTER='local[2]' spark/bin/chokepoint-spark bench run --in target/customers-1m.parquet --partitions 4
 * </pre>
 */
public final class SparkBench {
    static final StructType CUSTOMERS = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("name", DataTypes.StringType, false)
            .add("type", DataTypes.StringType, false);
    private static final String[] LEGAL_FORMS = {"LLC", "CO., LTD.", "LIMITED", "JSC", "S.A.", "GMBH"};

    private SparkBench() {
    }

    public static void main(String[] args) {
        JobMain.run("bench", args, () -> {
            if (args.length == 0) throw new IllegalArgumentException("bench generate --rows N --out DIR | bench run --in DIR [--partitions P]");
            String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            try (SparkSession spark = SparkSession.builder().appName("chokepoint bench").getOrCreate()) {
                Chokepoint driver = Chokepoint.open(Config.fromEnvironment(), System.err::println);
                switch (args[0]) {
                    case "generate" -> generate(spark, driver, JobOptions.parse(rest, Set.of("rows", "out", "files", "seed")));
                    case "run" -> run(spark, driver, JobOptions.parse(rest, Set.of("in", "partitions", "out")));
                    default -> throw new IllegalArgumentException("unknown bench step '" + args[0] + "' (generate, run)");
                }
                return 0;
            }
        });
    }

    private static void generate(SparkSession spark, Chokepoint driver, JobOptions o) throws Exception {
        long rows = (long) o.number("rows", 1_000_000);
        int files = (int) o.number("files", 16);
        long seed = (long) o.number("seed", 13);
        List<String[]> listed = new ArrayList<>();
        for (Entity e : driver.snapshot().current().snapshot().entities()) {
            if (e.schema() == Schema.PERSON || e.schema() == Schema.ORGANIZATION || e.schema() == Schema.COMPANY) {
                listed.add(new String[]{e.primaryName().value(), e.schema() == Schema.PERSON ? "person" : "organization"});
            }
        }
        List<String> people = new ArrayList<>();
        List<String> companies = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        Path dev = Path.of(System.getProperty("chokepoint.eval", driver.config().dataDir().resolveSibling("eval").toString()), "names-dev.jsonl");
        for (String line : Files.readAllLines(dev, StandardCharsets.UTF_8)) {
            JsonNode n = json.readTree(line);
            String category = n.path("category").asText();
            if (category.equals("negative-person")) people.add(n.get("name").asText());
            else if (category.equals("negative-company")) companies.add(n.get("name").asText());
        }
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<Pools> pools = sc.broadcast(new Pools(listed, words(people), words(companies)));
        long perFile = (rows + files - 1) / files;
        // each file's rows are made as they are written, not held in memory (a 10,000,000-row table is 16 × 625,000)
        JavaRDD<Row> out = sc.parallelize(LongStream.range(0, files).boxed().toList(), files).flatMap(f -> {
            Random random = new Random(seed * 1_000_003 + f);
            Pools p = pools.value();
            return LongStream.range(f * perFile, Math.min(rows, (f + 1) * perFile)).mapToObj(i -> p.customer(i, random)).iterator();
        });
        long t0 = System.nanoTime();
        spark.createDataFrame(out, CUSTOMERS).write().mode(SaveMode.Overwrite).parquet(o.required("out"));
        System.out.printf(Locale.ROOT, "generated %,d rows (%,d list names to perturb, %,d + %,d negative names to recombine) in %d files, %.1f s%n",
                rows, listed.size(), people.size(), companies.size(), files, (System.nanoTime() - t0) / 1e9);
    }

    private static List<List<String>> words(List<String> names) {
        List<List<String>> out = new ArrayList<>();
        for (String n : names) out.add(List.of(n.strip().split("\\s+")));
        return out;
    }

    /** What the generator draws from: list names with their type, and the words of negative names by position. */
    record Pools(List<String[]> listed, List<List<String>> people, List<List<String>> companies) implements java.io.Serializable {
        Row customer(long i, Random random) {
            String id = String.format(Locale.ROOT, "c%09d", i);
            if (random.nextInt(10) == 0) {
                String[] l = listed.get(random.nextInt(listed.size()));
                return RowFactory.create(id, perturb(l[0], random), l[1]);
            }
            boolean person = random.nextInt(4) != 0;
            return RowFactory.create(id, recombine(person ? people : companies, random), person ? "person" : "organization");
        }

        /** A fake name: each word taken from the same position of another negative name (one-word names as they are). */
        private static String recombine(List<List<String>> names, Random random) {
            List<String> shape = names.get(random.nextInt(names.size()));
            List<String> words = new ArrayList<>();
            for (int k = 0; k < shape.size(); k++) {
                List<String> donor = names.get(random.nextInt(names.size()));
                words.add(donor.size() > k ? donor.get(k) : shape.get(k));
            }
            return String.join(" ", words);
        }

        static String perturb(String name, Random random) {
            List<String> words = new ArrayList<>(List.of(name.strip().split("\\s+")));
            switch (random.nextInt(6)) {
                case 0 -> { }
                case 1 -> Collections.reverse(words);
                case 2 -> {
                    int w = random.nextInt(words.size());
                    words.set(w, typo(words.get(w), random));
                }
                case 3 -> {
                    if (words.size() > 2) words.remove(1 + random.nextInt(words.size() - 2));
                }
                case 4 -> {
                    return String.join(" ", words).toLowerCase(Locale.ROOT).replaceAll("[.,'-]", "");
                }
                default -> words.add(LEGAL_FORMS[random.nextInt(LEGAL_FORMS.length)]);
            }
            return String.join(" ", words);
        }

        /** One letter changed, dropped, doubled or swapped with the next. */
        private static String typo(String word, Random random) {
            if (word.length() < 3) return word;
            int at = 1 + random.nextInt(word.length() - 2);
            StringBuilder b = new StringBuilder(word);
            switch (random.nextInt(4)) {
                case 0 -> b.setCharAt(at, (char) ('a' + random.nextInt(26)));
                case 1 -> b.deleteCharAt(at);
                case 2 -> b.insert(at, word.charAt(at));
                default -> {
                    char c = b.charAt(at);
                    b.setCharAt(at, b.charAt(at + 1));
                    b.setCharAt(at + 1, c);
                }
            }
            return b.toString();
        }
    }

    private static void run(SparkSession spark, Chokepoint driver, JobOptions o) throws Exception {
        String in = o.required("in");
        String out = o.get("out", Files.createTempDirectory("chokepoint-bench-hits").toString());
        List<String> args = new ArrayList<>(List.of("--in", in, "--out", out));
        if (o.has("partitions")) args.addAll(List.of("--partitions", o.get("partitions", null)));
        // the machine may be shared: CPU time spent says what the work costs, wall time what this run got
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        ScreenJob.Summary s = ScreenJob.run(spark, driver, JobOptions.parse(args.toArray(String[]::new), ScreenJob.OPTIONS));
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        Shipment.Opened opened = Shipment.openedIn(s.snapshotId());
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
        }
        System.gc();
        long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        // the per-row cost: the tasks' CPU time reading and screening rows, less the engine's one-time opening
        double rowCpu = (s.cpuMillis() - opened.cpuMillis()) / 1e3;
        System.out.printf(Locale.ROOT, "master %s, %d partitions: %,d rows, %,d hits in %.1f s = %,.0f rows/s (%,.0f rows/s after the engine's one-time"
                        + " %,d ms, %,d ms CPU); task CPU %.1f s = %,.0f rows per CPU-second (one-time cost excluded); process CPU %.1f s;"
                        + " heap peak %,d MB (sum of pool peaks), live after GC %,d MB, engines opened %d%n",
                spark.sparkContext().master(), s.parts(), s.records(), s.hits(), seconds, s.records() / seconds,
                s.records() / Math.max(0.001, seconds - opened.readyMillis() / 1e3), opened.readyMillis(), opened.cpuMillis(),
                s.cpuMillis() / 1e3, s.records() / Math.max(0.001, rowCpu), cpu, peak >> 20, live >> 20, Shipment.opens(s.snapshotId()));
    }
}
