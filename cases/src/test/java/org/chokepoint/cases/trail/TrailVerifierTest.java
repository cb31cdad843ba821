package org.chokepoint.cases.trail;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The verifier on hand-made chains, no database: the cases of its class comment. */
class TrailVerifierTest {
    private static final String AT = "2026-12-01T10:00:00.000Z";

    /** A valid chain of {@code n} records. */
    private static List<TrailRecord> chain(int n) {
        List<TrailRecord> out = new ArrayList<>();
        String prev = TrailRecord.GENESIS;
        for (long seq = 1; seq <= n; seq++) {
            TrailRecord r = record(seq, prev, "{\"n\":" + seq + "}");
            out.add(r);
            prev = r.hash();
        }
        return out;
    }

    private static TrailRecord record(long seq, String prev, String payload) {
        return new TrailRecord(seq, AT, "system", "screen", "party:P-" + seq, payload, prev,
                TrailRecord.hashOf(prev, seq, AT, "system", "screen", "party:P-" + seq, payload));
    }

    private static TrailVerification verify(List<TrailRecord> records, TrailHead kept) {
        TrailVerifier v = new TrailVerifier(kept);
        records.forEach(v::accept);
        return v.result();
    }

    private static TrailVerification verify(List<TrailRecord> records) {
        return verify(records, null);
    }

    @Test
    void emptyTrailHolds() {
        assertEquals(new TrailVerification(0, 0, TrailRecord.GENESIS, 0, null), verify(List.of()));
    }

    @Test
    void hashIsTheFormulaOfTheRecordComment() {
        // sha256("0000…0000\n1\n2026-12-01T10:00:00.000Z\nsystem\nscreen\nparty:P-1\n{\"n\":1}"), computed outside Java
        assertEquals("8c4ea3332d980f13723189cc1de1b185d9e7418c1c02e576ecdc023926dbd300", chain(1).get(0).hash());
    }

    @Test
    void unbrokenChainGivesItsHead() {
        List<TrailRecord> c = chain(3);
        TrailVerification v = verify(c);
        assertEquals(new TrailVerification(3, 3, c.get(2).hash(), 0, null), v);
        assertTrue(v.ok());
        assertTrue(verify(c, new TrailHead(3, c.get(2).hash())).ok());
        assertTrue(verify(c, new TrailHead(2, c.get(1).hash())).ok(), "a head kept earlier, records appended since");
    }

    @Test
    void removedRecordIsNamed() {
        List<TrailRecord> c = chain(3);
        c.remove(1);
        assertEquals(new TrailVerification(2, 0, null, 2, "record 2 was removed"), verify(c));
    }

    @Test
    void removedFirstRecordIsNamed() {
        List<TrailRecord> c = chain(3);
        c.remove(0);
        assertEquals(1, verify(c).brokenAt());
        assertEquals("record 1 was removed", verify(c).problem());
    }

    @Test
    void editedRecordIsNamed() {
        List<TrailRecord> c = chain(3);
        TrailRecord r = c.get(1);
        c.set(1, new TrailRecord(2, r.at(), r.actor(), r.kind(), r.subject(), "{\"n\":22}", r.prevHash(), r.hash()));
        assertEquals(new TrailVerification(3, 0, null, 2, "record 2 was altered (its hash does not match its contents)"), verify(c));
    }

    @Test
    void editedRecordWithRecomputedHashIsNamedNotTheOneAfter() {
        for (int n : new int[]{3, 4}) { // the one after is the last, or has one after it
            List<TrailRecord> c = chain(n);
            c.set(1, record(2, c.get(0).hash(), "{\"n\":22}"));
            TrailVerification v = verify(c);
            assertEquals(2, v.brokenAt(), v.problem());
            assertEquals("record 2 was altered (record 3 does not follow it)", v.problem());
        }
    }

    @Test
    void insertedRecordIsNamed() {
        List<TrailRecord> c = chain(3);
        // x at place 2 after record 1; the old 2 and 3 renumbered to 3 and 4 (their own hashes now wrong as well)
        List<TrailRecord> forged = new ArrayList<>(List.of(c.get(0), record(2, c.get(0).hash(), "{\"x\":1}")));
        for (TrailRecord r : c.subList(1, 3)) {
            forged.add(new TrailRecord(r.seq() + 1, r.at(), r.actor(), r.kind(), r.subject(), r.payload(), r.prevHash(), r.hash()));
        }
        assertEquals(new TrailVerification(4, 0, null, 2, "record 2 was inserted (record 3 follows the record before it)"), verify(forged));
    }

    @Test
    void appendedRecordNotFollowingTheHeadIsNamed() {
        List<TrailRecord> c = chain(3);
        c.add(record(4, c.get(1).hash(), "{\"x\":1}"));
        assertEquals("record 4 was altered or inserted (it does not follow record 3)", verify(c).problem());
        assertEquals(4, verify(c).brokenAt());
    }

    @Test
    void truncationIsCaughtOnlyAgainstAKeptHead() {
        List<TrailRecord> c = chain(3);
        TrailHead kept = new TrailHead(3, c.get(2).hash());
        c.remove(2);
        assertTrue(verify(c).ok(), "1 → 2 holds by itself");
        TrailVerification v = verify(c, kept);
        assertEquals(3, v.brokenAt());
        assertEquals("record 3 was removed (the trail ends at 2, before the kept head 3)", v.problem());
        assertNull(v.headHash());
    }

    @Test
    void rewrittenTailIsCaughtOnlyAgainstAKeptHead() {
        List<TrailRecord> c = chain(3);
        TrailHead kept = new TrailHead(2, c.get(1).hash());
        // 2 and 3 rewritten, each hash recomputed: a consistent chain
        TrailRecord two = record(2, c.get(0).hash(), "{\"n\":22}");
        c.set(1, two);
        c.set(2, record(3, two.hash(), c.get(2).payload()));
        assertTrue(verify(c).ok());
        TrailVerification v = verify(c, kept);
        assertEquals(2, v.brokenAt());
        assertEquals("record 2 is not the kept head (its hash is " + two.hash() + "): the chain was rewritten at or before it", v.problem());
    }

    @Test
    void keptHeadReadsAsVerifyPrintsIt() {
        String hash = "AB".repeat(32);
        TrailHead h = TrailHead.parse(" 20:" + hash + " ");
        assertEquals(new TrailHead(20, hash.toLowerCase()), h);
        assertEquals("20:" + hash.toLowerCase(), h.toString());
        assertThrows(IllegalArgumentException.class, () -> TrailHead.parse(hash));
        assertThrows(IllegalArgumentException.class, () -> TrailHead.parse("x:" + hash));
        assertThrows(IllegalArgumentException.class, () -> TrailHead.parse("20:abc"));
        assertThrows(IllegalArgumentException.class, () -> TrailHead.parse("0:" + hash));
    }
}
