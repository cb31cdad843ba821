package org.chokepoint.names;

/**
 * Keys that fold the romanisation variants real lists disagree on. {@link #of} keeps where the vowels are but
 * not which they are, and merges consonants of one sound class: Mohammed / Muhammad / Mohamed → "MaHaMaT",
 * Jong / Chong → "JaNK", Dmitriy / Dmitry / Dmitrii → "TMTRa", Yakovlev / Iakovlev, ou/u, kh/h, dj/j, sh/ch/sch,
 * k/g/q, t/d/th/dh, b/p, f/v/ph; doubled letters collapse and a final h after a vowel drops (Abdullah /
 * Abdulla). {@link #consonants} drops the vowels too, for names from Arabic or Hebrew letters, where short
 * vowels are not written ("mhmd" meets "Mohammed"). Input is a lower-case ASCII token.
 */
public final class PhoneticKey {
    private PhoneticKey() {
    }

    /** The vowel-position key. */
    public static String of(String token) {
        int n = token.length();
        StringBuilder out = new StringBuilder(n);
        char prev = 0;
        for (int i = 0; i < n; ) {
            char c = token.charAt(i);
            char c1 = i + 1 < n ? token.charAt(i + 1) : 0;
            char c2 = i + 2 < n ? token.charAt(i + 2) : 0;
            char c3 = i + 3 < n ? token.charAt(i + 3) : 0;
            char cls;
            int step = 1;
            if (c == 't' && c1 == 's' && c2 == 'c' && c3 == 'h') {
                cls = 'J';
                step = 4;
            } else if ((c == 's' && c1 == 'c' && c2 == 'h') || (c == 't' && c1 == 'c' && c2 == 'h')
                    || (c == 'd' && c1 == 'z' && c2 == 'h') || (c == 't' && c1 == 's' && c2 == 'h')) {
                cls = 'J';
                step = 3;
            } else if (c1 == 'h' && (c == 's' || c == 'c' || c == 'z')) {
                cls = 'J';
                step = 2;
            } else if (c == 'd' && c1 == 'j') {
                cls = 'J';
                step = 2;
            } else if (c == 't' && (c1 == 's' || c1 == 'z')) {
                cls = 'C';
                step = 2;
            } else if (c == 'k' && c1 == 'h') {
                cls = 'H';
                step = 2;
            } else if ((c == 'g' && c1 == 'h') || (c == 'c' && c1 == 'k')) {
                cls = 'K';
                step = 2;
            } else if (c == 'p' && c1 == 'h') {
                cls = 'F';
                step = 2;
            } else if ((c == 't' || c == 'd') && c1 == 'h') {
                cls = 'T';
                step = 2;
            } else if (i == 0 && c == 'h' && c1 == 's' && classOf(c2, (char) 0) == 'a') {
                cls = 'J'; // Wade-Giles hs = pinyin x
                step = 2;
            } else {
                cls = classOf(c, c1);
                if (cls == 'H' && i == n - 1 && prev == 'a') cls = 0; // final h after a vowel is silent (Abdullah)
            }
            if (cls != 0 && (cls != prev || Character.isDigit(cls))) out.append(cls);
            if (cls != 0) prev = cls;
            i += step;
        }
        return out.toString();
    }

    /** The consonant key: {@link #of} without its vowels, except a leading vowel marked "a". */
    public static String consonants(String token) {
        return consonantsOf(of(token));
    }

    /** {@link #consonants} from an already computed vowel-position key. */
    public static String consonantsOf(String key) {
        StringBuilder out = new StringBuilder(key.length());
        char prev = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == 'a' && i > 0) continue;
            if (c != prev || Character.isDigit(c)) out.append(c);
            prev = c;
        }
        return out.toString();
    }

    private static char classOf(char c, char next) {
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u', 'y', 'w' -> 'a';
            case 'b', 'p' -> 'B';
            case 'f', 'v' -> 'F';
            case 'c' -> next == 'e' || next == 'i' || next == 'y' ? 'C' : 'K';
            case 'g', 'k', 'q' -> 'K';
            case 'd', 't' -> 'T';
            case 'j', 'x' -> 'J';
            case 's' -> 'S';
            case 'z' -> 'Z';
            case 'l' -> 'L';
            case 'r' -> 'R';
            case 'm' -> 'M';
            case 'n' -> 'N';
            case 'h' -> 'H';
            default -> Character.isDigit(c) ? c : 0;
        };
    }
}
