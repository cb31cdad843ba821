package org.chokepoint.sources.text;

import com.ibm.icu.lang.UScript;

import java.util.HashMap;
import java.util.Map;

/** Detects the writing system of a published name, as an ISO 15924 code. */
public final class Scripts {
    private Scripts() {
    }

    /**
     * The script most letters are written in ({@code Latn}, {@code Cyrl}, {@code Arab}, {@code Hang}, ...),
     * {@code Kore} for Hangul mixed with Han characters, {@code Jpan} for kana mixed with Han; null without letters.
     */
    public static String detect(String text) {
        if (text == null) return null;
        Map<Integer, Integer> counts = new HashMap<>();
        text.codePoints().filter(Character::isLetter).forEach(cp -> {
            int s = UScript.getScript(cp);
            if (s != UScript.COMMON && s != UScript.INHERITED && s != UScript.UNKNOWN) counts.merge(s, 1, Integer::sum);
        });
        if (counts.isEmpty()) return null;
        boolean han = counts.containsKey(UScript.HAN);
        if (han && counts.containsKey(UScript.HANGUL)) return "Kore";
        if (han && (counts.containsKey(UScript.HIRAGANA) || counts.containsKey(UScript.KATAKANA))) return "Jpan";
        int best = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return UScript.getShortName(best);
    }
}
