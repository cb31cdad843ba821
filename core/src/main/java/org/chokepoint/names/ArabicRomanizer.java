package org.chokepoint.names;

/**
 * Arabic-script names (Arabic, Persian, Pashto, Urdu letters) to the plain Latin spelling English-language
 * lists use: consonants as in common practice ({@code خ}=kh, {@code ش}=sh, {@code ث}=th), long vowels from
 * the written letters, short vowels only when the text carries harakat. The article {@code ال} becomes its
 * own token "al" ({@code العولقي} → "al awlqi"), and {@code عبدال...} splits into "abd al ...", which is how
 * lists write these names. Unwritten short vowels are left out; the phonetic key ({@link PhoneticKey}) drops
 * vowels on both sides so "mhmd" meets "Mohammed" and "Muhammad".
 */
final class ArabicRomanizer {
    private ArabicRomanizer() {
    }

    static String romanize(String text) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        int wordStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || !isArabicLetterOrMark(text.charAt(i))) {
                if (i > wordStart) romanizeWord(text.substring(wordStart, i), out);
                if (i < text.length()) out.append(mapDigit(text.charAt(i)));
                wordStart = i + 1;
            }
        }
        return out.toString();
    }

    private static boolean isArabicLetterOrMark(char c) {
        return (c >= '\u0621' && c <= '\u065F') || (c >= '\u0671' && c <= '\u06D3') || c == '\u0640'
                || c == '\u06D5' || c == '\u0670' || (c >= '\u06FA' && c <= '\u06FC');
    }

    private static char mapDigit(char c) {
        if (c >= '\u0660' && c <= '\u0669') return (char) ('0' + c - '\u0660');
        if (c >= '\u06F0' && c <= '\u06F9') return (char) ('0' + c - '\u06F0');
        if (c == '\u060C' || c == '\u061B' || c == '\u061F' || c == '\u066B' || c == '\u066C') return ' ';
        return c;
    }

    private static void romanizeWord(String word, StringBuilder out) {
        String w = word.replace("\u0640", "");
        if (w.equals("\u0627\u0644\u0644\u0647") || w.equals("\u0644\u0644\u0647")) { // الله
            out.append("allah ");
            return;
        }
        if (w.equals("\u0639\u0628\u062F\u0627\u0644\u0644\u0647")) { // عبدالله
            out.append("abdallah ");
            return;
        }
        if (w.length() > 3 && (w.startsWith("\u0627\u0644") || w.startsWith("\u0623\u0644"))) {
            out.append("al ");
            w = w.substring(2);
        } else if (w.length() > 5 && w.startsWith("\u0639\u0628\u062F\u0627\u0644")) { // عبدال...
            out.append("abd al ");
            w = w.substring(5);
        }
        int n = w.length();
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            char next = i + 1 < n ? w.charAt(i + 1) : 0;
            boolean first = i == 0;
            boolean last = i == n - 1;
            out.append(switch (c) {
                case '\u0627', '\u0623', '\u0622', '\u0671', '\u0649' -> "a";   // alif forms, alif maqsura
                case '\u0625' -> "i";                                           // alif with hamza below
                case '\u0621', '\u0624', '\u0626' -> "";                        // hamza (seat carries no vowel)
                case '\u0628' -> "b";
                case '\u062A' -> "t";
                case '\u062B' -> "th";
                case '\u062C' -> "j";
                case '\u062D' -> "h";
                case '\u062E' -> "kh";
                case '\u062F' -> "d";
                case '\u0630' -> "dh";
                case '\u0631' -> "r";
                case '\u0632' -> "z";
                case '\u0633' -> "s";
                case '\u0634' -> "sh";
                case '\u0635' -> "s";
                case '\u0636' -> "d";
                case '\u0637' -> "t";
                case '\u0638' -> "z";
                case '\u0639' -> first ? "a" : "";                              // ain: a vowel at the start, else silent
                case '\u063A' -> "gh";
                case '\u0641' -> "f";
                case '\u0642' -> "q";
                case '\u0643', '\u06A9', '\u06AA' -> "k";
                case '\u0644' -> "l";
                case '\u0645' -> "m";
                case '\u0646' -> "n";
                case '\u0647', '\u06C1' -> last ? "" : "h";                    // final ha is mostly a vowel ending
                case '\u0629', '\u06D5', '\u06C0' -> "a";                       // ta marbuta
                case '\u0648' -> first || next == '\u0627' ? "w" : "u";
                case '\u064A', '\u06CC', '\u06D0', '\u06D2' -> first || next == '\u0627' || next == '\u0648' ? "y" : "i";
                case '\u067E' -> "p";
                case '\u0686' -> "ch";
                case '\u0698' -> "zh";
                case '\u06AF' -> "g";
                case '\u0679' -> "t";
                case '\u0688' -> "d";
                case '\u0691' -> "r";
                case '\u06BA', '\u06BB' -> "n";
                case '\u064E' -> "a";                                           // fatha
                case '\u0650' -> "i";                                           // kasra
                case '\u064F' -> "u";                                           // damma
                default -> "";                                                  // sukun, shadda, tanwin, other marks
            });
        }
        out.append(' ');
    }
}
