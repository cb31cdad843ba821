package org.chokepoint.match;

import org.chokepoint.names.TokenKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Second stage: scores one list name against the query. Tokens are aligned one to one, best pairs first, in any
 * order; a token may also align with two adjacent tokens of the other side written as one word ("jongun" with
 * "jong un", "alqizani" with "al qizani"). The score blends how much of the query's weight the list name explains
 * with how much of the list name's weight the query explains; persons lean on the query side, so a missing middle
 * name or patronymic costs less than a wrong one. One instance per thread.
 */
final class NameScorer {
    enum Method { EXACT, PHONETIC, EDIT, CONCAT, INITIAL }

    static final double MIN_PAIR = 0.6;
    static final double PERSON_QUERY_SIDE = 0.7;
    /** Factor when the surname of a "SURNAME, Given" list name found no partner in the query. */
    static final double SURNAME_MISSING = 0.85;
    /** Factor when no word of the name matched exactly: only spelling-variant evidence. */
    static final double NO_EXACT_WORD = 0.95;
    static final double OTHER_QUERY_SIDE = 0.5;
    private static final int MAX_PAIRS = 512;

    private final NameIndex index;
    private final int[] pq = new int[MAX_PAIRS], pq2 = new int[MAX_PAIRS], pl = new int[MAX_PAIRS], pl2 = new int[MAX_PAIRS];
    private final float[] psim = new float[MAX_PAIRS];
    private final float[] pweight = new float[MAX_PAIRS];
    private final Method[] pmethod = new Method[MAX_PAIRS];
    private final int[] order = new int[MAX_PAIRS];
    private int count;
    private final float[] qSim = new float[64], lSim = new float[64];
    private final int[] qPair = new int[64], lPair = new int[64];

    // per query memo of single-token similarities: slot i * tokenCount + t, valid when memoStamp equals queryGen
    private final float[] memoSim;
    private final Method[] memoMethod;
    private final int[] memoStamp;
    private int queryGen;
    private QueryName memoQuery;
    private static final int MEMO_TOKENS = 24;

    NameScorer(NameIndex index) {
        this.index = index;
        int size = MEMO_TOKENS * index.tokenCount();
        memoSim = new float[size];
        memoMethod = new Method[size];
        memoStamp = new int[size];
    }

    /** Score in [0,1] of list name {@code name} for the query. */
    double score(QueryName q, int name, boolean person) {
        align(q, name);
        return combine(q, name, person);
    }

    /** The token alignment behind the last {@link #score} call's name, for explanations. */
    List<Explanation.TokenMatch> explain(QueryName q, int name, boolean person) {
        int[] l = index.nameTokens[name];
        align(q, name);
        combine(q, name, person);
        List<Explanation.TokenMatch> out = new ArrayList<>();
        for (int i = 0; i < q.n; i++) {
            int p = qPair[i];
            String qt = display(q.tok[i], q.kind[i]);
            if (p < 0) {
                out.add(new Explanation.TokenMatch(qt, null, "none", 0, round(effectiveQueryWeight(q, i, l))));
                continue;
            }
            if (pq2[p] == i) continue; // second half of a joined query pair, reported with the first
            String query = pq2[p] >= 0 ? qt + "+" + display(q.tok[pq2[p]], q.kind[pq2[p]]) : qt;
            String list = listToken(l[pl[p]]) + (pl2[p] >= 0 ? "+" + listToken(l[pl2[p]]) : "");
            out.add(new Explanation.TokenMatch(query, list, pmethod[p].name().toLowerCase(java.util.Locale.ROOT),
                    round(psim[p]), round(effectiveQueryWeight(q, i, l))));
        }
        for (int j = 0; j < l.length; j++) {
            if (lPair[j] < 0) {
                out.add(new Explanation.TokenMatch(null, listToken(l[j]), "list only", 0, round(index.tokenWeight[l[j]])));
            }
        }
        return out;
    }

    private String listToken(int id) {
        return display(index.tokenText[id], index.tokenKind[id]);
    }

