package org.chokepoint.match;

import java.util.Arrays;

/**
 * The best-scoring name of each entity one query has scored. The entities offered since the last {@link #reset} are
 * numbered in order of first offer, and their scores, names and sources kept in arrays of that number; the one
 * array as long as the lists is {@link #slotOf}, the entity's number stamped with the query's generation. So a query
 * costs no map and no boxing, an offer touches one cache line of the lists' size, and the scratch of a worker is 8
 * bytes an entity (it was 20, in four arrays, at a million entities 21 MB). One instance per worker. Example:
 * offering entity 7 name 12 at 0.91 and then name 13 at 0.88 keeps name 12; {@link #count()} is 1 and
 * {@link #entity(int) entity(0)} is 7.
 */
final class EntityBest {
    /** Per entity: the query's generation (high half) and the entity's number in this query (low half). */
    private final long[] slotOf;
    private int[] entity = new int[64], name = new int[64], via = new int[64];
    private double[] score = new double[64];
    private int count;
    private int gen = 1;

    EntityBest(int entities) {
        slotOf = new long[entities];
    }

    /** Forgets the last query. */
    void reset() {
        if (++gen == Integer.MAX_VALUE) { // after two billion queries: forget every stamp, start again
            Arrays.fill(slotOf, 0L);
            gen = 1;
        }
        count = 0;
    }

    boolean has(int e) {
        return (int) (slotOf[e] >>> 32) == gen;
    }

    /**
     * Keeps {@code n}, reached through entity {@code v} (the entity itself, or one that names it as the same
     * subject and passes its score on), when it scores higher than what the entity has. At an equal score the
     * entity's own name stays, and of two passed on, the lower {@code v}'s: the outcome does not depend on the
     * order scores are passed on in. Example: entity 7 scored 0.90 itself; 0.90 passed on from entity 3 leaves it as
     * it is; without its own, 0.90 from 5 and then 0.90 from 3 keep 3's.
     */
    void offer(int e, double s, int n, int v) {
        long stamp = slotOf[e];
        int k;
        if ((int) (stamp >>> 32) != gen) {
            k = count++;
            if (k == entity.length) grow();
            slotOf[e] = ((long) gen << 32) | k;
            entity[k] = e;
        } else {
            k = (int) stamp;
            if (!beats(e, k, s, v)) return;
        }
        score[k] = s;
        name[k] = n;
        via[k] = v;
    }

    private void grow() {
        int size = 2 * entity.length;
        entity = Arrays.copyOf(entity, size);
        name = Arrays.copyOf(name, size);
        via = Arrays.copyOf(via, size);
        score = Arrays.copyOf(score, size);
    }

    private boolean beats(int e, int k, double s, int v) {
        if (s != score[k]) return s > score[k];
        return via[k] != e && (v == e || v < via[k]);
    }

    double score(int e) {
        return score[(int) slotOf[e]];
    }

    int name(int e) {
        return name[(int) slotOf[e]];
    }

    int via(int e) {
        return via[(int) slotOf[e]];
    }

    /** How many entities have been offered since the last {@link #reset}. */
    int count() {
        return count;
    }

    /** The {@code k}-th entity offered since the last {@link #reset}, in the order of first offer. */
    int entity(int k) {
        return entity[k];
    }
}
