package org.chokepoint.match;

/**
 * Similarity of two normalised tokens in [0,1], and the bounded edit distance behind it. Allowed edits grow with
 * length (none up to 3 letters, one up to 7, two up to 11, three beyond) so short tokens never match by
 * accident; a shared phonetic key ({@link org.chokepoint.names.PhoneticKey}) counts as a near match.
 */
final class TokenSimilarity {
    /** Similarity of tokens with the same phonetic key but nothing else in common; more letters in common add to it. */
    static final double PHONETIC_BASE = 0.70;
    static final double PHONETIC_SPAN = 0.25;
    /**
     * Share of differing letters beyond which a shared key is weak evidence: the vowel-position key folds whole
     * vowel runs, so "thuong" and "ting", or "cheng" and "zhiyong", share one. Each further point of difference
     * costs {@link #PHONETIC_FAR_SLOPE} points more.
     */
    static final double PHONETIC_FAR = 0.3;
    static final double PHONETIC_FAR_SLOPE = 0.5;
    /** Shortest phonetic keys that count (shorter ones are shared by too many unrelated words). */
    static final int MIN_VOWEL_KEY = 3;
    /** Two-letter vowel-position keys still count in scoring (not in retrieval), discounted by this much. */
    static final double SHORT_KEY_DISCOUNT = 0.1;
    static final int MIN_CONSONANT_KEY = 2;
    /** Edits that an exchange of two neighbouring letters, or one vowel left out, counts as. */
    static final double LIGHT_EDIT = 0.6;
    /** Similarity of a lone initial and a token starting with that letter. */
    static final double INITIAL = 0.6;

    private TokenSimilarity() {
    }

    /**
     * The letters of a token as a set of bits: a to z one bit each, digits ten more, any other letter one of the 28
     * left by its code. Two tokens whose sets differ in k bits are at least k / 2 edits apart (an insertion or a
     * deletion changes one letter of the set, a substitution two, a swap none; a shared bit only hides a difference),
     * so {@link #beyondEdits} rejects most unrelated pairs without computing a distance: "kim" and "song" differ in 7.
     */
    static long letters(String token) {
        long set = 0;
        for (int k = 0; k < token.length(); k++) {
            char c = token.charAt(k);
            int bit = c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : 36 + c % 28;
            set |= 1L << bit;
        }
        return set;
    }

    /**
     * Whether tokens of these lengths and {@link #letters} sets are surely further apart than {@link #edit} allows,
     * so that it returns 0: their sets differ in more than twice the edits allowed.
     */
    static boolean beyondEdits(long lettersA, long lettersB, int lengthA, int lengthB) {
        return Long.bitCount(lettersA ^ lettersB) > 2 * allowedEdits(Math.min(lengthA, lengthB));
    }

    /** Edit similarity of two letter tokens: 1 when equal, 0 when the distance exceeds what the length allows. */
    static double edit(String a, String b) {
        return edit(a, b, null);
    }

    /** As {@link #edit(String, String)}, with scratch rows for the distance ({@link #osa(String, String, int, int[])}). */
    static double edit(String a, String b, int[] rows) {
        if (a.equals(b)) return 1.0;
        int maxLen = Math.max(a.length(), b.length());
        int allowed = allowedEdits(Math.min(a.length(), b.length()));
        if (allowed == 0 || Math.abs(a.length() - b.length()) > allowed) return 0;
        int d = osa(a, b, allowed, rows);
        if (d > allowed) return 0;
        // two neighbouring letters typed in the wrong order keep every letter, and a vowel is the least stable
        // letter of a romanised name (Mohammd, Mria): slips that rarely turn one real name into another
        double edits = d == 1 && (isAdjacentSwap(a, b) || isVowelDrop(a, b)) ? LIGHT_EDIT : d;
        // short words: one changed letter is a different word more often than a typo
        return 1.0 - (maxLen <= 4 ? 1.2 : maxLen == 5 ? 1.0 : 0.8) * edits / maxLen;
    }

