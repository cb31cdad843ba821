package org.chokepoint.names;

/**
 * The final (vowel and ending) of a pinyin syllable, to tell apart two Chinese syllables the phonetic key folds
 * together. A name written in Han characters reaches the scorer as exact pinyin; a list may spell the same
 * syllable another way (Wade-Giles), but that system changes initials far more than finals:
 * <pre>
 *   zhang / chang, deng / teng, xiong / hsiung, ge / ko   same final (ung = ong, o = e, ien = ian, ih = i, yen = yan)
 *   juan / jun, yan / yun                                 different finals: different syllables
 * </pre>
 * Pure, stateless.
 */
public final class PinyinFinals {
    private PinyinFinals() {
    }

    /**
     * Whether {@code other} cannot be a spelling of the pinyin syllable {@code syllable}: their finals differ even
     * after the Wade-Giles spellings of finals are read as pinyin. False when {@code syllable} is not one syllable
     * (a joined given name, "yize"), where the finals of its syllables cannot be told apart this way.
     */
    public static boolean differ(String syllable, String other) {
        String a = finalOf(syllable);
        if (a == null || !isOneFinal(a)) return false;
        String b = finalOf(other);
        return b == null || !canonical(a, syllable).equals(canonical(b, other));
    }

    /** What follows the initial consonants (y and w before a vowel are initials), null when there is no vowel. */
    private static String finalOf(String s) {
        int i = s.length() > 1 && (s.charAt(0) == 'y' || s.charAt(0) == 'w') && isVowel(s.charAt(1)) ? 1 : 0;
        while (i < s.length() && !isVowel(s.charAt(i))) i++;
        return i < s.length() ? s.substring(i) : null;
    }

    /** One run of vowels with an optional n, ng or r: the shape of every pinyin final. */
    private static boolean isOneFinal(String f) {
        int i = 0;
        while (i < f.length() && isVowel(f.charAt(i))) i++;
        String end = f.substring(i);
        return end.isEmpty() || end.equals("n") || end.equals("ng") || end.equals("r");
    }

    private static String canonical(String f, String word) {
        if (f.equals("u") && (word.startsWith("tz") || word.startsWith("ss") || word.startsWith("sz"))) return "i"; // tzu = zi
        if (f.equals("ih")) return "i"; // chih = zhi
        if (f.equals("o")) return "e"; // ko = ge
        if (f.endsWith("ung")) f = f.substring(0, f.length() - 3) + "ong";
        if (f.endsWith("eh")) f = f.substring(0, f.length() - 1); // ieh = ie, ueh = ue
        if (f.equals("ien") || (f.equals("en") && word.startsWith("y"))) return f.equals("en") ? "an" : "ian"; // yen = yan
        if (f.equals("uei")) return "ui";
        return f;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
