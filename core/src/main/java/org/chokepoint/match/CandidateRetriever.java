package org.chokepoint.match;

import org.chokepoint.names.TokenKind;

import java.util.Arrays;

/**
 * First stage of screening: the names that share something with the query — an exact token, a joined token
 * pair, a one-edit variant or a phonetic key — ranked by the weight of what they share relative to both
 * names' total weight, cut to the best {@code limit}. Work is bounded by the postings of the query's tokens,
 * not by the size of the lists. One instance per thread (it keeps scratch arrays).
 */
final class CandidateRetriever {
    static final double EXACT = 1.0;
    static final double EDIT = 0.8;
    static final double PHONETIC = 0.7;
    /** Phonetic keys shared by more names than this are too common to narrow anything down. */
    static final int MAX_PHONETIC_POSTINGS = 5000;

    private final NameIndex index;
    /** The same thread's scorer: what a token reached by typo or phonetic key can count for ({@link NameScorer#pairCeiling}). */
    private final NameScorer pairs;
    /**
     * Per name, a block of {@link #BLOCK} ints that every credit and estimate of the name reads and writes: one
     * cache line for two names, where an array per field cost a cache miss per field (the postings of a common
     * word touch thousands of names in no order). Floats are kept as their bits.
     * <ul>
     * <li>{@link #QUERY}, {@link #WORD}: the query and the query word that last credited the name;</li>
     * <li>{@link #ACC}: rank credit; {@link #FULL}: shared weight, each query word counted by the best similarity
     * the scorer could give it with a list word retrieval reached, the optimistic estimate of {@link #mayReach};
     * {@link #WORD_FULL}: what the current query word counts in it;</li>
     * <li>{@link #WEIGHT}, {@link #WEAK}: the name's weight and that of its weak words, fixed.</li>
     * </ul>
     */
    private final int[] blocks;
    private static final int BLOCK = 8, QUERY = 0, WORD = 1, ACC = 2, FULL = 3, WORD_FULL = 4, WEIGHT = 5, WEAK = 6;
    /**
     * The names the query reached, in order of first credit; grown as needed, for a query reaches a few thousand of
     * the lists' names (the blocks are per name of the lists, this is per name reached).
     */
    private int[] touched = new int[4096];
    /** Retrieval rank of touched[i], and a copy reordered by selection; as long as touched. */
    private float[] rank = new float[4096], selection = new float[4096];
    /** Per token, for the last query: whether the weak word can pair with a query word (valid when stamped). */
    private final int[] weakStamp;
    private final boolean[] weakPairs;
    private int touchedCount;
    private int queryGen;
    private int tokenGen;

    CandidateRetriever(NameIndex index, NameScorer pairs) {
        this.index = index;
        this.pairs = pairs;
        int n = index.nameCount();
        blocks = new int[BLOCK * n];
        for (int name = 0; name < n; name++) {
            float weak = 0;
            for (int t : index.nameWeakTokens[name]) weak += index.tokenWeight[t];
            set(name, WEIGHT, Math.max(index.nameWeight[name], 1e-6f));
            set(name, WEAK, weak);
        }
        weakStamp = new int[index.tokenCount()];
        weakPairs = new boolean[index.tokenCount()];
    }

