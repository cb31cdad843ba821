package org.chokepoint.names;

/** The writing systems the normaliser distinguishes, with their ISO 15924 codes. */
public enum Script {
    LATIN("Latn"), CYRILLIC("Cyrl"), ARABIC("Arab"), HAN("Hani"), HANGUL("Hang"), GREEK("Grek"), HEBREW("Hebr"),
    GEORGIAN("Geor"), ARMENIAN("Armn"), KANA("Kana"), THAI("Thai"), DEVANAGARI("Deva"), OTHER("Zyyy"), NONE("Zzzz");

    private final String iso;

    Script(String iso) {
        this.iso = iso;
    }

    public String iso() {
        return iso;
    }

    /** The script of one code point; {@link #NONE} for digits, punctuation, spaces and marks. */
    public static Script of(int cp) {
        if (!Character.isLetter(cp)) return NONE;
        return switch (Character.UnicodeScript.of(cp)) {
            case LATIN -> LATIN;
            case CYRILLIC -> CYRILLIC;
            case ARABIC -> ARABIC;
            case HAN -> HAN;
            case HANGUL -> HANGUL;
            case GREEK -> GREEK;
            case HEBREW -> HEBREW;
            case GEORGIAN -> GEORGIAN;
            case ARMENIAN -> ARMENIAN;
            case HIRAGANA, KATAKANA -> KANA;
            case THAI -> THAI;
            case DEVANAGARI -> DEVANAGARI;
            default -> OTHER;
        };
    }

    /** The script most letters of the text are written in; {@link #NONE} when it has no letters. */
    public static Script dominant(String text) {
        int[] counts = new int[ALL.length];
        boolean ascii = true;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                if (Character.isLetter(cp)) counts[LATIN.ordinal()]++;
                continue;
            }
            ascii = false;
            counts[of(cp).ordinal()]++;
        }
        if (ascii) return counts[LATIN.ordinal()] > 0 ? LATIN : NONE;
        Script best = NONE;
        int bestCount = 0;
        for (Script s : ALL) {
            if (s != NONE && counts[s.ordinal()] > bestCount) {
                best = s;
                bestCount = counts[s.ordinal()];
            }
        }
        return best;
    }

    private static final Script[] ALL = values();
}
