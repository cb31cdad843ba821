package org.chokepoint.match;

import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;
import org.chokepoint.names.BusinessWords;
import org.chokepoint.names.LegalForms;
import org.chokepoint.names.PhoneticKey;
import org.chokepoint.names.PinyinFinals;
import org.chokepoint.names.TokenKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Second stage: scores one list name against the query. Tokens are aligned one to one, best pairs first, in any
 * order; a token may also align with two or three adjacent tokens of the other side written as one word
 * ("jongun" with "jong un", "jaishimohammed" with "jaish i mohammed"). The score blends how much of the query's
 * weight the list name explains with how much of the list name's weight the query explains; persons lean on the
 * query side, so a missing middle name or patronymic costs less than a wrong one, but a missing surname (the part
 * before the comma in "SURNAME, Given") costs more. One instance per thread.
 */
final class NameScorer {
    enum Method {
        EXACT, PHONETIC, EDIT, CONCAT, INITIAL, LEGAL, PREFIX, TRANSLATION;

        /** As an explanation names it: "exact", "phonetic". */
        final String word = name().toLowerCase(Locale.ROOT);
    }

    static final double MIN_PAIR = 0.6;
    /** Persons: weight of the shorter name's coverage; the rest goes to the longer name's. */
    static final double SHORTER_SIDE = 0.7;
    /** Matched words a list name needs before its coverage may stand in for a longer query's. */
    static final int MIN_WORDS_INSIDE = 3;
    static final double OTHER_QUERY_SIDE = 0.5;
    /** Factor when the surname of a "SURNAME, Given" list name found no partner in the query. */
    static final double SURNAME_MISSING = 0.85;
    /**
     * Factor when a "SURNAME, Given" list name's surname was met but none of its given names: surnames alone are
     * shared by whole families ("Roméo Lopez" is not Martin ROMO LOPEZ).
     */
    static final double GIVEN_MISSING = 0.95;
    /** Weight factor of a patronymic only one side gives (lists print them, queries mostly leave them out). */
    static final double PATRONYMIC_ONE_SIDE = 0.5;
    /** Factor when no word of the name matched exactly or by a small typo: only spelling-variant evidence. */
    static final double NO_EXACT_WORD = 0.95;
    /** Similarity of the cut last word of a line ({@link QueryName#cutAt}) and a list word it begins. */
    static final double PREFIX = 0.9;
    /**
     * Weight factor of the list words after the one the cut last word of a line meets: the line ends before them,
     * so their absence says nothing.
     */
    static final double BEYOND_CUT = 0.1;
    /**
     * Weight factor of a generic business word of a list name ({@link LegalForms#isGeneric}: "economic", "trade",
     * "technology") that the query leaves out, when the query is a short form of the name: every query word found
     * a partner and one of them is a distinctive word met firmly. "Dandong Kehua" is how people write DANDONG
     * KEHUA ECONOMIC AND TRADE CO. LTD.; "Beta Holdings Ltd" is no short form of "Beta Trading Company".
     */
    static final double GENERIC_ABSENT = 0.25;
    /**
     * Similarity of a query initial and a given name of a person it begins, once another word matched firmly:
     * "V. V. Putin" writes Vladimir Vladimirovich PUTIN the way a signature does. Alone an initial is weak
     * ({@link TokenSimilarity#INITIAL}).
     */
    static final double INITIAL_GIVEN = 0.85;
    /**
     * Highest score of a person's list name that is one number ("42", a nickname): a number alone identifies nobody
     * (a handle with letters, "Zevsgod2000", may).
     */
    static final double NUMBER_ALONE = 0.75;
    /**
     * Highest score of a person's alias of one word ("John", "Martin": a.k.a.s the lists print beside the full
     * name): the word may be how the person is known, so it is still a hit, but it names thousands of others
     * and must not read as a certain match. A primary name of one word ("MATIULLAH") is not capped.
     */
    static final double ONE_WORD_ALIAS = 0.9;
    /**
     * Factor for a vessel's or aircraft's name met by a query with a legal form: "Beta Holdings Ltd" is a company,
     * not the ship BETA.
     */
    static final double COMPANY_NOT_CRAFT = 0.85;
    /** Similarity of a Persian or Arabic business word and the English word it stands for ({@link BusinessWords}). */
    static final double TRANSLATION = 0.95;
    /** Most tokens of one side joined to match one token of the other. */
    static final int MAX_JOIN = 3;
    private static final int MAX_PAIRS = 1024;
    private static final int MAX_SIDE = 64;

