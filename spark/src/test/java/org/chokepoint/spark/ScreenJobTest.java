package org.chokepoint.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Row;
import org.chokepoint.app.Chokepoint;
import org.chokepoint.app.ServedSnapshot;
import org.chokepoint.app.screen.Screening;
import org.chokepoint.app.screen.ScreeningRequest;
import org.chokepoint.match.Hit;
import org.chokepoint.match.ScreeningQuery;
import org.chokepoint.model.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job gives exactly the hits that {@code chokepoint screen --in} gives: the same records of the
 * development name set, screened by the command line's use case ({@code ScreeningService} on the active snapshot)
 * in this JVM and by {@link ScreenJob} in {@code local[2]} over several partitions.
 */
class ScreenJobTest {
    /** The first records of the development set: about 2 s of screening on one core. */
    private static final int SLICE = 3000;
    private static final double THRESHOLD = 0.80;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void theJobGivesTheHitsOfTheCommandLineOnTheDevelopmentSet() throws Exception {
        Path in = slice(tmp.resolve("names.jsonl"));
        Path out = tmp.resolve("hits.parquet");
        Chokepoint driver = LocalSpark.driver();
        ScreenJob.Summary s = ScreenJob.run(LocalSpark.session(), driver, JobOptions.parse(new String[]{"--in", in.toString(),
                "--threshold", String.valueOf(THRESHOLD), "--out", out.toString(), "--partitions", "5"}, ScreenJob.OPTIONS));

        List<String> expected = commandLineHits(driver, in);
        List<String> actual = new ArrayList<>();
        for (Row r : LocalSpark.session().read().parquet(out.toString()).collectAsList()) {
            actual.add(line(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getDouble(4), r.getString(5))
                    + " " + r.getString(6) + " " + r.getString(7));
        }
        String provenance = " " + driver.snapshot().current().id() + " " + driver.snapshot().current().provenance().matcherVersion();
        expected.replaceAll(e -> e + provenance);
        expected.sort(null);
        actual.sort(null);
        assertTrue(expected.size() > SLICE / 2, "the slice gives many hits: " + expected.size());
        assertEquals(expected, actual);
        assertEquals(SLICE, s.records());
        assertEquals(0, s.errors());
        assertEquals(expected.size(), s.hits());
        assertEquals(5, s.parts());
        assertTrue(s.cpuMillis() > 0, "the tasks' screening CPU time is counted");
        assertEquals(1, Shipment.opens(s.snapshotId()), "one engine per executor JVM, not one per partition");
    }

    @Test
    void aMisnamedColumnIsRefusedNamingTheColumnsTheInputHas() throws Exception {
        Path in = slice(tmp.resolve("names.jsonl"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScreenJob.run(LocalSpark.session(),
                LocalSpark.driver(), JobOptions.parse(new String[]{"--in", in.toString(), "--name-col", "full_name",
                        "--out", tmp.resolve("x").toString()}, ScreenJob.OPTIONS)));
        assertEquals("--name-col: the input has no column 'full_name' (it has: category, expect, id, locale, name, type)", e.getMessage());
    }

    @Test
    void rowsWithoutANameOrWithAnUnknownTypeAreCountedNotScreened() {
        assertEquals(null, ScreenJob.query("r1", " ", "person", null, null));
        assertEquals(null, ScreenJob.query("r2", "Kim Jong Un", "spaceship", null, null));
        assertEquals(new ScreeningQuery("Kim Jong Un", Schema.PERSON, "KP", null), ScreenJob.query("r3", "Kim Jong Un", "person", "KP", ""));
    }

    private static Path slice(Path target) throws Exception {
        Path dev = Path.of(System.getProperty("chokepoint.eval"), "names-dev.jsonl");
        try (var lines = Files.lines(dev, StandardCharsets.UTF_8)) {
            Files.write(target, lines.limit(SLICE).toList(), StandardCharsets.UTF_8);
        }
        return target;
    }

    /** The hits of the command line's batch screening of {@code in}: its records ({"id","name","type"}) through the same use case. */
    private static List<String> commandLineHits(Chokepoint engine, Path in) throws Exception {
        ServedSnapshot snapshot = engine.snapshot().current();
        List<String> hits = new ArrayList<>();
        for (String l : Files.readAllLines(in, StandardCharsets.UTF_8)) {
            JsonNode n = JSON.readTree(l);
            String id = n.get("id").asText();
            Schema schema = n.hasNonNull("type") ? Schema.parse(n.get("type").asText()).orElseThrow() : null;
            Screening s = engine.screening().screen(snapshot, new ScreeningRequest(id, new ScreeningQuery(n.get("name").asText(), schema, null, null), THRESHOLD));
            for (Hit h : s.hits()) {
                hits.add(line(id, h.entity().source(), h.entity().sourceId(), h.matchedName(), h.score(), h.explanation().summary()));
            }
        }
        return hits;
    }

    private static String line(String id, String source, String sourceId, String name, double score, String why) {
        return String.format(Locale.ROOT, "%s %s:%s %s %s %s", id, source, sourceId, Double.toString(score), name, why);
    }
}
