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
    }

    /** Name ids, best first, at most {@code limit}. */
    int[] retrieve(QueryName q, int limit) {
        queryGen++;
        touchedCount = 0;
        boolean onlyWeak = !q.hasNameToken();
        for (int i = 0; i < q.n; i++) {
            if (!onlyWeak && q.kind[i] != TokenKind.NAME) continue;
            tokenGen++;
            if (q.id[i] >= 0) credit(index.tokenPostings[q.id[i]], index.tokenWeight[q.id[i]], EXACT);
            if (q.kind[i] != TokenKind.NAME) continue;
            int[] joined = index.concatPostings.get(q.tok[i]);
            if (joined != null) credit(joined, q.weight[i], EXACT);
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
                Integer id = index.tokenIds.get(joined);
                if (id == null) continue;
                tokenGen++;
                credit(index.tokenPostings[id], index.tokenWeight[id], EXACT);
            }
        }
        return top(q, limit);
    }

    private void creditEdits(String t, int ownId) {
        if (t.length() < 4 || TokenSimilarity.hasDigit(t)) return;
        int[] direct = index.deletions.get(t);           // list token is t plus one letter
        if (direct != null) creditTokens(direct, ownId);
        for (String d : NameIndex.deletes(t)) {
            Integer shorter = index.tokenIds.get(d);      // list token is t minus one letter
            if (shorter != null && shorter != ownId && index.tokenKind[shorter] == TokenKind.NAME) {
                credit(index.tokenPostings[shorter], index.tokenWeight[shorter], EDIT);
            }
            int[] same = index.deletions.get(d);          // one substitution or swap
            if (same != null) creditTokens(same, ownId);
        }
    }

    private void creditTokens(int[] tokenIds, int ownId) {
        for (int t : tokenIds) if (t != ownId) credit(index.tokenPostings[t], index.tokenWeight[t], EDIT);
    }

    private void credit(int[] postings, double w, double factor) {
        float fw = (float) (w * factor), whole = (float) w;
        for (int name : postings) {
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
     * An optimistic estimate of the final score of a name returned by the last {@link #retrieve}: every shared
     * key counted as an exact match, blended as the scorer blends at its most lenient.
     */
    double optimistic(QueryName q, int name) {
        float f = full[name];
        double qs = f / Math.max(q.totalWeight, 1e-6f), ls = f / Math.max(index.nameWeight[name], 1e-6f);
        double hi = Math.max(qs, ls), lo = Math.min(qs, ls);
        return NameScorer.SHORTER_SIDE * hi + (1 - NameScorer.SHORTER_SIDE) * lo;
    }

    private int[] top(QueryName q, int limit) {
        int k = Math.min(limit, touchedCount);
        if (k == 0) return new int[0];
        float qw = Math.max(q.totalWeight, 1e-6f);
        // bounded min-heap of (rank, name)
        float[] heapRank = new float[k];
        int[] heapName = new int[k];
        int size = 0;
        for (int t = 0; t < touchedCount; t++) {
            int name = touched[t];
            float a = acc[name];
            float rank = 0.5f * a / qw + 0.5f * a / Math.max(index.nameWeight[name], 1e-6f);
            if (size < k) {
                heapRank[size] = rank;
                heapName[size] = name;
                siftUp(heapRank, heapName, size++);
            } else if (rank > heapRank[0]) {
                heapRank[0] = rank;
                heapName[0] = name;
                siftDown(heapRank, heapName, size);
            }
        }
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Float.compare(heapRank[b], heapRank[a]));
        int[] out = new int[size];
        for (int i = 0; i < size; i++) out[i] = heapName[order[i]];
        return out;
    }

    private static void siftUp(float[] r, int[] n, int i) {
        while (i > 0) {
            int p = (i - 1) >>> 1;
            if (r[p] <= r[i]) break;
            swap(r, n, p, i);
            i = p;
        }
    }

    private static void siftDown(float[] r, int[] n, int size) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1, rr = l + 1, m = i;
            if (l < size && r[l] < r[m]) m = l;
            if (rr < size && r[rr] < r[m]) m = rr;
            if (m == i) return;
            swap(r, n, m, i);
            i = m;
        }
    }

    private static void swap(float[] r, int[] n, int a, int b) {
        float tr = r[a];
        r[a] = r[b];
        r[b] = tr;
        int tn = n[a];
        n[a] = n[b];
        n[b] = tn;
    }
}
