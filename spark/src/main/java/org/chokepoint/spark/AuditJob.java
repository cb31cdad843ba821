package org.chokepoint.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.chokepoint.app.Chokepoint;
import org.chokepoint.app.Config;
import org.chokepoint.app.audit.AuditOutcome;
import org.chokepoint.app.audit.AuditService;
import org.chokepoint.app.audit.AuditService.AuditOptions;
import org.chokepoint.app.audit.CodeJudgement;
import org.chokepoint.app.json.AuditJson;
import org.chokepoint.app.report.AuditHtmlReport;
import org.chokepoint.audit.AuditResult;
import org.chokepoint.audit.Auditor;
import org.chokepoint.audit.CodeVerdict;
import org.chokepoint.audit.ColumnProfile;
import org.chokepoint.audit.RowVerdict;
import org.chokepoint.sources.audit.ExportAudit;
import scala.Tuple2;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.apache.spark.sql.functions.col;

/**
 * Audits an export too large for one machine for destinations hidden behind codes, with the decoding of
 * {@code chokepoint audit}. The driver profiles the columns from the header and the first
 * {@value ExportAudit#SAMPLE_ROWS} rows, as the command line does; each partition counts its rows' evidence per
 * code ({@link Auditor#evidence()}); the driver combines the partitions' counts in file order
 * ({@link Auditor#absorb}), decodes and judges them exactly as the command line does, and writes one output row per
 * row that hides a code.
 *
 * <pre>
 * spark-submit --class org.chokepoint.spark.AuditJob chokepoint-spark.jar --in projects.csv --out rows.parquet \
 *     --json audit.json --report audit.html
 * </pre>
 *
 * Line numbers count records from the table's start (in a CSV the header is line 1): they are the file's lines
 * when no record spans lines and none is blank. The table's columns are read in the order Spark gives them (a
 * JSON lines file's keys come sorted).
 */
public final class AuditJob {
    static final Set<String> OPTIONS = Set.of("in", "format", "out", "out-format", "json", "report", "no-judge", "as-of");

    /** The row-level table: one row per record whose country cell holds a code. */
    static final StructType ROWS = new StructType()
            .add("line", DataTypes.LongType, false)
            .add("id", DataTypes.StringType, true)
            .add("code", DataTypes.StringType, false)
            .add("country", DataTypes.StringType, true)
            .add("probability", DataTypes.DoubleType, false)
            .add("inherited", DataTypes.BooleanType, false)
            .add("evidence", DataTypes.StringType, true)
            .add("code_country", DataTypes.StringType, true)
            .add("code_confidence", DataTypes.DoubleType, false)
            .add("code_kind", DataTypes.StringType, false)
            .add("code_worst_verdict", DataTypes.StringType, true);

    private AuditJob() {
    }

    public static void main(String[] args) {
        JobMain.run("audit", args, () -> {
            JobOptions o = JobOptions.parse(args, OPTIONS);
            try (SparkSession spark = SparkSession.builder().appName("chokepoint audit").getOrCreate()) {
                Chokepoint driver = Chokepoint.open(Config.fromEnvironment(), System.err::println);
                AuditOutcome outcome = run(spark, driver, o);
                AuditResult r = outcome.result();
                System.err.printf(Locale.ROOT, "%s: %,d rows, %,d name a country openly, %,d codes%n", r.file(), r.rows(), r.openRows(), r.codes().size());
                if (r.reason() != null) System.err.println("note: " + r.reason());
                for (CodeJudgement j : outcome.judgements()) j.lines().forEach(l -> System.err.println("  " + l));
                return switch (r.status()) {
                    case NOTHING_HIDDEN -> 0;
                    case CODES_FOUND, HIDDEN_IN_BLANKS -> 1;
                    case NOT_JUDGEABLE -> 3;
                };
            }
        });
    }