    /**
     * Name ids, best first, at most {@code limit}, of the names whose estimate ({@link #mayReach}) reaches
     * {@code cutoff}; every name that shares something with the query when the cutoff is 0. The cut comes before
     * the limit, so the limit counts names worth scoring, not names that share a common word.
     */
    int[] retrieve(QueryName q, int limit, double cutoff) {
        queryGen++;
        touchedCount = 0;
        boolean onlyWeak = !q.hasNameToken();
        for (int i = 0; i < q.n; i++) {
            if (!onlyWeak && q.kind[i] != TokenKind.NAME) continue; // counted by mayReach, not retrieved
            tokenGen++;
            if (q.id[i] >= 0) credit(index.tokenPostings[q.id[i]], index.tokenWeight[q.id[i]], EXACT, 1.0);
            if (q.kind[i] != TokenKind.NAME) continue;
            KeyedPostings concat = index.concatPostings;
            int joined = concat.find(q.tok[i]);
            if (joined >= 0) credit(concat.values, concat.from(joined), concat.ends[joined], q.weight[i], EXACT, 1.0);
            creditEdits(q, i);
            int[] p = null, keyTokens = null;
            if (q.abjad && q.consId[i] >= 0 && q.cons[i].length() >= TokenSimilarity.MIN_CONSONANT_KEY) {
                p = index.consonantPostings[q.consId[i]];
                keyTokens = index.consonantTokens[q.consId[i]];
            } else if (!q.abjad && q.skelId[i] >= 0 && q.skel[i].length() >= TokenSimilarity.MIN_VOWEL_KEY) {
                p = index.skeletonPostings[q.skelId[i]];
                keyTokens = index.skeletonTokens[q.skelId[i]];
            }
            if (p != null && p.length <= MAX_PHONETIC_POSTINGS) {
                for (int t : keyTokens) {
                    if (t != q.id[i]) credit(index.tokenPostings[t], q.weight[i], PHONETIC, pairs.pairCeiling(q, i, t));
                }
            }
        }
        for (int i = 0; i + 1 < q.n; i++) {
            for (int end = i + 1; end < Math.min(q.n, i + NameScorer.MAX_JOIN); end++) {
                String joined = q.joined(i, end);
                if (joined == null) break;
                int id = index.tokenIds.id(joined);
                if (id < 0) continue;
                tokenGen++;
                credit(index.tokenPostings[id], index.tokenWeight[id], EXACT, 1.0);
            }
        }
        if (!onlyWeak) {
            // a weak word may meet the same word written as a name word ("Qari" leads one name as a title, is a
            // name word in "SAIFULLAH, Qari"): the scorer pairs them, so the bound of names retrieved must know
            for (int i = 0; i < q.n; i++) {
                int asName = q.asNameId[i];
                if (asName < 0) continue;
                tokenGen++;
                creditBoundOnly(index.tokenPostings[asName], index.tokenWeight[asName]);
            }
        }
        return top(q, limit, cutoff);
    }

    private void grow() {
        int size = Math.min(2 * touched.length, index.nameCount());
        touched = Arrays.copyOf(touched, size);
        rank = new float[size];
        selection = new float[size];
    }

    private void creditEdits(QueryName q, int i) {
        int own = q.id[i];
        int[] partners = own >= 0 ? index.typoPartners(own) : index.typoPartners(q.tok[i], -1);
        for (int t : partners) credit(index.tokenPostings[t], index.tokenWeight[t], EDIT, pairs.pairCeiling(q, i, t));
    }

    private float get(int name, int slot) {
        return Float.intBitsToFloat(blocks[BLOCK * name + slot]);
    }

    private void set(int name, int slot, float v) {
        blocks[BLOCK * name + slot] = Float.floatToRawIntBits(v);
    }

    /** Adds to the optimistic bound of names already retrieved, without retrieving or ranking any. */
    private void creditBoundOnly(int[] postings, double w) {
        for (int name : postings) {
            int at = BLOCK * name;
            if (blocks[at + QUERY] == queryGen && blocks[at + WORD] != tokenGen) {
                blocks[at + WORD] = tokenGen;
                set(name, FULL, get(name, FULL) + (float) w);
            }
        }
    }

    private void credit(int[] postings, double w, double factor, double similarity) {
        credit(postings, 0, postings.length, w, factor, similarity);
    }

    /**
     * Credits the names of {@code postings} for the current query word: its rank by the path's factor, the first
     * path to reach a name counting (exact before joined before typo before phonetic), and its estimate by the
     * best similarity any path gives it.
     */
    private void credit(int[] postings, int from, int to, double w, double factor, double similarity) {
        float fw = (float) (w * factor), counted = (float) (w * similarity);
        for (int p = from; p < to; p++) {
            int name = postings[p];
            int at = BLOCK * name;
            if (blocks[at + QUERY] != queryGen) {
                blocks[at + QUERY] = queryGen;
                blocks[at + WORD] = tokenGen;
                set(name, ACC, fw);
                set(name, FULL, counted);
                set(name, WORD_FULL, counted);
                if (touchedCount == touched.length) grow();
                touched[touchedCount++] = name;
            } else if (blocks[at + WORD] != tokenGen) {
                blocks[at + WORD] = tokenGen;
                set(name, ACC, get(name, ACC) + fw);
                set(name, FULL, get(name, FULL) + counted);
                set(name, WORD_FULL, counted);
            } else {
                float before = get(name, WORD_FULL);
                if (counted > before) {
                    set(name, FULL, get(name, FULL) + counted - before);
                    set(name, WORD_FULL, counted);
                }
            }
        }
    }