    private final NameIndex index;
    private final int[] pq = new int[MAX_PAIRS], pqEnd = new int[MAX_PAIRS], pl = new int[MAX_PAIRS], plEnd = new int[MAX_PAIRS];
    private final float[] psim = new float[MAX_PAIRS];
    private final float[] pweight = new float[MAX_PAIRS];
    private final Method[] pmethod = new Method[MAX_PAIRS];
    private final int[] order = new int[MAX_PAIRS];
    private int count;
    private final float[] qSim = new float[MAX_SIDE], lSim = new float[MAX_SIDE];
    private final int[] qPair = new int[MAX_SIDE], lPair = new int[MAX_SIDE];
    private final StringBuilder joinBuf = new StringBuilder(64);
    /** Scratch rows of the edit distance ({@link TokenSimilarity#osa(String, String, int, int[])}). */
    private final int[] osaRows = new int[3 * 64];
    /**
     * Canonical words of each list token read as a legal form ({@link LegalForms#canonical}), looked up once per
     * token and thread: {@code null} not looked up yet, {@link #NOT_LEGAL} when the token is no legal form.
     */
    private final String[][] listCanonical;
    private static final String[] NOT_LEGAL = new String[0]; // also "no English word" in listEnglish
    /** Per list token: 0 not looked up yet, 1 a generic business word ({@link LegalForms#isGeneric}), 2 not. */
    private final byte[] listGeneric;
    /** Per list token: its English word ({@link BusinessWords}) as a one-element array, {@link #NOT_LEGAL} for none. */
    private final String[][] listEnglish;
    /** Whether the current comparison uses consonant keys (either side written without short vowels). */
    private boolean abjad;
    private Method lastMethod;
    /** What the last {@link #combine} read initials against, so that an explanation shows what it counted. */
    private long explainedSurname;
    private boolean explainedInitials;

    /**
     * Per query memo of single-token similarities. The list tokens the query meets are numbered
     * ({@link QueryNumbering}), and a token's number holds the cells of all query tokens side by side:
     * {@code cells[number * stride + i]}, stride the query's token count. A list name's token is then one look-up and
     * one cache line of cells for every query token, where a row per query token (as wide as the token table) cost a
     * cache miss per query token; and the scratch is what one query meets, not 24 rows of the whole table (8.6 MB at
     * the bundled lists' 44,000 tokens, 16 MB at a million entities). A cell holds the query's generation (29 bits),
     * the method (3 bits) and the similarity as float bits, so a number's cells need no clearing: a cell of an
     * earlier query is of an earlier generation.
     */
    private static final int MEMO_TOKENS = 24;
    private static final int GEN_SHIFT = 35;
    private static final Method[] METHODS = Method.values();
    static {
        if (METHODS.length > 8) throw new IllegalStateException("a memo cell keeps a method in 3 bits");
        if (QueryNumbering.GENERATIONS > 1 << (64 - GEN_SHIFT)) throw new IllegalStateException("a memo cell keeps a generation in 29 bits");
    }
    private final QueryNumbering memoTokens;
    private long[] cells = new long[256 * MEMO_TOKENS];
    private int stride;
    private QueryName memoQuery;

    NameScorer(NameIndex index) {
        this.index = index;
        this.listCanonical = new String[index.tokenCount()][];
        this.listGeneric = new byte[index.tokenCount()];
        this.listEnglish = new String[index.tokenCount()][];
        this.memoTokens = new QueryNumbering(index.tokenCount());
    }

