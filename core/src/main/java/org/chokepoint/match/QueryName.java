package org.chokepoint.match;

import org.chokepoint.model.Schema;
import org.chokepoint.names.BusinessWords;
import org.chokepoint.names.LegalForms;
import org.chokepoint.names.NameNormalizer;
import org.chokepoint.names.NormalizedName;
import org.chokepoint.names.Patronymics;
import org.chokepoint.names.PhoneticKey;
import org.chokepoint.names.PinyinFinals;
import org.chokepoint.names.Script;
import org.chokepoint.names.TokenKind;

import java.util.Arrays;

/** A query name prepared against one index: tokens with their dictionary ids, phonetic keys and weights. */
final class QueryName {
    final NormalizedName normalized;
    final int n;
    final String[] tok;
    final TokenKind[] kind;
    final int[] id;
    final String[] skel;
    final int[] skelId;
    final String[] cons;
    final int[] consId;
    /** Written in Arabic or Hebrew letters: short vowels unknown, compare consonant keys. */
    final boolean abjad;
    /** Written in Han characters: every token is exact pinyin ({@link PinyinFinals}). */
    final boolean han;
    /** Written in Hangul: a person's family name is the first token. */
    final boolean hangul;
    final float[] weight;
    final boolean[] digits;
    /** Each token's letters as a set ({@link TokenSimilarity#letters}). */
    final long[] letters;
    final boolean[] patronymic;
    /** For a name word that is also a short legal form ("ad", "sa"), the words of its legal reading, else null. */
    final String[][] legalReading;
    /** For a name word that is a Persian or Arabic business word, the English word ({@link BusinessWords}), else null. */
    final String[] english;
    /**
     * Whether a name word is itself such an English word ("bank"): only then can a list token stand for it, so the
     * scorer looks up no list token's English word for the others.
     */
    final boolean[] isEnglish;
    final float totalWeight;
    /**
     * Weight of the weak words (legal forms, titles, particles) beside name words, and of initials: retrieval does
     * not look the weak words up and cannot see what name an initial stands for, the scorer may still pair them
     * ("V. V. Putin" with Vladimir Vladimirovich). 0 when the query has nothing but weak words (then they are
     * looked up).
     */
    final float unretrievedWeight;
    /** Whether a list name's weak word can pair with a word of the query ({@link #mayPair} can be true). */
    final boolean pairsWeakWords;
    /** For a weak word, the id of the same word written as a name word in some list name ("SAIFULLAH, Qari"), else -1. */
    final int[] asNameId;
    /**
     * Position of the last token when the query reads as a line cut at {@link #LINE} characters (upper case, that
     * long, as SWIFT writes a beneficiary): the word may be cut and the name may go on. -1 otherwise.
     */
    final int cutAt;

    /** Characters of a SWIFT MT103 name-and-address line. */
    static final int LINE = 35;

    private final NameIndex index;

    private QueryName(NameIndex index, NormalizedName nn) {
        this.index = index;
        this.normalized = nn;
        this.n = nn.size();
        this.tok = nn.tokens();
        this.kind = nn.kinds();
        id = new int[n];
        skel = new String[n];
        skelId = new int[n];
        weight = new float[n];
        digits = new boolean[n];
        letters = new long[n];
        patronymic = new boolean[n];
        asNameId = new int[n];
        legalReading = new String[n][];
        english = new String[n];
        isEnglish = new boolean[n];
        cons = new String[n];
        consId = new int[n];
        abjad = NameIndex.isAbjad(nn.script());
        han = nn.script() == Script.HAN;
        hangul = nn.script() == Script.HANGUL;
        float total = 0, weak = 0;
        boolean pairsWeak = false;
        for (int i = 0; i < n; i++) {
            int tid = index.tokenIds.id(NameIndex.key(tok[i], kind[i]));
            id[i] = tid;
            digits[i] = TokenSimilarity.hasDigit(tok[i]);
            letters[i] = TokenSimilarity.letters(tok[i]);
            patronymic[i] = kind[i] == TokenKind.NAME && Patronymics.isPatronymic(tok[i]);
            skel[i] = kind[i] == TokenKind.LEGAL_FORM ? "~" + tok[i] : PhoneticKey.of(tok[i]);
            skelId[i] = index.skeletonIds.id(skel[i]);
            cons[i] = kind[i] == TokenKind.LEGAL_FORM ? skel[i] : PhoneticKey.consonantsOf(skel[i]);
            consId[i] = index.consonantIds.id(cons[i]);
            weight[i] = tid >= 0 ? index.tokenWeight[tid] : (float) (index.unknownWeight * kind[i].weightFactor());
            total += weight[i];
            asNameId[i] = -1;
            isEnglish[i] = BusinessWords.isEnglishWord(tok[i]);
            if (kind[i] == TokenKind.NAME) {
                legalReading[i] = LegalForms.canonical(tok[i]);
                pairsWeak |= legalReading[i] != null;
                english[i] = BusinessWords.english(tok[i]);
                if (tok[i].length() == 1 && Character.isLetter(tok[i].charAt(0))) weak += weight[i];
            } else {
                weak += weight[i];
                pairsWeak = true;
                asNameId[i] = index.tokenIds.id(NameIndex.key(tok[i], TokenKind.NAME));
            }
        }
        totalWeight = total;
        pairsWeakWords = pairsWeak;
        unretrievedWeight = nn.hasNameToken() ? weak : 0;
        cutAt = n > 1 && isCutLine(nn.original()) ? n - 1 : -1;
    }

