package org.chokepoint.cases.trail;

/**
 * The result of recomputing the chain.
 *
 * @param records  records read
 * @param headSeq  the last record's place (0 for an empty trail)
 * @param headHash the last record's hash: keep it, and a later verification proves nothing before it was rewritten
 * @param brokenAt the place of the first record that was altered, removed or inserted, or 0 when the chain holds
 * @param problem  what is wrong there, in words, or null
 */
public record TrailVerification(long records, long headSeq, String headHash, long brokenAt, String problem) {
    public boolean ok() {
        return brokenAt == 0;
    }
}