    /**
     * What query token i and list token t can count for in any list name holding t: their similarity as
     * {@link #score} pairs them (in consonant keys too when t is in a name written without short vowels), 0 when
     * they would not pair. Retrieval's estimate counts this for the tokens it reaches by typo or phonetic key, so a
     * shared key whose spellings are far apart ("gedo" and "koti") no longer sends a name to scoring. Memoised with
     * the scorer's own similarities for the query.
     */
    double pairCeiling(QueryName q, int i, int t) {
        abjad = q.abjad;
        double s = memoSingle(q, i, t);
        if (!q.abjad && index.tokenInAbjadName[t]) {
            abjad = true;
            s = Math.max(s, single(q, i, t));
        }
        return s >= MIN_PAIR ? s : 0;
    }

    /** Score in [0,1] of list name {@code name} for the query. */
    double score(QueryName q, int name, boolean person) {
        align(q, name);
        return combine(q, name, person);
    }

    /** The token alignment behind the score of {@code name}, for explanations. */
    List<Explanation.TokenMatch> explain(QueryName q, int name, boolean person) {
        int[] l = index.nameTokens[name];
        align(q, name);
        combine(q, name, person);
        List<Explanation.TokenMatch> out = new ArrayList<>();
        int n = Math.min(q.n, MAX_SIDE), m = Math.min(l.length, MAX_SIDE);
        for (int i = 0; i < n; i++) {
            int p = qPair[i];
            if (p < 0) {
                out.add(new Explanation.TokenMatch(display(q.tok[i], q.kind[i]), null, "none", 0,
                        round(effectiveQueryWeight(q, i, l))));
                continue;
            }
            if (pq[p] != i) continue; // later token of a joined query range, reported with the first
            StringBuilder query = new StringBuilder();
            for (int k = pq[p]; k <= pqEnd[p]; k++) query.append(k > pq[p] ? "+" : "").append(display(q.tok[k], q.kind[k]));
            StringBuilder list = new StringBuilder();
            for (int k = pl[p]; k <= plEnd[p]; k++) list.append(k > pl[p] ? "+" : "").append(listToken(l[k]));
            float w = 0;
            for (int k = pq[p]; k <= pqEnd[p]; k++) w += effectiveQueryWeight(q, k, l);
            double counted = givenInitial(q, p, explainedSurname, explainedInitials) ? INITIAL_GIVEN : psim[p];
            out.add(new Explanation.TokenMatch(query.toString(), list.toString(),
                    pmethod[p].word, round(counted), round(w)));
        }
        for (int j = 0; j < m; j++) {
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

    private void align(QueryName q, int name) {
        int[] l = index.nameTokens[name];
        abjad = q.abjad || index.nameAbjad[name];
        count = 0;
        int n = Math.min(q.n, MAX_SIDE), m = Math.min(l.length, MAX_SIDE);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) addPair(i, i, j, j, l, memoSingle(q, i, l[j]));
        }
        // one query token written as two or three adjacent list tokens
        for (int i = 0; i < n; i++) {
            if (q.kind[i] != TokenKind.NAME) continue;
            for (int j = 0; j + 1 < m; j++) {
                for (int end = j + 1; end < Math.min(m, j + MAX_JOIN); end++) {
                    double s = joinedList(q, i, l, j, end);
                    if (s > 0) addPair(i, i, j, end, l, s);
                }
            }
        }
        // two or three adjacent query tokens written as one list token
        for (int i = 0; i + 1 < n; i++) {
            for (int end = i + 1; end < Math.min(n, i + MAX_JOIN); end++) {
                String a = q.joined(i, end);
                if (a == null) break;
                for (int j = 0; j < m; j++) {
                    if (index.tokenKind[l[j]] == TokenKind.LEGAL_FORM) continue;
                    String b = index.tokenText[l[j]];
                    if ((!abjad && Math.abs(b.length() - a.length()) > 2) || a.charAt(0) != b.charAt(0)) continue;
                    double s = a.equals(b) ? 1.0 : TokenSimilarity.edit(a, b, osaRows);
                    // the same key is the same key id: both tables hold each key once
                    if (s < 1.0 && (abjad || Math.abs(b.length() - a.length()) <= 1)
                            && q.joinedKeyId(i, end, abjad) == (abjad ? index.tokenConsonants[l[j]] : index.tokenSkeleton[l[j]])) {
                        s = Math.max(s, TokenSimilarity.phonetic(a, b, osaRows));
                    }
                    addPair(i, end, j, j, l, s);
                }
            }
        }
        greedy(n, m);
    }

