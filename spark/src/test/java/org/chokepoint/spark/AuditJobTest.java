package org.chokepoint.spark;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.spark.sql.Row;
import org.chokepoint.app.Chokepoint;
import org.chokepoint.app.audit.AuditOutcome;
import org.chokepoint.app.audit.AuditService.AuditOptions;
import org.chokepoint.app.json.AuditJson;
import org.chokepoint.audit.CodeVerdict;
import org.chokepoint.audit.RowVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On the development export, {@link AuditJob} gives the codes, probabilities, row verdicts and judgements of
 * {@code chokepoint audit} (its use case, {@code AuditService.audit}, run in this JVM): the export is read as
 * several partitions whose evidence is counted apart and combined on the driver.
 */
class AuditJobTest {
    private static final Path EXPORT = Path.of(System.getProperty("chokepoint.eval"), "audit", "projects-dev.csv").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    @Test
    void theJobGivesTheAuditOfTheCommandLineOnTheDevelopmentExport() throws Exception {
        Chokepoint driver = LocalSpark.driver();
        AuditOutcome cli = driver.audits().audit(EXPORT, AuditOptions.judged(null), done -> { });
        Path rows = tmp.resolve("rows.parquet");
        AuditOutcome spark = AuditJob.run(LocalSpark.session(), driver, JobOptions.parse(new String[]{"--in", EXPORT.toString(),
                "--out", rows.toString(), "--json", tmp.resolve("audit.json").toString()}, AuditJob.OPTIONS));

        assertTrue(LocalSpark.session().read().option("header", "true").csv(EXPORT.toString()).javaRDD().getNumPartitions() >= 3,
                "the export is read in several parts");
        assertTrue(cli.result().codes().size() >= 3, "the development export hides several codes");
        JsonNode expected = AuditJson.toJson(cli);
        assertEquals(expected, AuditJson.toJson(spark));
        assertEquals(AuditJson.pretty(cli) + "\n", Files.readString(tmp.resolve("audit.json")), "--json writes what audit --json prints");

        List<String> expectedRows = new ArrayList<>();
        for (CodeVerdict c : cli.result().codes()) {
            for (RowVerdict v : c.verdicts()) {
                expectedRows.add(String.format(Locale.ROOT, "%d %s %s %s %s %s", v.line(), v.id(), v.code(), v.country(), Double.toString(v.probability()), v.inherited()));
            }
        }
        List<String> actualRows = new ArrayList<>();
        for (Row r : LocalSpark.session().read().parquet(rows.toString()).orderBy("line").collectAsList()) {
            actualRows.add(String.format(Locale.ROOT, "%d %s %s %s %s %s", r.getLong(0), r.getString(1), r.getString(2), r.getString(3),
                    Double.toString(r.getDouble(4)), r.getBoolean(5)));
        }
        expectedRows.sort((a, b) -> Long.compare(Long.parseLong(a.split(" ")[0]), Long.parseLong(b.split(" ")[0])));
        assertEquals(expectedRows, actualRows);
    }
}
