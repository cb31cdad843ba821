package org.chokepoint.names;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A Korean name written in Russian letters (the Kontsevich system Russian sources use), read back syllable by
 * syllable to the spelling the lists print for Korean names: "Ким Чен Ын" → "kim jong un" (KIM, Jong Un),
 * "Ким Ир Сен" → "kim il song", "Чхве Рён Хэ" → "choe ryong hae". Russian BGN would give "kim chen yn". A name is
 * read this way only when every word is a Korean syllable of the table and its first or last word a Korean family
 * name, so Russian names stay Russian. Pure, stateless.
 */
final class KoreanCyrillic {
    private static final Map<String, String> SYLLABLES = Map.ofEntries(
            Map.entry("ким", "kim"), Map.entry("пак", "pak"), Map.entry("ли", "ri"), Map.entry("ри", "ri"),
            Map.entry("чхве", "choe"), Map.entry("чве", "choe"), Map.entry("чон", "jong"), Map.entry("чен", "jong"),
            Map.entry("чан", "jang"), Map.entry("кан", "kang"), Map.entry("хан", "han"), Map.entry("юн", "yun"),
            Map.entry("со", "so"), Map.entry("сон", "song"), Map.entry("сен", "song"), Map.entry("син", "sin"),
            Map.entry("хо", "ho"), Map.entry("о", "o"), Map.entry("хён", "hyon"), Map.entry("ён", "yong"),
            Map.entry("рён", "ryong"), Map.entry("рё", "ryo"), Map.entry("мён", "myong"), Map.entry("ир", "il"),
            Map.entry("иль", "il"), Map.entry("ын", "un"), Map.entry("ун", "un"), Map.entry("чхоль", "chol"),
            Map.entry("чхол", "chol"), Map.entry("чоль", "chol"), Map.entry("чол", "chol"), Map.entry("нам", "nam"),
            Map.entry("хак", "hak"), Map.entry("сок", "sok"), Map.entry("ман", "man"), Map.entry("ок", "ok"),
            Map.entry("хи", "hui"), Map.entry("су", "su"), Map.entry("ю", "yu"), Map.entry("хван", "hwang"),
            Map.entry("ко", "ko"), Map.entry("чу", "ju"), Map.entry("пён", "pyon"), Map.entry("тхэ", "thae"),
            Map.entry("хун", "hun"), Map.entry("гым", "kum"), Map.entry("кым", "kum"), Map.entry("сун", "sun"),
            Map.entry("сик", "sik"), Map.entry("хэ", "hae"), Map.entry("мин", "min"), Map.entry("ха", "ha"),
            Map.entry("пэ", "pae"), Map.entry("ян", "yang"), Map.entry("хёк", "hyok"), Map.entry("рим", "rim"),
            Map.entry("чин", "jin"), Map.entry("тон", "tong"), Map.entry("пон", "pong"), Map.entry("чун", "jun"),
            Map.entry("сам", "sam"), Map.entry("киль", "kil"), Map.entry("сук", "suk"), Map.entry("квон", "kwon"),
            Map.entry("кён", "kyong"), Map.entry("ым", "um"), Map.entry("мун", "mun"), Map.entry("хон", "hong"),
            Map.entry("чо", "jo"));
    private static final Set<String> FAMILY_NAMES = Set.of("ким", "пак", "ли", "ри", "чхве", "чве", "чон", "чан",
            "кан", "хан", "юн", "со", "сон", "син", "хо", "о", "хён", "ян", "пэ", "рим", "мун", "хон", "квон", "ко",
            "нам", "чу", "ю", "тхэ", "мин", "ха", "хван", "чо");

    private KoreanCyrillic() {
    }

    /** The list spelling of a Cyrillic run that reads as a Korean name, or null when it does not. */
    static String read(String run) {
        for (int i = 0; i < run.length(); i++) if (Character.isDigit(run.charAt(i))) return null;
        String[] words = run.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        StringBuilder out = new StringBuilder(run.length() + 8);
        int count = 0;
        String first = null, last = null;
        for (String w : words) {
            if (w.isEmpty()) continue;
            String latin = SYLLABLES.get(w);
            if (latin == null) return null;
            if (count++ > 0) out.append(' ');
            out.append(latin);
            if (first == null) first = w;
            last = w;
        }
        if (count < 2 || !(FAMILY_NAMES.contains(first) || FAMILY_NAMES.contains(last))) return null;
        return out.toString();
    }
}
