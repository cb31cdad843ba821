package org.chokepoint.cases.review;

/**
 * One hit of a stored party on one list entry: party version × list entry × snapshot, with the score and the
 * explanation the screener gave, and the entry as it was then (so the case still shows it after the list changes).
 *
 * @param explanationJson the hit's explanation ({@code summary}, {@code tokens}, {@code evidence}) as JSON
 * @param entityJson      the list entry as JSON ({@link org.chokepoint.app.json.EntityJson})
 * @param note            why it was opened again or closed ("the list entry changed: addresses"), or null
 */
public record Alert(long id, long caseId, String partyId, int partyVersion, String entityKey, String source,
                    String snapshotId, double score, String matchedName, String explanationJson, String entityJson,
                    AlertState state, String note, String createdAt, String resolvedAt) {
}
