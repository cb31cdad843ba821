package org.chokepoint.names;

/**
 * A consonant skeleton that folds the romanisation variants real lists disagree on to one key: vowels and the
 * semivowels w/y drop (Mohammed/Muhammad/Mohamed → MHMT, -iy/-y/-ii endings, ou/u, Jong/Chong), letters of one
 * sound class merge (k/g/q/c, t/d/th/dh, b/p, f/v/ph, s/z/sh/ch/j/zh/dj/ts/x), kh merges with h, doubled
 * letters collapse, a final h drops (Abdullah/Abdulla). A leading vowel leaves a marker "A" so Ali does not
 * meet Lee. Digits are kept as they are. Input is a lower-case ASCII token.
 */
public final class PhoneticKey {
    private PhoneticKey() {
    }

    public static String of(String token) {
        int n = token.length();
        StringBuilder out = new StringBuilder(n);
        char prev = 0;
        for (int i = 0; i < n; ) {
            char c = token.charAt(i);
            char c1 = i + 1 < n ? token.charAt(i + 1) : 0;
            char c2 = i + 2 < n ? token.charAt(i + 2) : 0;
            char cls;
            int step = 1;
            if ((c == 's' && c1 == 'c' && c2 == 'h') || (c == 't' && c1 == 'c' && c2 == 'h')
                    || (c == 't' && c1 == 's' && c2 == 'h') || (c == 'd' && c1 == 'z' && c2 == 'h')) {
                cls = 'S';
                step = 3;
            } else if (c1 == 'h' && (c == 's' || c == 'c' || c == 'z' || c == 'j')) {
                cls = 'S';
                step = 2;
            } else if ((c == 'd' && (c1 == 'j' || c1 == 'z')) || (c == 't' && (c1 == 's' || c1 == 'z'))) {
                cls = 'S';
                step = 2;
            } else if (c == 'k' && c1 == 'h') {
                cls = 'H';
                step = 2;
            } else if (c == 'g' && c1 == 'h') {
                cls = 'K';
                step = 2;
            } else if (c == 'p' && c1 == 'h') {
                cls = 'F';
                step = 2;
            } else if ((c == 't' || c == 'd') && c1 == 'h') {
                cls = 'T';
                step = 2;
            } else if (c == 'c' && c1 == 'k') {
                cls = 'K';
                step = 2;
            } else if (i == 0 && c == 'h' && c1 == 's') {
                cls = 'S'; // Wade-Giles hs = pinyin x
                step = 2;
            } else {
                cls = classOf(c, c1);
                if (cls == 'H' && i == n - 1) cls = 0; // final h is silent in romanised Arabic and Persian
            }
            if (cls == 'V') {
                if (i == 0) out.append('A');
                prev = 'V';
            } else if (cls != 0) {
                if (cls != prev || Character.isDigit(cls)) out.append(cls);
                prev = cls;
            }
            i += step;
        }
        return out.toString();
    }

    private static char classOf(char c, char next) {
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u', 'y', 'w' -> 'V';
            case 'b', 'p' -> 'B';
            case 'f', 'v' -> 'F';
            case 'c' -> next == 'e' || next == 'i' || next == 'y' ? 'S' : 'K';
            case 'g', 'k', 'q' -> 'K';
            case 'd', 't' -> 'T';
            case 's', 'z', 'x', 'j' -> 'S';
            case 'l' -> 'L';
            case 'r' -> 'R';
            case 'm' -> 'M';
            case 'n' -> 'N';
            case 'h' -> 'H';
            default -> Character.isDigit(c) ? c : 0;
        };
    }
}
