package org.chokepoint.bench.peers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Keeps each entity's best name score for one query and hands back the best entities. */
final class TopEntities {
    private final Map<String, Double> best = new HashMap<>();

    void offer(String key, double score) {
        best.merge(key, score, Math::max);
    }

    List<PeerScreener.Scored> top(int limit) {
        List<PeerScreener.Scored> all = new ArrayList<>(best.size());
        best.forEach((k, s) -> all.add(new PeerScreener.Scored(k, s)));
        all.sort((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score()) : a.key().compareTo(b.key()));
        return all.size() > limit ? List.copyOf(all.subList(0, limit)) : all;
    }
}
