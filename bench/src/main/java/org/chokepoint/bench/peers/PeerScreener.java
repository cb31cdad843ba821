package org.chokepoint.bench.peers;

import java.util.List;

/** A reference screening method: the entities a name may be, best first, each with the method's own score. */
public interface PeerScreener {
    String method();

    /** At most {@code limit} entities, best first, each once, scoring at least {@code floor}. */
    List<Scored> screen(String name, double floor, int limit);

    /** One entity (its key, as {@code Entity.key()}) and the best score of its names. */
    record Scored(String key, double score) {
    }
}
