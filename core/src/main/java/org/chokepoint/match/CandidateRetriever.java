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
    private final float[] acc;
    /** Shared weight counted in full whatever the path: an optimistic bound used to skip hopeless names. */
    private final float[] full;
    private final int[] queryStamp;
    private final int[] tokenStamp;
    private final int[] touched;
    /** Retrieval rank of touched[i], and a copy reordered by selection. */
    private final float[] rank, selection;
    /** Per token, for the last query: whether the weak word can pair with a query word (valid when stamped). */
    private final int[] weakStamp;
    private final boolean[] weakPairs;
    private int touchedCount;
    private int queryGen;
    private int tokenGen;

    CandidateRetriever(NameIndex index) {
        this.index = index;
        int n = index.nameCount();
        acc = new float[n];
        full = new float[n];
        queryStamp = new int[n];
        tokenStamp = new int[n];
        touched = new int[n];
        rank = new float[n];
        selection = new float[n];
        weakStamp = new int[index.tokenCount()];
        weakPairs = new boolean[index.tokenCount()];
    }

    /** Name ids, best first, at most {@code limit}. */
    int[] retrieve(QueryName q, int limit) {
        queryGen++;
        touchedCount = 0;
        boolean onlyWeak = !q.hasNameToken();
        for (int i = 0; i < q.n; i++) {
            if (!onlyWeak && q.kind[i] != TokenKind.NAME) continue; // counted by mayReach, not retrieved
            tokenGen++;
            if (q.id[i] >= 0) credit(index.tokenPostings[q.id[i]], index.tokenWeight[q.id[i]], EXACT);
            if (q.kind[i] != TokenKind.NAME) continue;
            KeyedPostings concat = index.concatPostings;
            int joined = concat.find(q.tok[i]);
            if (joined >= 0) credit(concat.values, concat.from(joined), concat.ends[joined], q.weight[i], EXACT);
            creditEdits(q.tok[i], q.id[i]);
            int[] p = null;
            if (q.abjad && q.consId[i] >= 0 && q.cons[i].length() >= TokenSimilarity.MIN_CONSONANT_KEY) {
                p = index.consonantPostings[q.consId[i]];
            } else if (!q.abjad && q.skelId[i] >= 0 && q.skel[i].length() >= TokenSimilarity.MIN_VOWEL_KEY) {
                p = index.skeletonPostings[q.skelId[i]];
            }
            if (p != null && p.length <= MAX_PHONETIC_POSTINGS) credit(p, q.weight[i], PHONETIC);
        }
        for (int i = 0; i + 1 < q.n; i++) {
            for (int end = i + 1; end < Math.min(q.n, i + NameScorer.MAX_JOIN); end++) {
                String joined = q.joined(i, end);
                if (joined == null) break;
                int id = index.tokenIds.id(joined);
                if (id < 0) continue;
                tokenGen++;
                credit(index.tokenPostings[id], index.tokenWeight[id], EXACT);
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
        return top(q, limit);
    }

    private void creditEdits(String t, int ownId) {
        if (t.length() < 4 || TokenSimilarity.hasDigit(t)) return;
        creditTokens(index.deletions.find(t), ownId);    // list token is t plus one letter
        for (String d : NameIndex.deletes(t)) {
            int shorter = index.tokenIds.id(d);           // list token is t minus one letter
            if (shorter >= 0 && shorter != ownId && index.tokenKind[shorter] == TokenKind.NAME) {
                credit(index.tokenPostings[shorter], index.tokenWeight[shorter], EDIT);
            }
            creditTokens(index.deletions.find(d), ownId); // one substitution or swap
        }
    }

    /** Credits the names of the tokens filed under deletion key {@code k} (none when k is -1). */
    private void creditTokens(int k, int ownId) {
        if (k < 0) return;
        KeyedPostings deletions = index.deletions;
        for (int i = deletions.from(k), end = deletions.ends[k]; i < end; i++) {
            int t = deletions.values[i];
            if (t != ownId) credit(index.tokenPostings[t], index.tokenWeight[t], EDIT);
        }
    }

    /** Adds to the optimistic bound of names already retrieved, without retrieving or ranking any. */
    private void creditBoundOnly(int[] postings, double w) {
        for (int name : postings) {
            if (queryStamp[name] == queryGen && tokenStamp[name] != tokenGen) {
                tokenStamp[name] = tokenGen;
                full[name] += (float) w;
            }
        }
    }

    private void credit(int[] postings, double w, double factor) {
        credit(postings, 0, postings.length, w, factor);
    }

    private void credit(int[] postings, int from, int to, double w, double factor) {
        float fw = (float) (w * factor), whole = (float) w;
        for (int p = from; p < to; p++) {
            int name = postings[p];
            if (queryStamp[name] != queryGen) {
                queryStamp[name] = queryGen;
                acc[name] = 0;
                full[name] = 0;
                tokenStamp[name] = 0;
                touched[touchedCount++] = name;
            }
            if (tokenStamp[name] != tokenGen) {
                tokenStamp[name] = tokenGen;
                acc[name] += fw;
                full[name] += whole;
            }
        }
    }

    /**
     * Whether a name returned by the last {@link #retrieve} may score {@code cutoff} or more, by an optimistic
     * estimate: every shared key counted as an exact match, blended as the scorer blends at its most lenient.
     */
    boolean mayReach(QueryName q, int name, double cutoff) {
        float f = full[name];
        // the query's weak words (legal forms, honorifics, connectors) may all find partners
        double qs = Math.min(1.0, (f + q.unretrievedWeight) / Math.max(q.totalWeight, 1e-6f));
        float nameWeight = Math.max(index.nameWeight[name], 1e-6f);
        if (blend(qs, Math.min(1.0, f / nameWeight)) >= cutoff) return true;
        // the name's weak words count when the query has the same word or one that reads as that legal form
        // ("sa", "ad"); looked at only here, for the few names the cheaper estimate would drop
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

    private int[] top(QueryName q, int limit) {
        int n = touchedCount;
        int k = Math.min(limit, n);
        if (k == 0) return new int[0];
        float qw = Math.max(q.totalWeight, 1e-6f);
        for (int t = 0; t < n; t++) {
            int name = touched[t];
            float a = acc[name];
            rank[t] = 0.5f * a / qw + 0.5f * a / Math.max(index.nameWeight[name], 1e-6f);
        }
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
