package org.chokepoint.cases.trail;

import org.chokepoint.cases.db.Database;
import org.chokepoint.cases.db.Sql;
import org.chokepoint.cases.db.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Someone with write access to the database edits the trail table directly; verification names the record touched.
 * Every case on both databases, over a trail of 20 records.
 */
class TrailTamperTest {
    private static final int SIZE = 20;

    @TempDir
    Path dir;

    private Database db;
    private Trail trail;

    @AfterEach
    void close() {
        if (db != null) db.close();
    }

    private void open(TestDatabases.Kind kind) {
        db = TestDatabases.open(kind, dir);
        trail = new Trail(db);
        for (int i = 1; i <= SIZE; i++) {
            trail.append(new TrailEntry("user:ana", "case.comment", "case:" + (i % 3), "{\"n\":" + i + "}"));
        }
        TrailVerification v = trail.verify();
        assertTrue(v.ok(), v.problem());
        assertEquals(SIZE, v.records());
        assertEquals(SIZE, v.headSeq());
    }

    private TrailRecord record(long seq) {
        return db.read(c -> Sql.one(c, "SELECT seq, at, actor, kind, subject, payload, prev_hash, hash FROM trail WHERE seq = ?",
                Trail::row, seq)).orElseThrow();
    }

    private static void insert(Connection c, TrailRecord r) throws SQLException {
        Sql.update(c, "INSERT INTO trail (seq, at, actor, kind, subject, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                r.seq(), r.at(), r.actor(), r.kind(), r.subject(), r.payload(), r.prevHash(), r.hash());
    }

    /** A record that follows {@code prev} at {@code seq}, with the hash its fields give. */
    private static TrailRecord forged(long seq, TrailRecord prev) {
        String payload = "{\"n\":0,\"forged\":true}";
        String hash = TrailRecord.hashOf(prev.hash(), seq, prev.at(), "user:ana", "case.dismiss", "case:1", payload);
        return new TrailRecord(seq, prev.at(), "user:ana", "case.dismiss", "case:1", payload, prev.hash(), hash);
    }

    private void assertBroken(long at, String problem, TrailVerification v) {
        assertEquals(at, v.brokenAt(), v.problem());
        assertEquals(problem, v.problem());
        assertEquals(0, v.headSeq());
        assertNull(v.headHash());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void editedPayloadIsNamedAltered(TestDatabases.Kind kind) {
        open(kind);
        db.write(c -> Sql.update(c, "UPDATE trail SET payload = ? WHERE seq = 7", "{\"n\":70}"));
        TrailVerification v = trail.verify();
        assertBroken(7, "record 7 was altered (its hash does not match its contents)", v);
        assertEquals(SIZE, v.records(), "every record is still read");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void deletedMiddleRecordIsNamedRemoved(TestDatabases.Kind kind) {
        open(kind);
        db.write(c -> Sql.update(c, "DELETE FROM trail WHERE seq = 11"));
        assertBroken(11, "record 11 was removed", trail.verify());
        db.write(c -> Sql.update(c, "DELETE FROM trail WHERE seq IN (12, 13)"));
        assertBroken(11, "records 11 to 13 were removed", trail.verify());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void deletedLastRecordIsCaughtOnlyAgainstAKeptHead(TestDatabases.Kind kind) {
        open(kind);
        TrailVerification before = trail.verify();
        TrailHead kept = new TrailHead(before.headSeq(), before.headHash());
        assertEquals(record(SIZE).hash(), kept.hash());
        assertTrue(trail.verify(kept).ok(), "the untouched trail reaches its kept head");

        db.write(c -> Sql.update(c, "DELETE FROM trail WHERE seq = ?", (long) SIZE));
        // the chain 1 … 19 holds: alone it cannot show that 20 was there
        TrailVerification alone = trail.verify();
        assertTrue(alone.ok(), alone.problem());
        assertEquals(SIZE - 1, alone.headSeq());
        assertEquals(record(SIZE - 1).hash(), alone.headHash());
        assertBroken(SIZE, "record 20 was removed (the trail ends at 19, before the kept head 20)", trail.verify(kept));

        db.write(c -> Sql.update(c, "DELETE FROM trail WHERE seq >= 18"));
        assertBroken(18, "records 18 to 20 were removed (the trail ends at 17, before the kept head 20)", trail.verify(kept));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void forgedRecordInsertedInTheMiddleIsNamedInserted(TestDatabases.Kind kind) {
        open(kind);
        TrailRecord before = record(8);
        db.write(c -> {
            // renumber 9 … 20 to 10 … 21 through an offset, so that no two rows hold one seq at any moment
            Sql.update(c, "UPDATE trail SET seq = seq + 1000000 WHERE seq >= 9");
            Sql.update(c, "UPDATE trail SET seq = seq - 999999 WHERE seq >= 1000000");
            insert(c, forged(9, before));
        });
        assertEquals(SIZE + 1, trail.size());
        TrailVerification v = trail.verify();
        assertBroken(9, "record 9 was inserted (record 10 follows the record before it)", v);
        assertEquals(SIZE + 1, v.records());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void forgedRecordAppendedWithAWrongHashIsNamed(TestDatabases.Kind kind) {
        open(kind);
        TrailRecord f = forged(SIZE + 1, record(SIZE));
        db.write(c -> insert(c, new TrailRecord(f.seq(), f.at(), f.actor(), f.kind(), f.subject(), f.payload(), f.prevHash(),
                "f".repeat(64))));
        assertBroken(21, "record 21 was altered (its hash does not match its contents)", trail.verify());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void forgedRecordAppendedWithAWrongPrevHashIsNamed(TestDatabases.Kind kind) {
        open(kind);
        TrailRecord f = forged(SIZE + 1, record(SIZE - 1)); // follows 19, not 20
        db.write(c -> insert(c, f));
        assertBroken(21, "record 21 was altered or inserted (it does not follow record 20)", trail.verify());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void alteredRecordWithItsHashRecomputedIsNamedNotTheOneAfter(TestDatabases.Kind kind) {
        open(kind);
        rewrite(12);
        assertBroken(12, "record 12 was altered (record 13 does not follow it)", trail.verify());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void alteredNextToLastRecordWithItsHashRecomputedIsNamed(TestDatabases.Kind kind) {
        open(kind);
        rewrite(SIZE - 1);
        assertBroken(19, "record 19 was altered (record 20 does not follow it)", trail.verify());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void rewrittenHeadIsCaughtOnlyAgainstAKeptHead(TestDatabases.Kind kind) {
        open(kind);
        TrailHead kept = new TrailHead(SIZE, trail.verify().headHash());
        String newHash = rewrite(SIZE);
        TrailVerification alone = trail.verify();
        assertTrue(alone.ok(), "nothing follows the head to contradict it");
        assertEquals(newHash, alone.headHash());
        assertBroken(20, "record 20 is not the kept head (its hash is " + newHash + "): the chain was rewritten at or before it",
                trail.verify(kept));
    }

    /** Changes a record's payload and stores the hash its new fields give; returns that hash. */
    private String rewrite(long seq) {
        TrailRecord r = record(seq);
        String payload = "{\"n\":" + seq + ",\"reason\":\"rewritten\"}";
        String hash = TrailRecord.hashOf(r.prevHash(), r.seq(), r.at(), r.actor(), r.kind(), r.subject(), payload);
        db.write(c -> Sql.update(c, "UPDATE trail SET payload = ?, hash = ? WHERE seq = ?", payload, hash, seq));
        return hash;
    }
}
