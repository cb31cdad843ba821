package org.chokepoint.match;

import java.util.Arrays;

/**
 * Numbers the ids one query meets (entities, list tokens) 0, 1, 2, ... in the order it first meets them, so that
 * what the query keeps per id lives in small arrays indexed by that number, not in arrays as long as the lists. The
 * one table as long as the ids holds, per id, its number (low half) and the generation of the query that gave it
 * (high half), so {@link #reset} costs nothing. Example: after a reset, add(7) is 0 and add(3) is 1; numberOf(7) is
 * 0, numberOf(5) is -1 and id(1) is 3; after the next reset numberOf(7) is -1.
 */
final class QueryNumbering {
    /** Generations stay below this, so that a memo cell can carry one in 29 bits ({@link NameScorer}). */
    static final int GENERATIONS = 1 << 29;
    private final long[] stamps;
    private int[] ids = new int[64];
    private int count;
    private int gen = 1;

    QueryNumbering(int size) {
        stamps = new long[size];
    }

    /**
     * Forgets the last query. True when the generations start again (after 536 million queries): whoever keeps
     * {@link #generation()}s beside the numbers must then forget them too.
     */
    boolean reset() {
        count = 0;
        if (++gen < GENERATIONS) return false;
        Arrays.fill(stamps, 0L);
        gen = 1;
        return true;
    }

    /** The current query's generation, 1 to {@link #GENERATIONS} - 1. */
    int generation() {
        return gen;
    }

    /** The number of {@code id} in this query, -1 when the query has not met it. */
    int numberOf(int id) {
        long s = stamps[id];
        return (int) (s >>> 32) == gen ? (int) s : -1;
    }

    /** Numbers an id the query meets for the first time ({@link #numberOf} is -1); returns its number. */
    int add(int id) {
        int k = count++;
        if (k == ids.length) ids = Arrays.copyOf(ids, 2 * k);
        ids[k] = id;
        stamps[id] = ((long) gen << 32) | k;
        return k;
    }

    /** How many ids the query has met. */
    int count() {
        return count;
    }

    /** The id numbered {@code k}. */
    int id(int k) {
        return ids[k];
    }
}
