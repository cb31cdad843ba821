package org.chokepoint.match;

import java.util.List;

/**
 * Why a list entry matched: token alignments and evidence adjustments.
 *
 * @param summary  one readable line ("KEHUA=KEHUA exact, DANDONG=DANDONG exact, legal form ignored")
 * @param tokens   each query token and the list token it was aligned to, with how and how much it scored
 * @param evidence what secondary facts (type, birth year, country) added to or removed from the score
 */
public record Explanation(String summary, List<TokenMatch> tokens, List<Evidence> evidence) {
    public Explanation {
        tokens = List.copyOf(tokens);
        evidence = List.copyOf(evidence);
    }

    /** One aligned pair; {@code listToken} is null for a query token that found no partner. */
    public record TokenMatch(String queryToken, String listToken, String method, double similarity, double weight) {
    }

    /** A secondary fact and its effect on the score (positive raises, negative lowers). */
    public record Evidence(String fact, double effect, String note) {
    }
}