    /** Similarity of query token i with list tokens j..end written together, 0 when they cannot be one word. */
    private double joinedList(QueryName q, int i, int[] l, int j, int end) {
        String a = q.tok[i];
        if (a.charAt(0) != index.tokenText[l[j]].charAt(0)) return 0;
        // a particle the query writes apart just before the word is not also inside it: the query "al alani" keeps
        // its "al" for the list's, and its "alani" is not the list's "al ani"
        if (i > 0 && q.id[i - 1] == l[j] && index.tokenKind[l[j]] == TokenKind.CONNECTOR) return 0;
        int length = 0;
        for (int k = j; k <= end; k++) {
            if (index.tokenKind[l[k]] == TokenKind.LEGAL_FORM) return 0;
            length += index.tokenText[l[k]].length();
        }
        // without written short vowels the lengths of the two spellings say little
        if (!abjad && Math.abs(length - a.length()) > 2) return 0;
        joinBuf.setLength(0);
        for (int k = j; k <= end; k++) joinBuf.append(index.tokenText[l[k]]);
        String b = joinBuf.toString();
        if (a.equals(b)) return 1.0;
        double e = TokenSimilarity.edit(a, b, osaRows);
        if (!abjad && Math.abs(a.length() - b.length()) > 1) return e;
        String bKey = PhoneticKey.of(b);
        if (abjad) bKey = PhoneticKey.consonantsOf(bKey);
        return (abjad ? q.cons[i] : q.skel[i]).equals(bKey) ? Math.max(e, TokenSimilarity.phonetic(a, b, osaRows)) : e;
    }

    private double memoSingle(QueryName q, int i, int t) {
        if (abjad != q.abjad || i >= MEMO_TOKENS) return single(q, i, t);
        if (q != memoQuery) startMemo(q);
        int k = memoTokens.numberOf(t);
        if (k < 0) {
            k = memoTokens.add(t);
            if ((k + 1) * stride > cells.length) cells = Arrays.copyOf(cells, Math.max(2 * cells.length, (k + 1) * stride));
        }
        int at = k * stride + i, gen = memoTokens.generation();
        long cell = cells[at];
        if ((int) (cell >>> GEN_SHIFT) == gen) {
            lastMethod = METHODS[(int) (cell >>> 32) & 7];
            return Float.intBitsToFloat((int) cell);
        }
        double v = single(q, i, t);
        // below MIN_PAIR no method is read, and single() may not have set one
        int method = lastMethod == null ? 0 : lastMethod.ordinal();
        cells[at] = ((long) gen << GEN_SHIFT) | ((long) method << 32) | (Float.floatToRawIntBits((float) v) & 0xFFFF_FFFFL);
        return v;
    }

    private void startMemo(QueryName q) {
        memoQuery = q;
        stride = Math.min(q.n, MEMO_TOKENS);
        if (memoTokens.reset()) Arrays.fill(cells, 0L); // the generations start again: no cell may look current
    }

