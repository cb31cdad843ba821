package org.chokepoint.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits romanised text into tokens: letters and digits form tokens, apostrophes vanish inside words
 * ("BA'AYSIR" → "baaysir"), every other character separates (so "Jong-un" → "jong un"), "&" reads as "and".
 * One-letter tokens written as an abbreviation join into one: letters separated only by dots ("S.A.S." → "sas",
 * "C.V. S.A." → "cv sa") or only by spaces ("s a de c v" → "sa de cv"); initials written "J. R." stay apart.
 * Tokens joined from dotted letters are marked, since a dotted abbreviation is a legal form wherever it stands.
 */
final class Tokenizer {
    /** Most tokens kept per name; beyond that the text is not a name and further words cannot change the match. */
    static final int MAX_TOKENS = 24;

    record Token(String text, boolean dotted) {
    }

    private Tokenizer() {
    }

    static List<String> split(String latin) {
        return tokens(latin).stream().map(Token::text).toList();
    }

    static List<Token> tokens(String latin) {
        List<String> raw = new ArrayList<>();
        List<String> seps = new ArrayList<>(); // separator text before each raw token
        StringBuilder cur = new StringBuilder();
        StringBuilder sep = new StringBuilder();
        for (int i = 0; i < latin.length() && raw.size() < MAX_TOKENS * 3; i++) {
            char c = latin.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (cur.length() == 0) {
                    seps.add(sep.toString());
                    sep.setLength(0);
                }
                cur.append(Character.toLowerCase(c));
            } else if (c == '\'') {
                continue;
            } else {
                flush(cur, raw);
                if (c == '&') {
                    seps.add(sep.toString());
                    sep.setLength(0);
                    raw.add("and");
                } else {
                    sep.append(c == '.' ? '.' : ' ');
                }
            }
        }
        flush(cur, raw);
        return joinInitials(raw, seps);
    }

    private static void flush(StringBuilder cur, List<String> out) {
        if (cur.length() > 0) {
            out.add(cur.toString());
            cur.setLength(0);
        }
    }

    /**
     * End of a legal form written as short dotted pieces that are not all single letters ("SAR.L.", "SAP.I.")
     * starting at raw token i, or i when there is none.
     */
    private static int dottedLegalForm(List<String> raw, List<String> seps, int i) {
        int end = i;
        boolean anySingle = false, allSingle = true;
        StringBuilder joined = new StringBuilder();
        int found = i;
        while (end < raw.size() && end - i < 4 && raw.get(end).length() <= 3 && (end == i || seps.get(end).equals("."))) {
            String t = raw.get(end);
            if (!Character.isLetter(t.charAt(0))) break;
            anySingle |= single(t);
            allSingle &= single(t);
            joined.append(t);
            end++;
            if (end - i >= 2 && anySingle && !allSingle && LegalForms.canonical(joined.toString()) != null) found = end;
        }
        return found;
    }

    /** Start of the longest legal form that ends a run of spaced letters after at least one other letter, else 0. */
    private static int legalSuffix(CharSequence run) {
        if (LegalForms.canonical(run.toString()) != null) return 0; // "s a s" is S.A.S. whole
        for (int start = 1; start <= run.length() - 2; start++) {
            if (LegalForms.canonical(run.subSequence(start, run.length()).toString()) != null) return start;
        }
        return 0;
    }

    private static boolean single(String t) {
        return t.length() == 1 && Character.isLetter(t.charAt(0));
    }

    private static List<Token> joinInitials(List<String> raw, List<String> seps) {
        List<Token> out = new ArrayList<>(raw.size());
        int i = 0;
        while (i < raw.size() && out.size() < MAX_TOKENS) {
            String t = raw.get(i);
            int end = dottedLegalForm(raw, seps, i);
            if (end > i) {
                out.add(new Token(String.join("", raw.subList(i, end)), true));
                i = end;
                continue;
            }
            if (!single(t)) {
                out.add(new Token(t, false));
                i++;
                continue;
            }
            StringBuilder run = new StringBuilder(t);
            Boolean dots = null; // kind of separator the run is built with
            int j = i + 1;
            while (j < raw.size() && single(raw.get(j))) {
                String s = seps.get(j);
                boolean dotOnly = s.equals(".");
                boolean spaceOnly = !s.isEmpty() && s.isBlank();
                if (!(dotOnly || spaceOnly) || (dots != null && dots != dotOnly)) break;
                // "T L.L.C.": the letter opening a dotted abbreviation belongs to it, not to the initials before
                if (spaceOnly && j + 1 < raw.size() && seps.get(j + 1).equals(".") && single(raw.get(j + 1))) break;
                dots = dotOnly;
                run.append(raw.get(j));
                j++;
            }
            int split = Boolean.FALSE.equals(dots) ? legalSuffix(run) : 0;
            if (split > 0) out.add(new Token(run.substring(0, split), false)); // "w s a" = W, S.A.
            out.add(new Token(run.substring(split), Boolean.TRUE.equals(dots)));
            i = j;
        }
        return out;
    }
}
