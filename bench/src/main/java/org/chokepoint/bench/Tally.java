package org.chokepoint.bench;

import org.chokepoint.bench.peers.PeerScreener;
import org.chokepoint.match.Hit;
import org.chokepoint.match.IndexedScreener;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recall (an expected entry among the first ten hits at the threshold) and false alerts (any hit on a negative) of
 * one method on one set of evaluation queries, from each query's best entities.
 */
record Tally(double threshold, int positives, int found, int negatives, int alerts) {
    static Tally at(List<EvalQuery> queries, List<List<PeerScreener.Scored>> hits, double threshold) {
        int pos = 0, found = 0, neg = 0, alerts = 0;
        for (int i = 0; i < queries.size(); i++) {
            EvalQuery q = queries.get(i);
            List<PeerScreener.Scored> h = hits.get(i);
            if (q.negative()) {
                neg++;
                if (!h.isEmpty() && h.get(0).score() >= threshold) alerts++;
            } else {
                pos++;
                if (h.stream().anyMatch(s -> s.score() >= threshold && q.expect().contains(s.key()))) found++;
            }
        }
        return new Tally(threshold, pos, found, neg, alerts);
    }

    double recall() {
        return positives == 0 ? 0 : (double) found / positives;
    }

    double falseAlertRate() {
        return negatives == 0 ? 0 : (double) alerts / negatives;
    }

    void print(String method, double rate) {
        System.out.printf(Locale.ROOT, "%-50s %9.2f %8.4f %9d (%5.2f %%) %,12.0f%n", method, threshold, recall(), alerts,
                100 * falseAlertRate(), rate);
    }

    /** Chokepoint's first {@code top} hits at the threshold, as the product reports them. */
    static List<PeerScreener.Scored> screen(IndexedScreener screener, EvalQuery q, double threshold, int top) {
        try {
            List<PeerScreener.Scored> out = new ArrayList<>();
            for (Hit h : screener.screen(q.query(), threshold)) {
                if (out.size() == top) break;
                out.add(new PeerScreener.Scored(h.entity().key(), h.score()));
            }
            return out;
        } catch (IllegalArgumentException nothingToMatch) {
            return List.of();
        }
    }
}
