package org.chokepoint.cases.trail;

/**
 * Walks the chain in order and names the first break. For each record, in order of {@code seq}:
 *
 * <ul>
 *   <li>its hash differs from the hash of its own fields: the record was <b>altered</b>;</li>
 *   <li>its {@code seq} jumps past the expected one: records were <b>removed</b> (the first missing place is
 *       named);</li>
 *   <li>its {@code prevHash} is not the hash of the record before it: if it is the hash of the record before
 *       that one and its own hash is that of its fields one place earlier, the record before it was <b>inserted</b>
 *       (and the later ones renumbered); if the record and the
 *       one after it still hold together (or it is the last and its own hash holds), the record before it was
 *       altered with its hash recomputed; otherwise this record itself was altered or inserted.</li>
 * </ul>
 *
 * <pre>
 * seq 1 (prev 000…, hash a1) → seq 2 (prev a1, hash b2) → seq 3 (prev b2, hash c3)   ok
 * delete seq 2:                seq 3 (prev b2) after seq 1            → "record 2 removed"
 * edit seq 2's payload:        seq 2 hash ≠ its fields' hash         → "record 2 altered"
 * edit seq 2, recompute hash:  seq 3 (prev b2) after seq 2 (hash b2') → "record 2 altered"
 * insert x as 2, renumber:     seq 3 (prev a1) after x (prev a1)     → "record 2 inserted"
 * delete seq 3:                the chain 1 → 2 holds                 → ok, unless the kept head 3:c3 is given
 * </pre>
 *
 * The chain alone cannot show records removed from the end, nor a rewrite of every record from some place on; a
 * kept {@link TrailHead} can: the trail must reach it and hold the same hash there.
 */
final class TrailVerifier {
    private long records;
    private long expectedSeq = 1;
    private String prevHash = TrailRecord.GENESIS;
    private String prevPrevHash = null;
    private long brokenAt;
    private String problem;
    /** The record read but not yet checked: checking needs the one after it. */
    private TrailRecord pending;
    /** The head kept from an earlier verification, or null; and the hash found at its place. */
    private final TrailHead kept;
    private String hashAtKept;

    TrailVerifier() {
        this(null);
    }

    TrailVerifier(TrailHead kept) {
        this.kept = kept;
    }

    void accept(TrailRecord r) {
        records++;
        if (brokenAt != 0) return;
        if (pending != null) check(pending, r);
        pending = brokenAt == 0 ? r : null;
    }

    /** Called with each record and the one after it (null for the last), so a break can be blamed on the right one. */
    private void check(TrailRecord r, TrailRecord next) {
        if (r.seq() > expectedSeq) {
            fail(expectedSeq, expectedSeq == r.seq() - 1
                    ? "record " + expectedSeq + " was removed"
                    : "records " + expectedSeq + " to " + (r.seq() - 1) + " were removed");
            return;
        }
        if (r.seq() < expectedSeq) {
            fail(r.seq(), "record " + r.seq() + " appears twice");
            return;
        }
        boolean selfConsistent = r.recomputedHash().equals(r.hash());
        if (!r.prevHash().equals(prevHash)) {
            if (prevPrevHash != null && r.prevHash().equals(prevPrevHash) && hashedOneEarlier(r)) {
                fail(r.seq() - 1, "record " + (r.seq() - 1) + " was inserted (record " + r.seq()
                        + " follows the record before it)");
            } else if (r.prevHash().equals(prevPrevHash)) {
                // points past the record before it, but was not moved up: a record forged to follow an older one
                fail(r.seq(), "record " + r.seq() + " was altered or inserted (it does not follow record " + (r.seq() - 1) + ")");
            } else if (selfConsistent && (next == null || next.prevHash().equals(r.hash()))) {
                // r (and what follows) hold together: the record before r was rewritten with a recomputed hash
                fail(r.seq() - 1, "record " + (r.seq() - 1) + " was altered (record " + r.seq() + " does not follow it)");
            } else {
                fail(r.seq(), "record " + r.seq() + " was altered or inserted (it does not follow record " + (r.seq() - 1) + ")");
            }
            return;
        }
        if (!selfConsistent) {
            fail(r.seq(), "record " + r.seq() + " was altered (its hash does not match its contents)");
            return;
        }
        if (kept != null && r.seq() == kept.seq()) hashAtKept = r.hash();
        prevPrevHash = prevHash;
        prevHash = r.hash();
        expectedSeq = r.seq() + 1;
    }

    /** Whether r's hash is the one of its fields one place earlier: the mark of a record moved up by an insertion. */
    private static boolean hashedOneEarlier(TrailRecord r) {
        return r.hash().equals(TrailRecord.hashOf(r.prevHash(), r.seq() - 1, r.at(), r.actor(), r.kind(), r.subject(), r.payload()));
    }

    private void fail(long at, String why) {
        brokenAt = at;
        problem = why;
    }

    /** After an unbroken chain: it must reach the kept head and agree with it there. */
    private void checkKept() {
        long head = expectedSeq - 1;
        if (head < kept.seq()) {
            fail(head + 1, (head + 1 == kept.seq() ? "record " + kept.seq() + " was" : "records " + (head + 1) + " to " + kept.seq() + " were")
                    + " removed (the trail ends at " + head + ", before the kept head " + kept.seq() + ")");
        } else if (!kept.hash().equals(hashAtKept)) {
            fail(kept.seq(), "record " + kept.seq() + " is not the kept head (its hash is " + hashAtKept
                    + "): the chain was rewritten at or before it");
        }
    }

    TrailVerification result() {
        if (pending != null && brokenAt == 0) check(pending, null);
        pending = null;
        if (brokenAt == 0 && kept != null) checkKept();
        return new TrailVerification(records, brokenAt == 0 ? expectedSeq - 1 : 0, brokenAt == 0 ? prevHash : null, brokenAt, problem);
    }
}