    static AuditOutcome run(SparkSession spark, Chokepoint driver, JobOptions o) throws IOException {
        String in = o.required("in");
        AuditOptions options = o.has("no-judge") && Boolean.parseBoolean(o.get("no-judge", "false")) ? AuditOptions.decodeOnly()
                : AuditOptions.judged(o.has("as-of") ? LocalDate.parse(o.get("as-of", null)) : null);
        Dataset<Row> table = Tables.read(spark, in, o.get("format", null), o.readerOptions());
        List<String> header = List.of(table.columns());
        Column[] asText = header.stream().map(h -> col("`" + h + "`").cast("string")).toArray(Column[]::new);
        // a CSV's header is its first line; other tables number their records from 1
        long firstLine = isCsv(in, o) ? 2 : 1;
        JavaPairRDD<Row, Long> numbered = table.select(asText).javaRDD().zipWithIndex();
        AuditService audits = driver.audits();
        List<List<String>> first = numbered.keys().take(ExportAudit.SAMPLE_ROWS).stream().map(AuditJob::cells)
                .filter(AuditJob::filled).toList();
        List<ColumnProfile> columns = audits.profile(header, first);
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Shipment shipment = Shipment.ofRefdata(sc, driver);
        List<byte[]> parts = numbered.mapPartitions(rows -> count(shipment, in, columns, firstLine, rows)).collect();
        Auditor combined = audits.auditor(in, columns);
        for (byte[] part : parts) combined.absorb(evidence(part));
        AuditOutcome outcome = audits.judge(combined.finish(), options);
        if (o.has("out")) Tables.write(spark.createDataFrame(rows(outcome), ROWS), o.get("out", null), o.get("out-format", "parquet"));
        if (o.has("json")) Files.writeString(Path.of(o.get("json", null)), AuditJson.pretty(outcome) + "\n", StandardCharsets.UTF_8);
        if (o.has("report")) {
            Files.writeString(Path.of(o.get("report", null)), AuditHtmlReport.render(outcome.result(), audits::countryName, outcome.judgements()),
                    StandardCharsets.UTF_8);
        }
        return outcome;
    }

    private static boolean isCsv(String in, JobOptions o) {
        String f = o.get("format", null);
        return f != null ? f.equalsIgnoreCase("csv") : in.toLowerCase(Locale.ROOT).matches(".*\\.csv(\\.gz)?/?");
    }

    /** One partition's evidence, counted by the executor's auditor and sent to the driver as bytes. */
    private static Iterator<byte[]> count(Shipment shipment, String name, List<ColumnProfile> columns, long firstLine,
                                          Iterator<Tuple2<Row, Long>> rows) throws IOException {
        Auditor auditor = shipment.engine().audits().auditor(name, columns);
        while (rows.hasNext()) {
            Tuple2<Row, Long> r = rows.next();
            List<String> cells = cells(r._1());
            if (filled(cells)) auditor.accept(r._2() + firstLine, cells);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(auditor.evidence());
        }
        return List.of(bytes.toByteArray()).iterator();
    }

    private static Auditor.Evidence evidence(byte[] part) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(part))) {
            return (Auditor.Evidence) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new UncheckedIOException("cannot read a partition's audit evidence", e instanceof IOException io ? io : new IOException(e));
        }
    }

    private static List<String> cells(Row r) {
        String[] cells = new String[r.length()];
        for (int i = 0; i < cells.length; i++) cells[i] = r.isNullAt(i) ? "" : r.getString(i);
        return Arrays.asList(cells);
    }

    /** Whether a record has any cell filled (the command line skips blank records too). */
    private static boolean filled(List<String> cells) {
        for (String c : cells) if (!c.isBlank()) return true;
        return false;
    }

    /** The row-level results: every decoded row with its code's verdict. */
    static List<Row> rows(AuditOutcome outcome) {
        List<Row> out = new ArrayList<>();
        List<CodeVerdict> codes = outcome.result().codes();
        for (int i = 0; i < codes.size(); i++) {
            CodeVerdict c = codes.get(i);
            String worst = outcome.judged() ? outcome.judgements().get(i).worst().name() : null;
            for (RowVerdict v : c.verdicts()) {
                out.add(RowFactory.create(v.line(), v.id(), v.code(), v.country(), v.probability(), v.inherited(),
                        v.evidence().isEmpty() ? null : String.join("; ", v.evidence()), c.country(), c.confidence(), c.kind().name(), worst));
            }
        }
        return out;
    }
}
