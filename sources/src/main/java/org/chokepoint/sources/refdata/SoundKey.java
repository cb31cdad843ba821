package org.chokepoint.sources.refdata;

import org.chokepoint.model.CountryIndex;

/**
 * A coarse sound key for romanised words, so that spellings from different romanisation systems meet:
 * 조선 → "joseon" (ICU) and "Chosun"; 북한 → "bughan" and "Bukhan"; سوريا → "swrya" and "Souriya".
 * Consonants fold into classes (ch/j/zh → J, g/k/q/c → K, b/p/f → P, d/t → T, s/z/x/sh → S, l/r → R),
 * every run of vowels (a e i o u y w) becomes one V, h is dropped, doubled letters count once.
 */
final class SoundKey {
    private SoundKey() {
    }

    static String of(String word) {
        String s = CountryIndex.key(word);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            char k;
            if ((c == 'c' || c == 'z' || c == 't') && next == 'h' || c == 'j' || (c == 'd' && next == 'j')) {
                k = c == 't' ? 'T' : 'J';
                if (next == 'h' || next == 'j') i++;
            } else if (c == 's' && next == 'h') {
                k = 'S';
                i++;
            } else if (c == 'p' && next == 'h') {
                k = 'P';
                i++;
            } else {
                k = switch (c) {
                    case 'a', 'e', 'i', 'o', 'u', 'y', 'w' -> 'V';
                    case 'g', 'k', 'q', 'c' -> 'K';
                    case 'b', 'p', 'f', 'v' -> 'P';
                    case 'd', 't' -> 'T';
                    case 's', 'z', 'x' -> 'S';
                    case 'l', 'r' -> 'R';
                    case 'm', 'n' -> c == 'm' ? 'M' : 'N';
                    case 'h' -> 0;
                    default -> c < 128 ? 0 : c;
                };
            }
            if (k == 0) continue;
            if (out.length() > 0 && out.charAt(out.length() - 1) == k) continue;
            out.append(k);
        }
        return out.toString();
    }
}
