package org.chokepoint.cli;

import org.chokepoint.cases.db.Database;
import org.chokepoint.cases.db.Sql;
import org.chokepoint.cases.db.StoreConfig;
import org.chokepoint.cases.trail.TrailRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code chokepoint trail verify | export} over the embedded store of a home of its own, holding three known records. */
class TrailCommandTest {
    private static final String H1 = "f03453eb378e99ae4635d2134d2ba9e0014db79fbb949c284f295cc1e31f0036";
    private static final String H2 = "b97ce66706a9efa9246cf3ea624cce088d1c2fb1a262854ecd0bb528a20c659f";
    private static final String H3 = "a5c5467a5d642849302492525c66d5b65e48ca703c0d3c81d162c17f12a2cec6";
    private static final String GENESIS = "0".repeat(64);

    private static final String JSONL_1 = "{\"seq\":1,\"at\":\"2026-11-30T23:59:59.999Z\",\"actor\":\"user:ana\",\"kind\":\"case.open\","
            + "\"subject\":\"case:1\",\"payload\":{\"alert\":7},\"prevHash\":\"" + GENESIS + "\",\"hash\":\"" + H1 + "\"}\n";
    private static final String JSONL_2 = "{\"seq\":2,\"at\":\"2026-12-01T00:00:00.000Z\",\"actor\":\"user:bo\",\"kind\":\"case.dismiss\","
            + "\"subject\":\"case:1\",\"payload\":{\"reason\":\"other birth date, other country\"},\"prevHash\":\"" + H1 + "\",\"hash\":\"" + H2 + "\"}\n";
    private static final String JSONL_3 = "{\"seq\":3,\"at\":\"2026-12-02T10:00:00.000Z\",\"actor\":\"system\",\"kind\":\"screen\","
            + "\"subject\":\"party:C-1001\",\"payload\":{\"name\":\"Ana \\\"Bo\\\" Ltd\"},\"prevHash\":\"" + H2 + "\",\"hash\":\"" + H3 + "\"}\n";

    @TempDir
    Path home;


    private CliRun trail(String... args) {
        return CliRun.in(home, "trail", args);
    }

    private Database db() {
        return Database.open(StoreConfig.embedded(home));
    }

    /** Three records at known times, hashed as the trail hashes them (the hashes above were computed outside Java). */
    @BeforeEach
    void threeRecords() {
        List<String[]> rows = List.of(
                new String[]{"2026-11-30T23:59:59.999Z", "user:ana", "case.open", "case:1", "{\"alert\":7}"},
                new String[]{"2026-12-01T00:00:00.000Z", "user:bo", "case.dismiss", "case:1", "{\"reason\":\"other birth date, other country\"}"},
                new String[]{"2026-12-02T10:00:00.000Z", "system", "screen", "party:C-1001", "{\"name\":\"Ana \\\"Bo\\\" Ltd\"}"});
        try (Database db = db()) {
            db.write(c -> {
                String prev = TrailRecord.GENESIS;
                long seq = 0;
                for (String[] r : rows) {
                    seq++;
                    String hash = TrailRecord.hashOf(prev, seq, r[0], r[1], r[2], r[3], r[4]);
                    Sql.update(c, "INSERT INTO trail (seq, at, actor, kind, subject, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            seq, r[0], r[1], r[2], r[3], r[4], prev, hash);
                    prev = hash;
                }
            });
        }
    }

    @Test
    void verifyPrintsTheHeadToKeep() {
        CliRun r = trail("verify");
        assertEquals(0, r.code(), r.err());
        assertEquals("3 records checked: the chain holds\n"
                + "head seq 3, hash " + H3 + "\n"
                + "keep this hash: a later verify proves nothing before it was rewritten (trail verify --expect-head 3:" + H3 + ")\n", r.out());
        assertFalse(Files.exists(home.resolve("ACTIVE")), "verifying the trail does not compile or load the lists");

        CliRun kept = trail("verify", "--expect-head", "3:" + H3);
        assertEquals(0, kept.code(), kept.err());
        assertTrue(kept.out().startsWith("3 records checked: the chain holds and reaches the kept head 3\n"), kept.out());
    }

    @Test
    void verifyAfterADirectEditNamesTheRecord() {
        try (Database db = db()) {
            db.write(c -> Sql.update(c, "UPDATE trail SET payload = ? WHERE seq = 2", "{\"reason\":\"same person\"}"));
        }
        CliRun r = trail("verify");
        assertEquals(1, r.code(), r.out() + r.err());
        assertEquals("3 records checked: the trail is broken at record 2\n"
                + "record 2 was altered (its hash does not match its contents)\n", r.out());
    }

    @Test
    void verifyAgainstAKeptHeadCatchesARemovedLastRecord() {
        try (Database db = db()) {
            db.write(c -> Sql.update(c, "DELETE FROM trail WHERE seq = 3"));
        }
        assertEquals(0, trail("verify").code(), "the chain 1 → 2 holds by itself");
        CliRun r = trail("verify", "--expect-head", "3:" + H3);
        assertEquals(1, r.code(), r.out() + r.err());
        assertEquals("2 records checked: the trail is broken at record 3\n"
                + "record 3 was removed (the trail ends at 2, before the kept head 3)\n", r.out());
    }

    @Test
    void malformedKeptHeadIsAUsageError() {
        CliRun r = trail("verify", "--expect-head", "3-" + H3);
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("expected SEQ:HASH"), r.err());
    }

