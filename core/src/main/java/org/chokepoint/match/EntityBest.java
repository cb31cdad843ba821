package org.chokepoint.match;

import java.util.Arrays;

/**
 * The best-scoring name of each entity one query has scored, in arrays indexed by entity and reset by a generation
 * stamp, so a query costs no map and no boxing. One instance per thread. Example: offering entity 7 name 12 at 0.91
 * and then name 13 at 0.88 keeps name 12; {@link #entities()} lists 7.
 */
final class EntityBest {
    private final double[] score;
    private final int[] name;
    private final int[] via;
    private final int[] stamp;
    private int[] offered = new int[64];
    private int count;
    private int gen;

    EntityBest(int entities) {
        score = new double[entities];
        name = new int[entities];
        via = new int[entities];
        stamp = new int[entities];
    }

    /** Forgets the last query. */
    void reset() {
        gen++;
        count = 0;
    }

    boolean has(int entity) {
        return stamp[entity] == gen;
    }

    /** Keeps {@code name} (reached through entity {@code via}) when it scores higher than what the entity has. */
    void offer(int entity, double s, int n, int v) {
        if (stamp[entity] != gen) {
            stamp[entity] = gen;
            score[entity] = s;
            name[entity] = n;
            via[entity] = v;
            if (count == offered.length) offered = Arrays.copyOf(offered, count * 2);
            offered[count++] = entity;
        } else if (s > score[entity]) {
            score[entity] = s;
            name[entity] = n;
            via[entity] = v;
        }
    }

    double score(int entity) {
        return score[entity];
    }

    int name(int entity) {
        return name[entity];
    }

    int via(int entity) {
        return via[entity];
    }

    /** The entities offered so far, ascending (a fresh array). */
    int[] entities() {
        int[] out = Arrays.copyOf(offered, count);
        Arrays.sort(out);
        return out;
    }
}
