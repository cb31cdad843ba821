package org.chokepoint.identity;

import java.util.ArrayList;
import java.util.List;

/**
 * How identifier values are compared: as {@link #normalize normalised} text, and by the numbers written inside a
 * value ({@link #parts}).
 *
 * <pre>{@code
 * IdentifierValues.normalize("IMO 9187629", IdentifierKind.IMO) // "9187629"
 * IdentifierValues.normalize("ab-12 34/5", IdentifierKind.ID)   // "AB12345"
 * IdentifierValues.parts("(INN) 7725039953 (OGRN) 1027739186970", IdentifierKind.REGISTRATION)
 *                                                               // ["7725039953", "1027739186970"]
 * }</pre>
 */
public final class IdentifierValues {
    /** Normalised values shorter than this are not indexed or looked up: too many lists share them by chance. */
    public static final int MIN_LENGTH = 5;

    private IdentifierValues() {
    }

    /**
     * The value as the index keeps it: upper case, letters and digits only; an IMO number without its "IMO"
     * prefix. Null when too short to match on (see {@link #MIN_LENGTH}) or made of one repeated character.
     */
    public static String normalize(String value, IdentifierKind kind) {
        if (value == null) return null;
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) b.appendCodePoint(Character.toUpperCase(cp));
            i += Character.charCount(cp);
        }
        String v = b.toString();
        // "IMO 9187629": the prefix goes for an IMO number, and for any number that is "IMO" and seven digits
        if (v.startsWith("IMO") && v.length() > 3 && v.substring(3).chars().allMatch(Character::isDigit)
                && (kind == IdentifierKind.IMO || v.length() == 10)) v = v.substring(3);
        if (v.codePointCount(0, v.length()) < MIN_LENGTH) return null;
        if (v.chars().distinct().count() == 1) return null;
        return v;
    }

    /**
     * The numbers a published value holds besides the whole: its words of at least {@link #MIN_LENGTH} letters and
     * digits with a digit among them. Publishers write "British number 094629366", "381110042 (Expired 25 Jan.
     * 2016)", "5902285162089/055"; a query gives 094629366, 381110042, 5902285162089.
     */
    public static List<String> parts(String value, IdentifierKind kind) {
        List<String> out = new ArrayList<>();
        if (value == null) return out;
        String whole = normalize(value, kind);
        for (String word : value.split("[^\\p{L}\\p{N}]+")) {
            if (word.chars().noneMatch(Character::isDigit)) continue;
            String w = normalize(word, kind);
            if (w != null && !w.equals(whole) && !out.contains(w)) out.add(w);
        }
        return out;
    }
}