    @Test
    void exportJsonLinesToStandardOutput() {
        CliRun r = trail("export");
        assertEquals(0, r.code(), r.err());
        assertEquals(JSONL_1 + JSONL_2 + JSONL_3, r.out());
    }

    @Test
    void exportCsvToAFile() throws IOException {
        Path file = home.resolve("out").resolve("trail.csv");
        CliRun r = trail("export", "--format", "csv", "--out", file.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals("seq,at,actor,kind,subject,payload,prevHash,hash\r\n"
                + "1,2026-11-30T23:59:59.999Z,user:ana,case.open,case:1,\"{\"\"alert\"\":7}\"," + GENESIS + "," + H1 + "\r\n"
                + "2,2026-12-01T00:00:00.000Z,user:bo,case.dismiss,case:1,\"{\"\"reason\"\":\"\"other birth date, other country\"\"}\"," + H1 + "," + H2 + "\r\n"
                + "3,2026-12-02T10:00:00.000Z,system,screen,party:C-1001,\"{\"\"name\"\":\"\"Ana \\\"\"Bo\\\"\" Ltd\"\"}\"," + H2 + "," + H3 + "\r\n",
                Files.readString(file));
        try (var left = Files.list(file.getParent())) {
            assertEquals(List.of(file), left.toList(), "no temporary file left beside it");
        }
    }

    @Test
    void exportBoundsAreFromInclusiveToExclusive() throws IOException {
        CliRun day = trail("export", "--from", "2026-12-01", "--to", "2026-12-02");
        assertEquals(0, day.code(), day.err());
        assertEquals(JSONL_2, day.out());
        assertEquals(JSONL_1, trail("export", "--to", "2026-12-01").out());
        assertEquals(JSONL_2 + JSONL_3, trail("export", "--from", "2026-12-01T00:00:00Z").out());
        assertEquals(JSONL_3, trail("export", "--from", "2026-12-01T00:00:00.001Z").out());
        assertEquals("", trail("export", "--from", "2027-01-01").out());

        Path file = home.resolve("day.jsonl");
        assertEquals(0, trail("export", "--from", "2026-12-01", "--to", "2026-12-02", "--format", "JSONL", "--out", file.toString()).code());
        assertEquals(JSONL_2, Files.readString(file));
    }

    @Test
    void badBoundsAndFormatsAreUsageErrors() {
        CliRun date = trail("export", "--from", "1 December");
        assertEquals(2, date.code());
        assertTrue(date.err().contains("not a timestamp"), date.err());
        CliRun order = trail("export", "--from", "2026-12-02", "--to", "2026-12-01");
        assertEquals(2, order.code());
        assertTrue(order.err().contains("is after --to"), order.err());
        CliRun format = trail("export", "--format", "xml");
        assertEquals(2, format.code());
        assertTrue(format.err().contains("unknown trail format 'xml' (use jsonl or csv)"), format.err());
    }
}