    private double single(QueryName q, int i, int t) {
        if (q.id[i] == t) {
            lastMethod = Method.EXACT;
            return 1.0;
        }
        boolean qLegal = q.kind[i] == TokenKind.LEGAL_FORM, lLegal = index.tokenKind[t] == TokenKind.LEGAL_FORM;
        if (qLegal || lLegal) {
            // a short form read as a name word on one side ("AD" mid-name) still meets its legal reading
            String[] canon = qLegal ? listCanonical(t) : q.legalReading[i];
            String other = qLegal ? q.tok[i] : index.tokenText[t];
            if (qLegal != lLegal && canon != null) {
                for (String c : canon) {
                    if (c.equals(other)) {
                        lastMethod = Method.LEGAL;
                        return 0.95;
                    }
                }
            }
            return 0;
        }
        String a = q.tok[i], b = index.tokenText[t];
        if (b.equals(q.english[i]) || (q.isEnglish[i] && a.equals(listEnglish(t)))) {
            lastMethod = Method.TRANSLATION;
            return TRANSLATION;
        }
        double best = 0;
        double e = q.digits[i] || index.tokenDigits[t]
                || TokenSimilarity.beyondEdits(q.letters[i], index.tokenLetters[t], a.length(), b.length()) ? 0 : TokenSimilarity.edit(a, b, osaRows);
        if (e > best) {
            best = e;
            lastMethod = Method.EDIT;
        }
        boolean samePhonetic = abjad
                ? q.consId[i] >= 0 && q.consId[i] == index.tokenConsonants[t] && q.cons[i].length() >= TokenSimilarity.MIN_CONSONANT_KEY
                : q.skelId[i] >= 0 && q.skelId[i] == index.tokenSkeleton[t] && q.skel[i].length() >= 2;
        if (samePhonetic && best < 1.0 && !TokenSimilarity.distinctOnsets(a, b) && !(abjad && writtenFinalVowel(q, a, b))
                && !(q.han && PinyinFinals.differ(a, b))) {
            double p = !abjad && q.skel[i].length() < TokenSimilarity.MIN_VOWEL_KEY
                    ? TokenSimilarity.shortPhonetic(a, b, osaRows) : TokenSimilarity.phonetic(a, b, osaRows);
            if (p > best) {
                best = p;
                lastMethod = Method.PHONETIC;
            }
        }
        if (best < PREFIX && i == q.cutAt && a.length() > 1 && b.length() > a.length() && b.startsWith(a) && !q.digits[i]) {
            best = PREFIX;
            lastMethod = Method.PREFIX;
        }
        // a line cut one letter into a word says nothing of that word: it is left unpaired (and light, see combine)
        if (best < TokenSimilarity.INITIAL && !(i == q.cutAt && a.length() == 1) && ((a.length() == 1 && b.charAt(0) == a.charAt(0))
                || (b.length() == 1 && a.charAt(0) == b.charAt(0)))) {
            best = TokenSimilarity.INITIAL;
            lastMethod = Method.INITIAL;
        }
        return best;
    }

    /**
     * Whether the word from Arabic letters ends in a vowel the script writes (alif, ta marbuta: "smira" for
     * سمیرا) where the Latin one ends in a consonant ("samir"): a written long vowel is part of the name, so the
     * shared consonants do not make Samira Samir. A Latin final h (Samirah) is the same ending.
     */
    private boolean writtenFinalVowel(QueryName q, String a, String b) {
        String written = q.abjad ? a : b, latin = q.abjad ? b : a;
        char last = latin.charAt(latin.length() - 1);
        return written.charAt(written.length() - 1) == 'a' && "aeiouyh".indexOf(last) < 0 && Character.isLetter(last);
    }

    private String[] listCanonical(int t) {
        String[] c = listCanonical[t];
        if (c == null) {
            c = LegalForms.canonical(index.tokenText[t]);
            listCanonical[t] = c = c == null ? NOT_LEGAL : c;
        }
        return c == NOT_LEGAL ? null : c;
    }

