package org.chokepoint.bench.peers;

import java.util.List;

/**
 * The method of OFAC's own Sanctions List Search: the query against every name on the lists with Jaro-Winkler,
 * an entity scoring as its best name. No index, so the cost grows with the list: a reference for quality, and
 * the baseline that sublinear retrieval is measured against.
 */
public final class ExhaustiveJaroWinkler implements PeerScreener {
    private final FoldedNames names;
    private final ThreadLocal<JaroWinkler> jw = ThreadLocal.withInitial(JaroWinkler::new);

    public ExhaustiveJaroWinkler(FoldedNames names) {
        this.names = names;
    }

    @Override
    public String method() {
        return "exhaustive Jaro-Winkler scan";
    }

    @Override
    public List<Scored> screen(String name, double floor, int limit) {
        String q = FoldedNames.fold(name);
        JaroWinkler sim = jw.get();
        TopEntities top = new TopEntities();
        for (int i = 0, n = names.size(); i < n; i++) {
            double s = sim.similarity(q, names.text(i));
            if (s >= floor) top.offer(names.key(i), s);
        }
        return top.top(limit);
    }
}
