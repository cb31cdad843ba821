package org.chokepoint.match;

import java.util.Arrays;

/**
 * The best-scoring name of each entity one query has scored. The entities are numbered in the order the query first
 * offers them ({@link QueryNumbering}), and their scores, names and sources kept in arrays of that number, so a query
 * costs no map and no boxing, an offer touches one cache line of the lists' size, and a worker keeps 8 bytes an
 * entity (it kept 20, in four arrays: 21 MB at a million entities). One instance per worker. Example: offering entity
 * 7 name 12 at 0.91 and then name 13 at 0.88 keeps name 12; {@link #count()} is 1 and {@link #entity(int) entity(0)}
 * is 7.
 */
final class EntityBest {
    private final QueryNumbering numbers;
    private int[] name = new int[64], via = new int[64];
    private double[] score = new double[64];

    EntityBest(int entities) {
        numbers = new QueryNumbering(entities);
    }

    /** Forgets the last query. */
    void reset() {
        numbers.reset();
    }

    boolean has(int e) {
        return numbers.numberOf(e) >= 0;
    }

    /**
     * Keeps {@code n}, reached through entity {@code v} (the entity itself, or one that names it as the same
     * subject and passes its score on), when it scores higher than what the entity has. At an equal score the
     * entity's own name stays, and of two passed on, the lower {@code v}'s: the outcome does not depend on the
     * order scores are passed on in. Example: entity 7 scored 0.90 itself; 0.90 passed on from entity 3 leaves it as
     * it is; without its own, 0.90 from 5 and then 0.90 from 3 keep 3's.
     */
    void offer(int e, double s, int n, int v) {
        int k = numbers.numberOf(e);
        if (k < 0) {
            k = numbers.add(e);
            if (k == score.length) grow();
        } else if (!beats(e, k, s, v)) {
            return;
        }
        score[k] = s;
        name[k] = n;
        via[k] = v;
    }

    private void grow() {
        int size = 2 * score.length;
        name = Arrays.copyOf(name, size);
        via = Arrays.copyOf(via, size);
        score = Arrays.copyOf(score, size);
    }

    private boolean beats(int e, int k, double s, int v) {
        if (s != score[k]) return s > score[k];
        return via[k] != e && (v == e || v < via[k]);
    }

    double score(int e) {
        return score[numbers.numberOf(e)];
    }

    int name(int e) {
        return name[numbers.numberOf(e)];
    }

    int via(int e) {
        return via[numbers.numberOf(e)];
    }

    /** How many entities have been offered since the last {@link #reset}. */
    int count() {
        return numbers.count();
    }

    /** The {@code k}-th entity offered since the last {@link #reset}, in the order of first offer. */
    int entity(int k) {
        return numbers.id(k);
    }
}
