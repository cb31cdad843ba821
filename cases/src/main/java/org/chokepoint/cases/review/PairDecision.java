package org.chokepoint.cases.review;

/**
 * The latest analyst decision on a pair (party × list entry) and the content both sides had then: a re-screen does
 * not alert the pair again while both hashes are unchanged.
 */
public record PairDecision(String partyId, String entityKey, AlertState decision, String partyHash, String entityHash,
                           long alertId, long actionId, String decidedAt) {
}
