package org.chokepoint.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits romanised text into tokens: letters and digits form tokens, apostrophes vanish inside words
 * ("BA'AYSIR" → "baaysir"), every other character separates (so "Jong-un" → "jong un", "S.A." → "s a"),
 * "&" reads as "and". Runs of two or more one-letter tokens join into one ("s a de c v" → "sa de cv",
 * "O.O.O." → "ooo"), which is how abbreviations are written without dots.
 */
final class Tokenizer {
    /** Most tokens kept per name; beyond that the text is not a name and further words cannot change the match. */
    static final int MAX_TOKENS = 24;

    private Tokenizer() {
    }

    static List<String> split(String latin) {
        List<String> raw = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < latin.length() && raw.size() < MAX_TOKENS * 2; i++) {
            char c = latin.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                cur.append(Character.toLowerCase(c));
            } else if (c == '\'') {
                continue;
            } else {
                flush(cur, raw);
                if (c == '&') raw.add("and");
            }
        }
        flush(cur, raw);
        return joinInitials(raw);
    }

    private static void flush(StringBuilder cur, List<String> out) {
        if (cur.length() > 0) {
            out.add(cur.toString());
            cur.setLength(0);
        }
    }

    private static List<String> joinInitials(List<String> raw) {
        List<String> out = new ArrayList<>(raw.size());
        StringBuilder run = new StringBuilder();
        int runLength = 0;
        for (int i = 0; i <= raw.size(); i++) {
            String t = i < raw.size() ? raw.get(i) : null;
            boolean single = t != null && t.length() == 1 && Character.isLetter(t.charAt(0));
            if (single) {
                run.append(t);
                runLength++;
                continue;
            }
            if (runLength > 0) out.add(run.toString());
            run.setLength(0);
            runLength = 0;
            if (t != null) out.add(t);
            if (out.size() >= MAX_TOKENS) break;
        }
        return out.size() > MAX_TOKENS ? out.subList(0, MAX_TOKENS) : out;
    }
}