    private boolean isAlias(int name) {
        return index.entities.get(index.nameEntity[name]).names().get(index.nameOrdinal[name]).kind() != NameKind.PRIMARY;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) if (!Character.isDigit(s.charAt(i))) return false;
        return true;
    }

    private String listEnglish(int t) {
        String[] e = listEnglish[t];
        if (e == null) {
            String w = BusinessWords.english(index.tokenText[t]);
            listEnglish[t] = e = w == null ? NOT_LEGAL : new String[]{w};
        }
        return e == NOT_LEGAL ? null : e[0];
    }

    private boolean generic(int t) {
        byte g = listGeneric[t];
        if (g == 0) {
            g = index.tokenKind[t] == TokenKind.NAME && LegalForms.isGeneric(index.tokenText[t]) ? (byte) 1 : (byte) 2;
            listGeneric[t] = g;
        }
        return g == 1;
    }

    /** Whether pair p is a query initial met by a person's given name, counted as {@link #INITIAL_GIVEN}. */
    private boolean givenInitial(QueryName q, int p, long surname, boolean initials) {
        return initials && pmethod[p] == Method.INITIAL && q.tok[pq[p]].length() == 1 && (surname & (1L << pl[p])) == 0;
    }

    private void addPair(int i, int iEnd, int j, int jEnd, int[] l, double sim) {
        if (sim < MIN_PAIR || count >= MAX_PAIRS) return;
        pq[count] = i;
        pqEnd[count] = iEnd;
        pl[count] = j;
        plEnd[count] = jEnd;
        psim[count] = (float) sim;
        pmethod[count] = iEnd > i || jEnd > j ? Method.CONCAT : lastMethod;
        float w = 0;
        for (int k = j; k <= jEnd; k++) w += index.tokenWeight[l[k]];
        pweight[count] = w;
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
            if (!free(qPair, pq[p], pqEnd[p]) || !free(lPair, pl[p], plEnd[p])) continue;
            for (int i = pq[p]; i <= pqEnd[p]; i++) {
                qPair[i] = p;
                qSim[i] = psim[p];
            }
            for (int j = pl[p]; j <= plEnd[p]; j++) {
                lPair[j] = p;
                lSim[j] = psim[p];
            }
        }
    }

    private static boolean free(int[] used, int from, int to) {
        for (int k = from; k <= to; k++) if (used[k] >= 0) return false;
        return true;
    }

    private boolean better(int x, int y) {
        if (psim[x] != psim[y]) return psim[x] > psim[y];
        return pweight[x] > pweight[y];
    }

    /**
     * Weight a query token counts with: its own; for a word no list has, the weight of what it matched, but at
     * least half its own (a rare word matched to a common one must not lose its weight).
     */
    private float effectiveQueryWeight(QueryName q, int i, int[] l) {
        if (q.id[i] >= 0 || qPair[i] < 0) return q.weight[i];
        int p = qPair[i];
        float w = 0;
        for (int k = pl[p]; k <= plEnd[p]; k++) w += index.tokenWeight[l[k]];
        w /= (pqEnd[p] - pq[p] + 1);
        return Math.max(w, 0.5f * q.weight[i]);
    }

    /**
     * For a line cut short, the last list position the line reaches: that of the list word its last word met, or,
     * when the cut word met none, the furthest one any query word met. {@code m} (nothing beyond) otherwise.
     */
    private int cutEnd(QueryName q, int n, int m) {
        if (q.cutAt < 0 || q.cutAt >= n) return m;
        if (qPair[q.cutAt] >= 0) return plEnd[qPair[q.cutAt]];
        int end = -1;
        for (int i = 0; i < n; i++) if (qPair[i] >= 0) end = Math.max(end, plEnd[qPair[i]]);
        return end < 0 ? m : end;
    }

    private double combine(QueryName q, int name, boolean person) {
        int[] l = index.nameTokens[name];
        int n = Math.min(q.n, MAX_SIDE), m = Math.min(l.length, MAX_SIDE);
        double qTotal = 0, qMatched = 0, lTotal = 0, lMatched = 0;
        boolean firmWord = false, distinctive = false, queryLegalAlone = false, shortForm = true;
        for (int i = 0; i < n; i++) {
            if (q.kind[i] == TokenKind.LEGAL_FORM && qPair[i] < 0) queryLegalAlone = true;
            if (qPair[i] < 0) shortForm = false;
            if (q.kind[i] != TokenKind.NAME || qPair[i] < 0) continue;
            int p = qPair[i];
            boolean firm = qSim[i] >= 1.0f || pmethod[p] == Method.EDIT;
            firmWord |= firm;
            // a distinctive word: one met firmly by a list word that is not a generic business word
            if (firm && !distinctive) {
                for (int j = pl[p]; j <= plEnd[p] && !distinctive; j++) distinctive = !generic(l[j]);
            }
        }
        long surname = index.nameSurname[name];
        boolean initials = person && firmWord;
        explainedSurname = surname;
        explainedInitials = initials;
        for (int i = 0; i < n; i++) {
            float w = effectiveQueryWeight(q, i, l);
            if (person && qPair[i] < 0 && q.patronymic[i]) w *= PATRONYMIC_ONE_SIDE;
            if (i == q.cutAt && qPair[i] < 0) w *= BEYOND_CUT; // a cut word that begins no list word: too little left
            qTotal += w;
            qMatched += w * (qPair[i] >= 0 && givenInitial(q, qPair[i], surname, initials) ? INITIAL_GIVEN : qSim[i]);
        }
        int cutEnd = cutEnd(q, n, m);
        for (int j = 0; j < m; j++) {
            float w = index.tokenWeight[l[j]];
            if (person && lPair[j] < 0 && index.tokenPatronymic[l[j]]) w *= PATRONYMIC_ONE_SIDE;
            if (j > cutEnd && lPair[j] < 0) w *= BEYOND_CUT;
            if (!person && shortForm && distinctive && lPair[j] < 0 && generic(l[j])) w *= GENERIC_ABSENT;
            lTotal += w;
            lMatched += w * (lPair[j] >= 0 && givenInitial(q, lPair[j], surname, initials) ? INITIAL_GIVEN : lSim[j]);
        }
        if (qTotal <= 0 || lTotal <= 0) return 0;
        // persons: the query may leave out middle names and patronymics; a list name may too, but only a list name
        // of three or more matched words is specific enough to be trusted inside a longer query
        double qCov = qMatched / qTotal, lCov = lMatched / lTotal;
        int listWordsMatched = 0;
        for (int j = 0; j < m; j++) if (lPair[j] >= 0 && index.tokenKind[l[j]] == TokenKind.NAME) listWordsMatched++;
        boolean listInsideQuery = person && lTotal < qTotal && listWordsMatched >= MIN_WORDS_INSIDE;
        double score = !person ? OTHER_QUERY_SIDE * qCov + (1 - OTHER_QUERY_SIDE) * lCov
                : listInsideQuery ? SHORTER_SIDE * lCov + (1 - SHORTER_SIDE) * qCov
                : SHORTER_SIDE * qCov + (1 - SHORTER_SIDE) * lCov;
        if (person && surname != 0) {
            boolean found = false, given = false, givenFound = false;
            for (int j = 0; j < m; j++) {
                boolean isSurname = (surname & (1L << j)) != 0;
                // Hangul writes the family name first: a surname met only by a later syllable is not met
                found |= isSurname && lPair[j] >= 0 && (!q.hangul || pq[lPair[j]] == 0);
                if (!isSurname && index.tokenKind[l[j]] == TokenKind.NAME && !index.tokenPatronymic[l[j]]) {
                    given = true;
                    givenFound |= lPair[j] >= 0;
                }
            }
            if (!found) score *= SURNAME_MISSING;
            else if (given && !givenFound) score *= GIVEN_MISSING;
        }
        if (!firmWord) score *= NO_EXACT_WORD;
        Schema schema = index.entities.get(index.nameEntity[name]).schema();
        if (queryLegalAlone && (schema == Schema.VESSEL || schema == Schema.AIRCRAFT)) score *= COMPANY_NOT_CRAFT;
        if (m == 1 && schema.isPerson()) {
            if (index.tokenDigits[l[0]] && allDigits(index.tokenText[l[0]])) score = Math.min(score, NUMBER_ALONE);
            else if (isAlias(name)) score = Math.min(score, ONE_WORD_ALIAS);
        }
        return score;
    }
}