    /**
     * Whether a name the last {@link #retrieve} reached may score {@code cutoff} or more, by an optimistic
     * estimate: each query word counted by the best similarity of a list word retrieval reached through it, blended
     * as the scorer blends at its most lenient.
     */
    private boolean mayReach(QueryName q, int name, double cutoff) {
        float f = get(name, FULL);
        // the query's weak words (legal forms, honorifics, connectors) may all find partners
        double qs = Math.min(1.0, (f + q.unretrievedWeight) / Math.max(q.totalWeight, 1e-6f));
        float nameWeight = get(name, WEIGHT);
        if (blend(qs, Math.min(1.0, f / nameWeight)) >= cutoff) return true;
        // the name's weak words count when the query has the same word or one that reads as that legal form
        // ("sa", "ad"); looked at only here, for the few names the cheaper estimate would drop, and only when all
        // of them together would lift it
        if (!q.pairsWeakWords || blend(qs, Math.min(1.0, (f + get(name, WEAK)) / nameWeight)) < cutoff) return false;
        float listWeak = 0;
        for (int t : index.nameWeakTokens[name]) {
            if (weakStamp[t] != queryGen) {
                weakStamp[t] = queryGen;
                weakPairs[t] = q.mayPair(t, index.tokenText[t]);
            }
            if (weakPairs[t]) listWeak += index.tokenWeight[t];
        }
        return listWeak > 0 && blend(qs, Math.min(1.0, (f + listWeak) / nameWeight)) >= cutoff;
    }

    private static double blend(double qs, double ls) {
        double hi = Math.max(qs, ls), lo = Math.min(qs, ls);
        return NameScorer.SHORTER_SIDE * hi + (1 - NameScorer.SHORTER_SIDE) * lo;
    }

    private int[] top(QueryName q, int limit, double cutoff) {
        // the names that pass the estimate, kept in touched order at the front of touched
        int n = 0;
        float qw = Math.max(q.totalWeight, 1e-6f);
        for (int t = 0; t < touchedCount; t++) {
            int name = touched[t];
            if (cutoff > 0 && !mayReach(q, name, cutoff)) continue;
            float a = get(name, ACC);
            touched[n] = name;
            rank[n++] = 0.5f * a / qw + 0.5f * a / get(name, WEIGHT);
        }
        int k = Math.min(limit, n);
        if (k == 0) return new int[0];
        // linear-time selection of the k-th best rank, then the names above it; ties at the cut in touched order
        long[] picked = new long[k];
        int c = 0;
        if (k == n) {
            for (int t = 0; t < n; t++) picked[c++] = packed(t);
        } else {
            System.arraycopy(rank, 0, selection, 0, n);
            float cut = select(selection, n, n - k);
            for (int t = 0; t < n; t++) if (rank[t] > cut) picked[c++] = packed(t);
            for (int t = 0; t < n && c < k; t++) if (rank[t] == cut) picked[c++] = packed(t);
        }
        Arrays.sort(picked);
        int[] out = new int[k];
        for (int i = 0; i < k; i++) out[i] = touched[~(int) picked[k - 1 - i]];
        return out;
    }

    /** Rank (non-negative, so its float bits order as integers) above the position in touched, for sorting. */
    private long packed(int t) {
        return ((long) Float.floatToIntBits(rank[t]) << 32) | (0xFFFFFFFFL & ~t);
    }

    /** The value that would stand at position {@code pos} were {@code v[0..n)} sorted ascending (reorders v). */
    static float select(float[] v, int n, int pos) {
        int lo = 0, hi = n - 1;
        while (lo < hi) {
            float pivot = median(v[lo], v[(lo + hi) >>> 1], v[hi]);
            int i = lo, j = hi;
            while (i <= j) {
                while (v[i] < pivot) i++;
                while (v[j] > pivot) j--;
                if (i <= j) {
                    float tmp = v[i];
                    v[i++] = v[j];
                    v[j--] = tmp;
                }
            }
            if (pos <= j) hi = j;
            else if (pos >= i) lo = i;
            else return v[pos];
        }
        return v[pos];
    }

    private static float median(float a, float b, float c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
