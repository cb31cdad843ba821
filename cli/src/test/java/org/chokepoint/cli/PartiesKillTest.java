package org.chokepoint.cli;

import org.chokepoint.app.Chokepoint;
import org.chokepoint.app.Config;
import org.chokepoint.cases.Cases;
import org.chokepoint.cases.CasesOptions;
import org.chokepoint.cases.db.Database;
import org.chokepoint.cases.db.Sql;
import org.chokepoint.cases.db.StoreConfig;
import org.chokepoint.cases.parties.PartyFile;
import org.chokepoint.cases.parties.PartyInput;
import org.chokepoint.cases.trail.Trail;
import org.chokepoint.model.Snapshot;
import org.chokepoint.sources.ofac.OfacCsvFiles;
import org.chokepoint.sources.ofac.OfacCsvSource;
import org.chokepoint.sources.snapshot.SnapshotBuilder;
import org.chokepoint.sources.snapshot.SnapshotStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real {@code chokepoint} process killed with SIGKILL in the middle of an import and of a re-screen: the store keeps
 * whole transactions only, the trail still verifies, and running the command again completes the work.
 */
class PartiesKillTest {
    private static final Path DATA = Path.of(System.getProperty("chokepoint.data"));
    private static final int ROWS = 100_000, BATCH = 250;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void killedImportKeepsWholeBatchesAndResumes(String kind) throws Exception {
        Path home = dir.resolve("home");
        Files.createDirectories(home);
        StoreConfig store = kind.equals("sqlite") ? StoreConfig.embedded(home) : freshPostgres();
        Path csv = dir.resolve("big.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("id,name,type,country\n");
            for (int i = 0; i < ROWS; i++) w.write(String.format("P%07d,Party Number %d Trading,company,GB%n", i, i));
        }
        Process p = child(home, store, "parties", "import", csv.toString(), "--no-screen", "--batch", String.valueOf(BATCH));
        long seen = waitFor(store, "SELECT COUNT(*) FROM parties", n -> n >= 5 * BATCH, p);
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        assertTrue(seen < ROWS, "the import finished before it could be killed (" + seen + ")");

        long kept;
        try (Database db = Database.open(store)) {
            kept = count(db, "SELECT COUNT(*) FROM parties");
            assertTrue(kept >= seen && kept < ROWS, "kept " + kept);
            assertEquals(0, kept % BATCH, "whole batches only: " + kept);
            assertEquals(kept, count(db, "SELECT COUNT(*) FROM party_versions"));
            assertEquals(0, count(db, "SELECT COUNT(*) FROM parties p WHERE NOT EXISTS (SELECT 1 FROM party_versions v"
                    + " WHERE v.party_id = p.party_id AND v.version = p.version)"));
            assertEquals(0, count(db, "SELECT COUNT(*) FROM party_versions v WHERE NOT EXISTS (SELECT 1 FROM parties p"
                    + " WHERE p.party_id = v.party_id)"));
            assertTrue(new Trail(db).verify().ok());
            assertEquals(kept / BATCH, count(db, "SELECT COUNT(*) FROM trail WHERE kind = 'parties.upsert'"));
        }

        Process again = child(home, store, "parties", "import", csv.toString(), "--no-screen", "--batch", String.valueOf(BATCH));
        assertTrue(again.waitFor(90, TimeUnit.SECONDS), "the second import did not finish");
        String out = Files.readString(home.resolve("child.log"));
        assertEquals(0, again.exitValue(), out);
        assertTrue(out.contains(String.format("big.csv: %,d created, 0 changed, %,d unchanged, 0 rejected, 0 alerts opened",
                ROWS - kept, kept)), out);
        try (Database db = Database.open(store)) {
            assertEquals(ROWS, count(db, "SELECT COUNT(*) FROM parties"));
            assertEquals(ROWS, count(db, "SELECT COUNT(*) FROM party_versions"));
            assertTrue(new Trail(db).verify().ok());
            assertEquals(ROWS / BATCH, count(db, "SELECT COUNT(*) FROM trail WHERE kind = 'parties.upsert'"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void killedRescreenLeavesWholeCasesAndASecondRunMatchesACleanOne(String kind) throws Exception {
        Path home = dir.resolve("home");
        Snapshot sdn = new SnapshotBuilder().source(OfacCsvSource.sdn(new OfacCsvFiles(
                DATA.resolve("lists/ofac-sdn/2021-07-07/sdn.csv"), null, null, null, false))).build().snapshot();
        SnapshotStore snapshots = new SnapshotStore(home);
        snapshots.save(sdn);
        snapshots.activate(sdn.id());
        Path names = dir.resolve("names.jsonl");
        List<String> lines = Files.readAllLines(Path.of(System.getProperty("chokepoint.eval")).resolve("names-dev.jsonl"));
        Files.write(names, lines.subList(0, 6_000));
        StoreConfig store = kind.equals("sqlite") ? StoreConfig.embedded(home) : freshPostgres();

        Process load = child(home, store, "parties", "import", names.toString(), "--no-screen", "--batch", "2000");
        assertTrue(load.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, load.exitValue(), Files.readString(home.resolve("child.log")));

        Process p = child(home, store, "parties", "rescreen");
        waitFor(store, "SELECT COUNT(*) FROM alerts", n -> n > 0, p);
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        try (Database db = Database.open(store)) {
            assertEquals(0, count(db, "SELECT COUNT(*) FROM alerts a WHERE NOT EXISTS (SELECT 1 FROM cases c WHERE c.case_id = a.case_id)"));
            assertEquals(0, count(db, "SELECT COUNT(*) FROM cases c WHERE NOT EXISTS (SELECT 1 FROM alerts a WHERE a.case_id = c.case_id)"));
            assertTrue(new Trail(db).verify().ok());
            assertEquals(0, count(db, "SELECT COUNT(*) FROM trail WHERE kind = 'monitor.rescreen'"), "killed before its end");
        }

        Process again = child(home, store, "parties", "rescreen");
        assertTrue(again.waitFor(90, TimeUnit.SECONDS));
        assertEquals(0, again.exitValue(), Files.readString(home.resolve("child.log")));
        TreeSet<String> resumed;
        try (Database db = Database.open(store)) {
            assertTrue(new Trail(db).verify().ok());
            resumed = openPairs(db);
        }

        // the same parties and snapshot, re-screened once without a kill
        Chokepoint engine = Chokepoint.open(Config.of(DATA, home), n -> { });
        TreeSet<String> clean;
        try (Cases cases = Cases.open(engine, StoreConfig.embedded(dir.resolve("clean")), CasesOptions.defaults());
             PartyFile in = PartyFile.open(names)) {
            List<PartyInput> all = new ArrayList<>();
            for (PartyFile.Row r; (r = in.next()) != null; ) all.add(r.party());
            cases.parties().upsert(all, "test", false);
            cases.monitor().rescreenAll("test", null);
            clean = openPairs(cases.database());
        }
        assertTrue(clean.size() > 500, "open alerts " + clean.size());
        assertEquals(clean, resumed);
    }

    /**
     * Killed during the delta re-screen that follows a list change: the activation stays RUNNING with the cursor of
     * its last committed chunk, and the next {@code parties monitor} resumes from there to the alerts a full
     * re-screen on the new snapshot gives.
     */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void killedDeltaRescreenResumesFromItsCursor(String kind) throws Exception {
        Path home = dir.resolve("home");
        Snapshot before = sdn("2021-07-07"), after = sdn("2024-05-03");
        SnapshotStore snapshots = new SnapshotStore(home);
        snapshots.save(before);
        snapshots.save(after);
        snapshots.activate(before.id());
        Path names = dir.resolve("names.jsonl");
        List<String> lines = Files.readAllLines(Path.of(System.getProperty("chokepoint.eval")).resolve("names-dev.jsonl"));
        Files.write(names, lines.subList(0, 8_000));
        StoreConfig store = kind.equals("sqlite") ? StoreConfig.embedded(home) : freshPostgres();
        Process load = child(home, store, "parties", "import", names.toString(), "--batch", "2000");
        assertTrue(load.waitFor(90, TimeUnit.SECONDS));
        assertEquals(0, load.exitValue(), Files.readString(home.resolve("child.log")));

        snapshots.activate(after.id()); // as 'lists update' would
        Process p = child(home, store, "parties", "monitor");
        waitFor(store, "SELECT COUNT(*) FROM activations WHERE state = 'RUNNING' AND cursor_party <> ''", n -> n > 0, p);
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        try (Database db = Database.open(store)) {
            assertEquals(1, count(db, "SELECT COUNT(*) FROM activations WHERE state = 'RUNNING'"), "killed before its end");
            assertEquals(6_870 + 745 + 881, count(db, "SELECT COUNT(*) FROM list_changes"));
            assertEquals(1, count(db, "SELECT COUNT(*) FROM trail WHERE kind = 'lists.activate' AND subject = 'snapshot:" + after.id() + "'"));
            assertEquals(0, count(db, "SELECT COUNT(*) FROM alerts a WHERE NOT EXISTS (SELECT 1 FROM cases c WHERE c.case_id = a.case_id)"));
            assertTrue(new Trail(db).verify().ok());
        }
        Process again = child(home, store, "parties", "monitor");
        assertTrue(again.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, again.exitValue(), Files.readString(home.resolve("child.log")));
        TreeSet<String> resumed;
        try (Database db = Database.open(store)) {
            assertEquals(1, count(db, "SELECT COUNT(*) FROM activations"), "resumed, not started again");
            assertEquals(1, count(db, "SELECT COUNT(*) FROM activations WHERE state = 'DONE'"));
            assertEquals(1, count(db, "SELECT COUNT(*) FROM trail WHERE kind = 'lists.activate' AND subject = 'snapshot:" + after.id() + "'"));
            assertTrue(new Trail(db).verify().ok());
            resumed = openPairs(db);
        }
        Chokepoint engine = Chokepoint.open(Config.of(DATA, home), n -> { });
        TreeSet<String> clean;
        try (Cases cases = Cases.open(engine, StoreConfig.embedded(dir.resolve("clean")), CasesOptions.defaults());
             PartyFile in = PartyFile.open(names)) {
            List<PartyInput> all = new ArrayList<>();
            for (PartyFile.Row r; (r = in.next()) != null; ) all.add(r.party());
            cases.parties().upsert(all, "test", true);
            clean = openPairs(cases.database());
        }
        assertTrue(clean.size() > 500, "open alerts " + clean.size());
        assertEquals(clean, resumed);
    }

    private static Snapshot sdn(String release) throws IOException {
        return new SnapshotBuilder().source(OfacCsvSource.sdn(new OfacCsvFiles(
                DATA.resolve("lists/ofac-sdn").resolve(release).resolve("sdn.csv"), null, null, null, false))).build().snapshot();
    }

    interface Until {
        boolean reached(long n);
    }

    /** Polls with plain JDBC (no migration of its own racing the child's) until the count is reached. */
    private static long waitFor(StoreConfig store, String sql, Until until, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Path file = store.isEmbedded() ? Path.of(store.url().substring("jdbc:sqlite:".length())) : null;
        while (System.nanoTime() < deadline) {
            assertTrue(p.isAlive(), "the child ended before it could be killed");
            if (file == null || (Files.exists(file) && Files.size(file) > 0)) {
                try (Connection c = DriverManager.getConnection(store.url(), store.user(), store.password());
                     Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                    r.next();
                    long n = r.getLong(1);
                    if (until.reached(n)) return n;
                } catch (SQLException notYet) {
                    // the schema is not there yet, or the writer holds a lock for a moment
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("not reached in 60 s: " + sql);
    }

    private static Process child(Path home, StoreConfig store, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "-Dchokepoint.home=" + home, "-Dchokepoint.data=" + DATA,
                "org.chokepoint.cli.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(home.resolve("child.log").toFile());
        Map<String, String> env = pb.environment();
        env.remove("CHOKEPOINT_DB_URL");
        env.remove("CHOKEPOINT_HOME");
        if (!store.isEmbedded()) {
            env.put("CHOKEPOINT_DB_URL", store.url());
            env.put("CHOKEPOINT_DB_USER", store.user());
            env.put("CHOKEPOINT_DB_PASSWORD", store.password());
        }
        Files.createDirectories(home);
        return pb.start();
    }

    private static long count(Database db, String sql) {
        return db.read(c -> Sql.longValue(c, sql));
    }

    private static TreeSet<String> openPairs(Database db) {
        List<String> pairs = db.read(c -> Sql.list(c, "SELECT party_id, entity_key FROM alerts WHERE state = 'OPEN'",
                r -> r.getString(1) + " " + r.getString(2)));
        return new TreeSet<>(pairs);
    }

    /** A new database on the test server (as cases' TestDatabases does; its test classes are not on this classpath). */
    private static StoreConfig freshPostgres() throws SQLException {
        String url = System.getenv("CHOKEPOINT_TEST_PG_URL");
        if (url == null || url.isBlank()) throw new IllegalStateException("CHOKEPOINT_TEST_PG_URL is not set: start the test PostgreSQL server");
        String user = System.getenv("CHOKEPOINT_TEST_PG_USER"), password = System.getenv("CHOKEPOINT_TEST_PG_PASSWORD");
        String name = "cp_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return StoreConfig.of(url.substring(0, url.lastIndexOf('/') + 1) + name, user, password);
    }
}