    /** Whether one of the two is the other with one vowel left out (Maria / Mria, Behta / Bhta). */
    static boolean isVowelDrop(String a, String b) {
        if (Math.abs(a.length() - b.length()) != 1) return false;
        String longer = a.length() > b.length() ? a : b, shorter = longer == a ? b : a;
        int i = 0;
        while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) i++;
        return "aeiouy".indexOf(longer.charAt(i)) >= 0 && longer.regionMatches(i + 1, shorter, i, shorter.length() - i);
    }

    /** Whether b is a with one pair of neighbouring letters exchanged. */
    static boolean isAdjacentSwap(String a, String b) {
        if (a.length() != b.length()) return false;
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) i++;
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.regionMatches(i + 2, b, i + 2, a.length() - i - 2);
    }

    /** Similarity of two spellings known to share a phonetic key: the base plus how close the letters are. */
    static double phonetic(String a, String b) {
        return phonetic(a, b, null);
    }

    static double phonetic(String a, String b, int[] rows) {
        int maxLen = Math.max(a.length(), b.length());
        int d = osa(a, b, maxLen, rows);
        double differing = Math.min(1.0, (double) d / maxLen);
        return PHONETIC_BASE + PHONETIC_SPAN * (1.0 - differing) - PHONETIC_FAR_SLOPE * Math.max(0.0, differing - PHONETIC_FAR);
    }

    /**
     * As {@link #phonetic(String, String)} for a two-letter key (Kho / Ho, Un / Eun): weaker evidence, and only
     * for spellings one letter apart (a two-letter key alone joins too many unrelated syllables).
     */
    static double shortPhonetic(String a, String b) {
        return shortPhonetic(a, b, null);
    }

    static double shortPhonetic(String a, String b, int[] rows) {
        if (osa(a, b, 1, rows) > 1) return 0;
        return phonetic(a, b, rows) - SHORT_KEY_DISCOUNT;
    }

    /**
     * Whether two words begin with sounds no romanisation confuses, though the phonetic key folds them: a glide
     * and e ("ye", "je", "ie": Cyrillic Е) against an i before a consonant (И). Yegor and Igor are two names,
     * as Yevgeny and Ivgeny would be; Yakovlev and Iakovlev (Я both) are not touched.
     */
    static boolean distinctOnsets(String a, String b) {
        return (glideE(a) && iConsonant(b)) || (glideE(b) && iConsonant(a));
    }

    private static boolean glideE(String s) {
        return s.length() > 2 && "yji".indexOf(s.charAt(0)) >= 0 && s.charAt(1) == 'e';
    }

    private static boolean iConsonant(String s) {
        return s.length() > 1 && s.charAt(0) == 'i' && "aeiouyw".indexOf(s.charAt(1)) < 0;
    }

    static int allowedEdits(int length) {
        if (length <= 3) return 0;
        if (length <= 8) return 1;
        if (length <= 11) return 2;
        return 3;
    }

    static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }

    /** Optimal-string-alignment distance (edits plus adjacent swaps); returns {@code max + 1} once it exceeds max. */
    static int osa(String a, String b, int max) {
        return osa(a, b, max, null);
    }

    /**
     * As {@link #osa(String, String, int)}, in {@code rows} (three rows of {@code b.length() + 1}; allocated when
     * null or too short) and only within {@code max} of the diagonal: a cell further off needs more than max edits,
     * so it is held at max + 1, which changes no distance up to max. Any result above max means "more than max".
     */
    static int osa(String a, String b, int max, int[] rows) {
        int n = a.length(), m = b.length();
        if (Math.abs(n - m) > max) return max + 1;
        int w = m + 1, inf = max + 1;
        if (rows == null || rows.length < 3 * w) rows = new int[3 * w];
        // rows i-2, i-1 and i start at offsets p2, p1 and c, rotated after each row
        int p2 = 0, p1 = w, c = 2 * w;
        for (int j = 0; j <= m; j++) rows[p1 + j] = j <= max ? j : inf;
        for (int i = 1; i <= n; i++) {
            int lo = Math.max(1, i - max), hi = Math.min(m, i + max);
            rows[c] = i <= max ? i : inf;
            if (lo > 1) rows[c + lo - 1] = inf;
            if (hi < m) rows[c + hi + 1] = inf;
            int rowMin = rows[c + lo - 1];
            char ca = a.charAt(i - 1);
            char ca1 = i > 1 ? a.charAt(i - 2) : 0;
            for (int j = lo; j <= hi; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int v = Math.min(Math.min(rows[p1 + j] + 1, rows[c + j - 1] + 1), rows[p1 + j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && ca1 == cb) v = Math.min(v, rows[p2 + j - 2] + 1);
                rows[c + j] = v;
                if (v < rowMin) rowMin = v;
            }
            if (rowMin > max) return max + 1;
            int t = p2;
            p2 = p1;
            p1 = c;
            c = t;
        }
        return rows[p1 + m];
    }
}
