package org.chokepoint.names;

/**
 * Korean Hangul to Latin in the spelling North Korean entries on sanctions lists use (McCune–Reischauer
 * without diacritics: 정 → jong, 은 → un, 철 → chol), one token per syllable as lists write given names
 * ("KIM Jong Un"). Revised-Romanisation spellings (Jeong, Eun, Cheol) reach the same phonetic key.
 */
final class HangulRomanizer {
    private static final String[] INITIAL = {"k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj",
            "ch", "kh", "th", "ph", "h"};
    private static final String[] INITIAL_INNER = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j",
            "jj", "ch", "kh", "th", "ph", "h"};
    private static final String[] VOWEL = {"a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo",
            "u", "wo", "we", "wi", "yu", "u", "ui", "i"};
    private static final String[] FINAL = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "p", "l", "l", "p",
            "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};

    private HangulRomanizer() {
    }

    static String romanize(String text) {
        StringBuilder out = new StringBuilder(text.length() * 4);
        boolean wordStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uAC00' && c <= '\uD7A3') {
                int s = c - 0xAC00;
                int initial = s / (21 * 28);
                int vowel = (s % (21 * 28)) / 28;
                int fin = s % 28;
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') out.append(' ');
                String syllable = familyName(c, wordStart);
                if (syllable == null) {
                    syllable = (wordStart ? INITIAL[initial] : INITIAL_INNER[initial]) + VOWEL[vowel] + FINAL[fin];
                }
                out.append(syllable);
                wordStart = false;
            } else {
                out.append(c);
                wordStart = !Character.isLetter(c);
            }
        }
        return out.toString();
    }

    /** The usual list spelling of a few family names whose regular romanisation is not what lists print. */
    private static String familyName(char c, boolean wordStart) {
        if (!wordStart) return null;
        return switch (c) {
            case '\uC774', '\uB9AC' -> "ri";   // 이, 리
            case '\uAE40' -> "kim";            // 김
            case '\uBC15' -> "pak";            // 박
            case '\uCD5C' -> "choe";           // 최
            case '\uB958' -> "ryu";            // 류
            case '\uC624' -> "o";              // 오
            case '\uC7A5' -> "jang";           // 장
            case '\uC870' -> "jo";             // 조
            default -> null;
        };
    }
}
