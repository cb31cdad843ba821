package org.chokepoint.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.chokepoint.app.Chokepoint;
import org.chokepoint.app.Config;
import org.chokepoint.app.ServedSnapshot;
import org.chokepoint.app.screen.Screening;
import org.chokepoint.app.screen.ScreeningRequest;
import org.chokepoint.app.screen.ScreeningService;
import org.chokepoint.match.Hit;
import org.chokepoint.match.Screener;
import org.chokepoint.match.ScreeningQuery;
import org.chokepoint.model.Schema;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * Screens every row of a table against a list snapshot, on a cluster, with the engine and the answers of
 * {@code chokepoint screen --in}: one output row per hit.
 *
 * <pre>
 * spark-submit --class org.chokepoint.spark.ScreenJob chokepoint-spark.jar \
 *     --in customers.parquet --id-col customer_id --name-col full_name --country-col nationality --out hits.parquet
 * </pre>
 *
 * gives rows such as {@code {input_id: "d000001", source: "ofac-sdn", source_id: "16560", list_name: "Alfonso LIMON
 * SANCHEZ", score: 1.0, explanation: "…", snapshot_id: "46b719ea…", matcher_version: "names-7"}}. A row without a
 * name, or with a type the engine does not know, is not screened: it is counted, the first few are printed, and
 * the job exits with status 1, as the command line does.
 */
public final class ScreenJob {
    static final Set<String> OPTIONS = Set.of("in", "format", "id-col", "name-col", "type-col", "country-col", "birth-date-col",
            "threshold", "snapshot", "out", "out-format", "partitions");

    /** The hits table's columns. */
    static final StructType HITS = new StructType()
            .add("input_id", DataTypes.StringType, true)
            .add("source", DataTypes.StringType, false)
            .add("source_id", DataTypes.StringType, false)
            .add("list_name", DataTypes.StringType, false)
            .add("score", DataTypes.DoubleType, false)
            .add("explanation", DataTypes.StringType, false)
            .add("snapshot_id", DataTypes.StringType, false)
            .add("matcher_version", DataTypes.StringType, false);

    /**
     * Spark splits files by bytes, into parts of at least 4 MB (the 4.4 MB development set is read as a 4 MB part and
     * a 0.4 MB one), which suits rows that are cheap to process; screening a row costs far more than reading it.
     * Without {@code --partitions}, a table read as fewer parts than this many per core is spread over that many,
     * so that every core works and no part holds up the end.
     */
    static final int PARTS_PER_CORE = 3;

    private ScreenJob() {
    }

    /**
     * What a run did. @param records rows read @param hits rows written @param errors rows not screened
     * @param parts     the partitions the rows were screened in
     * @param cpuMillis CPU time the tasks spent reading and screening their rows (the engine's opening included;
     *                  writing the hits not), summed over the executors: what the work costs, however loaded the machine
     */
    record Summary(long records, long hits, long errors, String snapshotId, int parts, long seconds, long cpuMillis) {
    }

    public static void main(String[] args) {
        JobMain.run("screen", args, () -> {
            JobOptions o = JobOptions.parse(args, OPTIONS);
            try (SparkSession spark = SparkSession.builder().appName("chokepoint screen").getOrCreate()) {
                Summary s = run(spark, Chokepoint.open(Config.fromEnvironment(), System.err::println), o);
                System.err.printf(Locale.ROOT, "%,d records screened against snapshot %s: %,d hits, %,d not screened, %d s (%d parts, screening CPU %,d s)%n",
                        s.records(), s.snapshotId().substring(0, 12), s.hits(), s.errors(), s.seconds(), s.parts(), s.cpuMillis() / 1000);
                return s.errors() > 0 || s.records() == 0 ? 1 : 0;
            }
        });
    }

    static Summary run(SparkSession spark, Chokepoint driver, JobOptions o) throws Exception {
        long t0 = System.nanoTime();
        double threshold = o.number("threshold", Screener.DEFAULT_THRESHOLD);
        if (!(threshold >= 0 && threshold <= 1)) throw new IllegalArgumentException("--threshold must be between 0 and 1, not " + threshold);
        Dataset<Row> in = Tables.read(spark, o.get("in", null), o.get("format", null), o.readerOptions());
        Dataset<Row> fields = in.select(text(in, o, "id-col", "id", true), text(in, o, "name-col", "name", true),
                text(in, o, "type-col", "type", false), text(in, o, "country-col", "country", false),
                text(in, o, "birth-date-col", "birthDate", false));
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int given = fields.rdd().getNumPartitions();
        int parts = o.has("partitions") ? (int) o.number("partitions", 1) : Math.max(given, PARTS_PER_CORE * sc.defaultParallelism());
        if (parts < 1) throw new IllegalArgumentException("--partitions must be at least 1, not " + parts);
        // fewer parts than the input has are merged without a shuffle; more need one
        if (parts < given) fields = fields.coalesce(parts);
        else if (parts > given) fields = fields.repartition(parts);
        // the driver only ships the snapshot: it loads it (compiling the bundled lists) only when its home has none active
        String snapshotId = o.has("snapshot") ? o.get("snapshot", null)
                : driver.snapshot().store().activeId().orElseGet(() -> driver.snapshot().current().id());
        Shipment shipment = Shipment.ofSnapshot(sc, driver, snapshotId);
        LongAccumulator records = sc.sc().longAccumulator("records");
        LongAccumulator errors = sc.sc().longAccumulator("not screened");
        LongAccumulator found = sc.sc().longAccumulator("hits");
        LongAccumulator cpu = sc.sc().longAccumulator("screening CPU ms");
        JavaRDD<Row> hits = fields.javaRDD().mapPartitions(rows -> screen(shipment, threshold, rows, new LongAccumulator[]{records, errors, found, cpu}));
        Dataset<Row> table = spark.createDataFrame(hits, HITS);
        String out = o.required("out");
        Tables.write(table, out, o.get("out-format", "parquet"));
        return new Summary(records.value(), found.value(), errors.value(), shipment.snapshotId(), parts, (System.nanoTime() - t0) / 1_000_000_000,
                cpu.value());
    }

    /**
     * The column an option names, as text; the default name when the option is not given (skipped when that column
     * is absent and the field is optional).
     */
    private static Column text(Dataset<Row> in, JobOptions o, String option, String fallback, boolean required) {
        String name = o.get(option, null);
        if (name == null && !required && !List.of(in.columns()).contains(fallback)) return lit(null).cast("string");
        Tables.column(in, name == null ? fallback : name, option);
        return col("`" + (name == null ? fallback : name) + "`").cast("string");
    }

    /** One partition's rows through the engine of this executor (opened on the first partition only). */
    private static Iterator<Row> screen(Shipment shipment, double threshold, Iterator<Row> rows, LongAccumulator[] counts) {
        long cpu0 = threadCpuNanos();
        Chokepoint engine = shipment.engine();
        ScreeningService screening = engine.screening();
        ServedSnapshot snapshot = engine.snapshot().current();
        List<Row> out = new ArrayList<>();
        while (rows.hasNext()) {
            Row r = rows.next();
            counts[0].add(1);
            String id = r.getString(0);
            ScreeningQuery query = query(id, r.getString(1), r.getString(2), r.getString(3), r.getString(4));
            if (query == null) {
                counts[1].add(1);
                continue;
            }
            Screening s = screening.screen(snapshot, new ScreeningRequest(id, query, threshold));
            counts[2].add(s.hits().size());
            for (Hit h : s.hits()) {
                out.add(RowFactory.create(id, h.entity().source(), h.entity().sourceId(), h.matchedName(), h.score(),
                        h.explanation().summary(), s.provenance().snapshotId(), s.provenance().matcherVersion()));
            }
        }
        counts[3].add((threadCpuNanos() - cpu0) / 1_000_000);
        return out.iterator();
    }

    /** The CPU time of the current thread (a task's thread, in an executor). */
    static long threadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** The query a row stands for, or null when it cannot be screened (no name, or a type the engine does not know). */
    static ScreeningQuery query(String id, String name, String type, String country, String birthDate) {
        if (name == null || name.isBlank()) {
            JobMain.warnOnce("record " + id + ": no name; not screened");
            return null;
        }
        Schema schema = null;
        if (type != null && !type.isBlank()) {
            schema = Schema.parse(type).orElse(null);
            if (schema == null) {
                JobMain.warnOnce("record " + id + ": unknown type '" + type + "' (person, organization, company, vessel or aircraft); not screened");
                return null;
            }
        }
        return new ScreeningQuery(name, schema, blankToNull(country), blankToNull(birthDate));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
