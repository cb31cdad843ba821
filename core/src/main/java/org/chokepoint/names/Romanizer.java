package org.chokepoint.names;

import com.ibm.icu.text.Transliterator;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.Map;

/**
 * Any script to plain lower-case ASCII Latin. The text is cut into runs of one script; Latin runs lose their
 * diacritics, Arabic and Hangul go through this package's own romanisers (tuned to list spellings), as does
 * Cyrillic that reads as a Korean name ({@link KoreanCyrillic}: "Ким Чен Ын" → "kim jong un"), the others
 * through ICU4J transliterators (Russian BGN/PCGN, Han to pinyin, UNGEGN Greek, Hebrew, Georgian, Armenian,
 * kana). Thread-safe: ICU transliterators are kept per thread.
 */
public final class Romanizer {
    private static final Map<Script, String> ICU_IDS = new EnumMap<>(Map.of(
            Script.CYRILLIC, "Russian-Latin/BGN; Latin-ASCII",
            Script.HAN, "Han-Latin; Latin-ASCII",
            Script.GREEK, "Greek-Latin/UNGEGN; Latin-ASCII",
            Script.HEBREW, "Hebrew-Latin; Latin-ASCII",
            Script.GEORGIAN, "Georgian-Latin; Latin-ASCII",
            Script.ARMENIAN, "Armenian-Latin; Latin-ASCII",
            Script.KANA, "Any-Latin; Latin-ASCII",
            Script.THAI, "Thai-Latin; Latin-ASCII",
            Script.DEVANAGARI, "Devanagari-Latin; Latin-ASCII",
            Script.OTHER, "Any-Latin; Latin-ASCII"));

    private static final ThreadLocal<Map<Script, Transliterator>> TRANSLITERATORS =
            ThreadLocal.withInitial(() -> new EnumMap<>(Script.class));

    private Romanizer() {
    }

    /** Lower-case ASCII romanisation of cleaned text (see {@link TextCleaner}); punctuation is kept for the tokeniser. */
    public static String toLatin(String text) {
        if (isAscii(text)) return text.toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder(text.length() + 16);
        int runStart = 0;
        Script runScript = Script.NONE;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Script s = Script.of(cp);
            if (s != Script.NONE && runScript != Script.NONE && s != runScript) {
                out.append(romanizeRun(text.substring(runStart, i), runScript)).append(' ');
                runStart = i;
            }
            if (s != Script.NONE) runScript = s;
            i += Character.charCount(cp);
        }
        out.append(romanizeRun(text.substring(runStart), runScript));
        return foldLatin(out.toString());
    }

    private static String romanizeRun(String run, Script script) {
        return switch (script) {
            case LATIN, NONE -> run;
            case ARABIC -> ArabicRomanizer.romanize(run);
            case HANGUL -> HangulRomanizer.romanize(run);
            case HAN -> HanNames.romanize(run, icu(Script.HAN));
            case CYRILLIC -> {
                String korean = KoreanCyrillic.read(run);
                yield korean != null ? korean : icu(script).transliterate(ukrainianLetters(run));
            }
            default -> icu(script).transliterate(run);
        };
    }

    /**
     * The Ukrainian letters the Russian transliterator leaves as they are, in their BGN/PCGN reading: і = i,
     * ї = yi, є = ye, ґ = g (ПУТІН → "putin", not "putіn" with a Cyrillic і no query types).
     */
    static String ukrainianLetters(String run) {
        StringBuilder out = null;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            String r = switch (c) {
                case 'і' -> "и";
                case 'І' -> "И";
                case 'ї' -> "йи";
                case 'Ї' -> "Йи";
                case 'є' -> "е";
                case 'Є' -> "Е";
                case 'ґ' -> "г";
                case 'Ґ' -> "Г";
                default -> null;
            };
            if (r != null && out == null) out = new StringBuilder(run.length() + 4).append(run, 0, i);
            if (out != null) {
                if (r != null) out.append(r);
                else out.append(c);
            }
        }
        return out == null ? run : out.toString();
    }

    private static Transliterator icu(Script script) {
        return TRANSLITERATORS.get().computeIfAbsent(script, s -> Transliterator.getInstance(ICU_IDS.get(s)));
    }

    /** Latin letters with diacritics or special shapes to ASCII letters; everything else passes unchanged. */
    static String foldLatin(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c < 0x80) {
                out.append(Character.toLowerCase(c));
                continue;
            }
            if (c == '\u0327' && out.length() > 0 && out.charAt(out.length() - 1) == 'c') {
                out.setCharAt(out.length() - 1, 's'); // c-cedilla is an s in the French and Portuguese names lists carry
                continue;
            }
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            out.append(switch (Character.toLowerCase(c)) {
                case 'ß' -> "ss";
                case 'æ' -> "ae";
                case 'œ' -> "oe";
                case 'ø' -> "o";
                case 'ł' -> "l";
                case 'đ', 'ð' -> "d";
                case 'þ' -> "th";
                case 'ı' -> "i";
                case 'ħ' -> "h";
                case 'ŋ' -> "ng";
                case 'ſ' -> "s";
                case 'ʿ', 'ʾ', 'ʻ', 'ʼ', 'ʹ', 'ʺ', '‘', '’', '`', '´' -> "'";
                default -> Character.isLetter(c) ? String.valueOf(Character.toLowerCase(c)) : " ";
            });
        }
        return out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }
}