    /** A line of {@link #LINE} characters (or one less: a cut just after a space) without lower-case letters. */
    static boolean isCutLine(String text) {
        String t = text.strip();
        if (t.length() != LINE && t.length() != LINE - 1) return false;
        for (int i = 0; i < t.length(); i++) if (Character.isLowerCase(t.charAt(i))) return false;
        return true;
    }

    /** Whether a list token (a legal form, honorific or connector) can pair with a word of this query. */
    boolean mayPair(int listToken, String listText) {
        for (int i = 0; i < n; i++) {
            if (id[i] == listToken) return true;
            if (legalReading[i] != null) {
                for (String w : legalReading[i]) if (w.equals(listText)) return true;
            }
        }
        return false;
    }

    /**
     * Tokens i..i+k written together ({@code k} 1 to {@link NameScorer#MAX_JOIN} - 1) at slot {@code i * MAX_JOIN + k},
     * and the ids of their phonetic keys; filled on first use (scoring asks for them once per candidate name, so they
     * live in arrays rather than a map of boxed keys). Retrieval asks for every join, scoring for the keys of a few:
     * a key is looked up only when asked for, {@link #NOT_LOOKED_UP} until then.
     */
    private String[] joinedText;
    private int[] joinedSkelId, joinedConsId;
    /** Per slot: 0 not computed yet, 1 computed, 2 computed and null (a legal form among the tokens). */
    private byte[] joinedState;
    private static final int NOT_LOOKED_UP = Integer.MIN_VALUE;

    /** Tokens from..to written together; null when a legal form is among them. */
    String joined(int from, int to) {
        int slot = joinedSlot(from, to);
        return joinedState[slot] == 1 ? joinedText[slot] : null;
    }

    /**
     * Id in the index's key table of the phonetic key (consonant key when {@code consonants}) of tokens from..to
     * written together, -1 when the index has no such key (or there is no join).
     */
    int joinedKeyId(int from, int to, boolean consonants) {
        int slot = joinedSlot(from, to);
        if (joinedState[slot] != 1) return -1;
        if (joinedSkelId[slot] == NOT_LOOKED_UP) {
            String skelKey = PhoneticKey.of(joinedText[slot]);
            joinedSkelId[slot] = index.skeletonIds.id(skelKey);
            joinedConsId[slot] = index.consonantIds.id(PhoneticKey.consonantsOf(skelKey));
        }
        return consonants ? joinedConsId[slot] : joinedSkelId[slot];
    }

    private int joinedSlot(int from, int to) {
        if (joinedState == null) {
            int slots = n * NameScorer.MAX_JOIN;
            joinedState = new byte[slots];
            joinedText = new String[slots];
            joinedSkelId = new int[slots];
            joinedConsId = new int[slots];
            Arrays.fill(joinedSkelId, NOT_LOOKED_UP);
        }
        int slot = from * NameScorer.MAX_JOIN + (to - from);
        if (joinedState[slot] == 0) {
            StringBuilder b = new StringBuilder();
            boolean ok = true;
            for (int k = from; k <= to && ok; k++) {
                ok = kind[k] != TokenKind.LEGAL_FORM;
                b.append(tok[k]);
            }
            joinedState[slot] = ok ? (byte) 1 : (byte) 2;
            if (ok) joinedText[slot] = b.toString();
        }
        return slot;
    }

    /** The same query with every token read as a name word. */
    static QueryName asNameWords(NameIndex index, QueryName q) {
        return new QueryName(index, NameNormalizer.asNameWords(q.normalized));
    }

    static QueryName prepare(NameIndex index, String raw, Schema schema) {
        return new QueryName(index, NameNormalizer.normalize(raw, NameIndex.modeOf(schema)));
    }

    /**
     * Whether retrieval sees every list word the scorer could pair with a word of this query, so that its estimate
     * ({@link CandidateRetriever}) holds: each name word is a list word of at most 8 letters (one typo allowed, which
     * the typo neighbourhood reaches in full; longer words allow two or three), has a vowel (a Latin consonant
     * skeleton, "Hmd Al-Lh", pairs with Arabic by consonant keys retrieval does not look up) and is no business word
     * standing for an English one; the query is in Latin letters. "Kim Jong Un" and "Dandong Kehua" are; "Kussaiko
     * Tatjana" (unknown words), "Transaviaexport" (15 letters) and "Mti' Al-Lh" are not.
     */
    boolean estimateHolds() {
        if (abjad || han) return false;
        for (int i = 0; i < n; i++) {
            if (kind[i] != TokenKind.NAME) continue;
            if (id[i] < 0 || tok[i].length() > 8 || !hasVowel(tok[i]) || english[i] != null) return false;
        }
        return true;
    }

    private static boolean hasVowel(String t) {
        for (int k = 0; k < t.length(); k++) if ("aeiouy".indexOf(t.charAt(k)) >= 0) return true;
        return false;
    }

    boolean hasNameToken() {
        return normalized.hasNameToken();
    }
}
