package org.chokepoint.match;

import java.util.Arrays;

/**
 * The best-scoring name of each entity one query has scored, in arrays indexed by entity and reset by a generation
 * stamp, so a query costs no map and no boxing. One instance per worker. Example: offering entity 7 name 12 at 0.91
 * and then name 13 at 0.88 keeps name 12; {@link #count()} is 1 and {@link #entity(int) entity(0)} is 7.
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

    /**
     * Keeps {@code name}, reached through entity {@code via} (the entity itself, or one that names it as the same
     * subject and passes its score on), when it scores higher than what the entity has. At an equal score the
     * entity's own name stays, and of two passed on, the lower {@code via}'s: the outcome does not depend on the
     * order scores are passed on in. Example: entity 7 scored 0.90 itself; 0.90 passed on from entity 3 leaves it as
     * it is; without its own, 0.90 from 5 and then 0.90 from 3 keep 3's.
     */
    void offer(int entity, double s, int n, int v) {
        if (stamp[entity] != gen) {
            stamp[entity] = gen;
            if (count == offered.length) offered = Arrays.copyOf(offered, count * 2);
            offered[count++] = entity;
        } else if (!beats(entity, s, v)) {
            return;
        }
        score[entity] = s;
        name[entity] = n;
        via[entity] = v;
    }

    private boolean beats(int entity, double s, int v) {
        if (s != score[entity]) return s > score[entity];
        return via[entity] != entity && (v == entity || v < via[entity]);
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

    /** How many entities have been offered since the last {@link #reset}. */
    int count() {
        return count;
    }

    /** The {@code k}-th entity offered since the last {@link #reset}, in the order of first offer. */
    int entity(int k) {
        return offered[k];
    }
}
