package org.chokepoint.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Latin name that may be a Cyrillic one romanised the German, French or ISO 9 way, rewritten the way the lists
 * write Cyrillic (BGN/PCGN): the letters of each system stand for known Cyrillic letters, so the rewrite is a
 * reading, not a guess at a spelling.
 * <pre>
 *   German  "Wadim Jewgenjewitsch DENGIN"  → "vadim yevgenyevich dengin"   (w=в, j=й, tsch=ч, sch=ш, z=ц, ch=х)
 *   French  "Khodotov Ievguen Garriiovitch" → "khodotov ievgen garriiovich" (tch=ч, ou=у, gu=г before e/i)
 *   ISO 9   "Sergej Mihajlovic Sokol"      → "sergey mikhaylovich sokol"   (c=ч in -vic/-vna, h=х, j=й)
 *           "Aleksandr Nikolaevic Tkacev"  → "aleksandr nikolaevich tkachev", "... tkatsev" (another c: ч or ц)
 * </pre>
 * A reading is given only when the name shows its system (a German w or sch, a French tch or ou, an ISO 9
 * patronymic ending in -vic or -vna) and the rewrite changes it. Pure, stateless.
 */
public final class CyrillicReadings {
    /** A w or an sch: the German system's own letters (its j and ch are shared with too many languages). */
    private static final Pattern GERMAN = Pattern.compile("w|sch");
    private static final Pattern FRENCH = Pattern.compile("tch|ou|dj");
    private static final Pattern ISO9 = Pattern.compile("[oe]vic\\b");
    /** An ISO 9 c not part of ch: ч (č) or ц (c), which lose the same mark; the patronymic's -vic is read before. */
    private static final Pattern LONE_C = Pattern.compile("c(?!h)");

    private CyrillicReadings() {
    }

    /**
     * The BGN-style readings of a Latin name: one per system, two for ISO 9 (its c as ч and as ц), none equal to
     * another or the name.
     */
    public static List<String> of(String name) {
        List<String> out = new ArrayList<>(3);
        String s = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
                break;
            }
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0x7f && Character.isLetter(c)) return out; // not a Latin name
        }
        if (GERMAN.matcher(s).find()) add(out, s, german(s));
        if (FRENCH.matcher(s).find()) add(out, s, french(s));
        if (ISO9.matcher(s).find()) {
            // without its diacritics ISO 9 writes ч (č) and ц (c) alike: one reading for each
            String read = iso9(s);
            add(out, s, LONE_C.matcher(read).replaceAll("ch"));
            add(out, s, LONE_C.matcher(read).replaceAll("ts"));
        }
        return out;
    }

    private static void add(List<String> out, String name, String reading) {
        if (!reading.equals(name) && !out.contains(reading)) out.add(reading);
    }

    static String german(String s) {
        return s.replace("schtsch", "\u0001").replace("tsch", "\u0002").replace("dsch", "\u0003").replace("sch", "\u0004")
                .replace("ch", "kh").replace("w", "v").replace("z", "ts").replace("ss", "s")
                .replaceAll("j(?=[aeiou])", "y").replaceAll("ij\\b", "iy").replace("j", "y")
                .replace("\u0001", "shch").replace("\u0002", "ch").replace("\u0003", "dzh").replace("\u0004", "sh");
    }

    static String french(String s) {
        return s.replace("tch", "\u0002").replace("dj", "\u0003").replace("ch", "sh").replace("ou", "u")
                .replaceAll("gu(?=[ei])", "g").replace("ss", "s")
                .replace("\u0002", "ch").replace("\u0003", "dzh");
    }

    /** ISO 9 without diacritics read the BGN way, but for the c that stays ({@link #LONE_C}: ч or ц). */
    static String iso9(String s) {
        return s.replaceAll("(ov|ev)ic\\b", "$1ich").replaceAll("(?<![cksz])h", "kh")
                .replaceAll("j(?=[aeiou])", "y").replaceAll("j\\b", "y").replace("j", "y");
    }
}