    private static String display(String token, TokenKind kind) {
        return kind == TokenKind.LEGAL_FORM ? "<" + token + ">" : token;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** Whether the current comparison uses consonant keys (either side written without short vowels). */
    private boolean abjad;

    private void align(QueryName q, int name) {
        int[] l = index.nameTokens[name];
        abjad = q.abjad || index.nameAbjad[name];
        count = 0;
        int n = Math.min(q.n, 64), m = Math.min(l.length, 64);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                addPair(q, i, -1, j, -1, l, memoSingle(q, i, l[j]));
            }
        }
        // a query token written as two adjacent list tokens, and the reverse
        for (int i = 0; i < n; i++) {
            if (q.kind[i] != TokenKind.NAME) continue;
            String a = q.tok[i];
            for (int j = 0; j + 1 < m; j++) {
                String b1 = index.tokenText[l[j]], b2 = index.tokenText[l[j + 1]];
                if (index.tokenKind[l[j]] == TokenKind.LEGAL_FORM || index.tokenKind[l[j + 1]] == TokenKind.LEGAL_FORM) continue;
                int len = b1.length() + b2.length();
                if (Math.abs(len - a.length()) > 2 || a.charAt(0) != b1.charAt(0)) continue;
                addPair(q, i, -1, j, j + 1, l, joined(a, abjad ? q.cons[i] : q.skel[i], b1 + b2));
            }
        }
        for (int i = 0; i + 1 < n; i++) {
            if (q.pairText[i] == null) continue;
            String a = q.pairText[i];
            for (int j = 0; j < m; j++) {
                String b = index.tokenText[l[j]];
                if (index.tokenKind[l[j]] == TokenKind.LEGAL_FORM) continue;
                if (Math.abs(b.length() - a.length()) > 2 || a.charAt(0) != b.charAt(0)) continue;
                double s = a.equals(b) ? 1.0 : TokenSimilarity.edit(a, b);
                if (s < 1.0 && (abjad ? q.pairCons[i].equals(index.consonantText[index.tokenConsonants[l[j]]])
                        : q.pairSkel[i].equals(index.skeletonText[index.tokenSkeleton[l[j]]]))) {
                    s = Math.max(s, TokenSimilarity.phonetic(a, b));
                }
                addPair(q, i, i + 1, j, -1, l, s);
            }
        }
        greedy(n, m);
    }

    private double joined(String a, String aKey, String b) {
        if (a.equals(b)) return 1.0;
        double e = TokenSimilarity.edit(a, b);
        String bKey = org.chokepoint.names.PhoneticKey.of(b);
        if (abjad) bKey = org.chokepoint.names.PhoneticKey.consonantsOf(bKey);
        return aKey.equals(bKey) ? Math.max(e, TokenSimilarity.phonetic(a, b)) : e;
    }

    private Method lastMethod;

    private double memoSingle(QueryName q, int i, int t) {
        if (abjad != q.abjad || i >= MEMO_TOKENS) return single(q, i, t);
        if (q != memoQuery) {
            memoQuery = q;
            queryGen++;
        }
        int slot = i * index.tokenCount() + t;
        if (memoStamp[slot] == queryGen) {
            lastMethod = memoMethod[slot];
            return memoSim[slot];
        }
        double s = single(q, i, t);
        memoStamp[slot] = queryGen;
        memoSim[slot] = (float) s;
        memoMethod[slot] = lastMethod;
        return s;
    }

    private double single(QueryName q, int i, int t) {
        if (q.id[i] == t) {
            lastMethod = Method.EXACT;
            return 1.0;
        }
        if (q.kind[i] == TokenKind.LEGAL_FORM || index.tokenKind[t] == TokenKind.LEGAL_FORM) return 0;
        String a = q.tok[i], b = index.tokenText[t];
        double best = 0;
        double e = q.digits[i] || index.tokenDigits[t] ? 0 : TokenSimilarity.edit(a, b);
        if (e > best) {
            best = e;
            lastMethod = Method.EDIT;
        }
        boolean samePhonetic = abjad
                ? q.consId[i] >= 0 && q.consId[i] == index.tokenConsonants[t] && q.cons[i].length() >= TokenSimilarity.MIN_CONSONANT_KEY
                : q.skelId[i] >= 0 && q.skelId[i] == index.tokenSkeleton[t] && q.skel[i].length() >= TokenSimilarity.MIN_VOWEL_KEY;
        if (samePhonetic && best < 1.0) {
            double p = TokenSimilarity.phonetic(a, b);
            if (p > best) {
                best = p;
                lastMethod = Method.PHONETIC;
            }
        }
        if (best < TokenSimilarity.INITIAL && ((a.length() == 1 && b.charAt(0) == a.charAt(0))
                || (b.length() == 1 && a.charAt(0) == b.charAt(0)))) {
            best = TokenSimilarity.INITIAL;
            lastMethod = Method.INITIAL;
        }
        return best;
    }

    private void addPair(QueryName q, int i, int i2, int j, int j2, int[] l, double sim) {
        if (sim < MIN_PAIR || count >= MAX_PAIRS) return;
        pq[count] = i;
        pq2[count] = i2;
        pl[count] = j;
        pl2[count] = j2;
        psim[count] = (float) sim;
        pmethod[count] = i2 >= 0 || j2 >= 0 ? Method.CONCAT : lastMethod;
        pweight[count] = index.tokenWeight[l[j]] + (j2 >= 0 ? index.tokenWeight[l[j2]] : 0);
        count++;
    }

    private void greedy(int n, int m) {
        for (int k = 0; k < count; k++) order[k] = k;
        // insertion sort: best similarity first, then the heavier list side
        for (int a = 1; a < count; a++) {
            int x = order[a];
            int b = a - 1;
            while (b >= 0 && better(x, order[b])) {
                order[b + 1] = order[b];
                b--;
            }
            order[b + 1] = x;
        }
        for (int i = 0; i < n; i++) {
            qPair[i] = -1;
            qSim[i] = 0;
        }
        for (int j = 0; j < m; j++) {
            lPair[j] = -1;
            lSim[j] = 0;
        }
        for (int k = 0; k < count; k++) {
            int p = order[k];
            if (qPair[pq[p]] >= 0 || lPair[pl[p]] >= 0) continue;
            if (pq2[p] >= 0 && qPair[pq2[p]] >= 0) continue;
            if (pl2[p] >= 0 && lPair[pl2[p]] >= 0) continue;
            qPair[pq[p]] = p;
            qSim[pq[p]] = psim[p];
            lPair[pl[p]] = p;
            lSim[pl[p]] = psim[p];
            if (pq2[p] >= 0) {
                qPair[pq2[p]] = p;
                qSim[pq2[p]] = psim[p];
            }
            if (pl2[p] >= 0) {
                lPair[pl2[p]] = p;
                lSim[pl2[p]] = psim[p];
            }
        }
    }

    private boolean better(int x, int y) {
        if (psim[x] != psim[y]) return psim[x] > psim[y];
        return pweight[x] > pweight[y];
    }

    /** Weight a query token counts with: its own, or for a word no list has, the weight of what it matched. */
    private float effectiveQueryWeight(QueryName q, int i, int[] l) {
        if (q.id[i] >= 0 || qPair[i] < 0) return q.weight[i];
        int p = qPair[i];
        float w = index.tokenWeight[l[pl[p]]] + (pl2[p] >= 0 ? index.tokenWeight[l[pl2[p]]] : 0);
        return pq2[p] >= 0 ? w / 2 : w;
    }

    private double combine(QueryName q, int name, boolean person) {
        int[] l = index.nameTokens[name];
        int n = Math.min(q.n, 64), m = Math.min(l.length, 64);
        double qTotal = 0, qMatched = 0, lTotal = 0, lMatched = 0;
        for (int i = 0; i < n; i++) {
            float w = effectiveQueryWeight(q, i, l);
            qTotal += w;
            qMatched += w * qSim[i];
        }
        for (int j = 0; j < m; j++) {
            float w = index.tokenWeight[l[j]];
            lTotal += w;
            lMatched += w * lSim[j];
        }
        if (qTotal <= 0 || lTotal <= 0) return 0;
        double a = person ? PERSON_QUERY_SIDE : OTHER_QUERY_SIDE;
        double score = a * qMatched / qTotal + (1 - a) * lMatched / lTotal;
        long surname = index.nameSurname[name];
        if (person && surname != 0) {
            boolean found = false;
            for (int j = 0; j < m && !found; j++) found = (surname & (1L << j)) != 0 && lPair[j] >= 0;
            if (!found) score *= SURNAME_MISSING;
        }
        boolean exactWord = false;
        for (int i = 0; i < n && !exactWord; i++) exactWord = q.kind[i] == TokenKind.NAME && qSim[i] >= 1.0f;
        if (!exactWord) score *= NO_EXACT_WORD;
        return score;
    }
}
