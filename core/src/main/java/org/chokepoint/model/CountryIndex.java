package org.chokepoint.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resolves what people write in a country field to an ISO 3166 country: codes (alpha-2, alpha-3, numeric,
 * IOC), English common and official names, native names, translations in many languages and scripts,
 * alternative spellings (DPRK, 북한, 朝鲜, ایران), and inverted forms ("Korea, Democratic People's Republic of",
 * "Iran (Islamic Republic of)"). Matching ignores case, diacritics, punctuation and spaces.
 * A name that several countries share at the same level of authority resolves to none of them.
 */
public final class CountryIndex {
    /** Tiers of authority: a name seen at a lower tier wins over the same name at a higher one. */
    private static final int TIER_PRIMARY = 0;
    private static final int TIER_ALTERNATIVE = 1;
    private static final int TIER_TRANSLATION = 2;
    private static final Pattern LETTER_CODE = Pattern.compile("[A-Za-z]{2,3}");
    /** ISO numeric codes are written with three digits ("004"); a bare "4" or "20" is more likely a number. */
    private static final Pattern DIGIT_CODE = Pattern.compile("\\d{3}");
    private static final Pattern PARENTHESISED = Pattern.compile("\\s*[(\\[][^)\\]]*[)\\]]\\s*");

    private final List<Country> countries;
    private final Map<String, Country> byAlpha2 = new LinkedHashMap<>();
    private final Map<String, Country> byCode = new HashMap<>();
    private final Map<String, Candidate> byName = new HashMap<>();

    private record Candidate(int tier, Country country, boolean ambiguous) {
    }

    /**
     * @param countries   the countries, each with its names
     * @param extraNames  further name → alpha-2 entries (e.g. names in other locales); treated as translations
     */
    public CountryIndex(Collection<Country> countries, Map<String, String> extraNames) {
        this.countries = List.copyOf(countries);
        for (Country c : countries) {
            byAlpha2.put(c.alpha2().toUpperCase(Locale.ROOT), c);
        }
        for (Country c : countries) {
            putCode(c.alpha2(), c);
            putCode(c.alpha3(), c);
            if (c.numeric() != null && !c.numeric().isBlank()) byCode.putIfAbsent(numericKey(c.numeric()), c);
            addName(c.commonName(), c, TIER_PRIMARY);
            addName(c.officialName(), c, TIER_PRIMARY);
            for (String n : c.names()) addName(n, c, TIER_ALTERNATIVE);
        }
        extraNames.forEach((name, alpha2) -> {
            Country c = byAlpha2.get(alpha2.toUpperCase(Locale.ROOT));
            if (c != null) addName(name, c, TIER_TRANSLATION);
        });
    }

    /** Adds a further code (e.g. an IOC or FIPS code) that does not collide with an ISO code. */
    private void putCode(String code, Country c) {
        if (code != null && !code.isBlank()) byCode.putIfAbsent(code.toUpperCase(Locale.ROOT), c);
    }

    private void addName(String name, Country c, int tier) {
        if (name == null || name.isBlank()) return;
        for (String variant : variants(name)) {
            String key = key(variant);
            if (key.isEmpty()) continue;
            Candidate old = byName.get(key);
            if (old == null || tier < old.tier) {
                byName.put(key, new Candidate(tier, c, false));
            } else if (tier == old.tier && !old.country.alpha2().equals(c.alpha2())) {
                byName.put(key, new Candidate(tier, old.country, true));
            }
        }
    }

    /** The name itself, its inverted form ("Korea, Republic of" → "Republic of Korea"), and without a parenthesis. */
    private static List<String> variants(String name) {
        List<String> out = new ArrayList<>(3);
        out.add(name);
        int comma = name.indexOf(',');
        if (comma > 0 && name.indexOf(',', comma + 1) < 0) {
            out.add(name.substring(comma + 1).trim() + " " + name.substring(0, comma).trim());
        }
        String bare = PARENTHESISED.matcher(name).replaceAll(" ").trim();
        if (!bare.isEmpty() && !bare.equals(name)) out.add(bare);
        return out;
    }

    /**
     * The matching key of a text: compatibility-decomposed, marks removed, lower case, Arabic-script letter
     * variants folded (Arabic and Persian yeh/kaf, alef with hamza), only letters and digits kept.
     */
    public static String key(String text) {
        int n = text.length();
        boolean ascii = true;
        for (int i = 0; i < n && ascii; i++) ascii = text.charAt(i) < 128;
        StringBuilder sb = new StringBuilder(n);
        if (ascii) {
            // fast path (most names): nothing to decompose
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') sb.append(c);
                else if (c >= 'A' && c <= 'Z') sb.append((char) (c + 32));
            }
            return sb.toString();
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK) continue;
            if (!Character.isLetterOrDigit(cp)) continue;
            sb.appendCodePoint(fold(Character.toLowerCase(cp)));
        }
        return sb.toString();
    }

    /** Letters that have no decomposition but read the same (Arabic and Persian yeh and kaf, alef with hamza, ß, ı, ø, đ, ł). */
    private static int fold(int cp) {
        return switch (cp) {
            case '\u064A', '\u0649' -> '\u06CC';
            case '\u0643' -> '\u06A9';
            case '\u0623', '\u0625', '\u0622' -> '\u0627';
            case 'ß' -> 's';
            case 'ı' -> 'i';
            case 'ø' -> 'o';
            case 'đ' -> 'd';
            case 'ł' -> 'l';
            default -> cp;
        };
    }

    private static String numericKey(String digits) {
        return "#" + Integer.parseInt(digits);
    }

    /** The country a text names or codes, if exactly one. */
    public Optional<Country> resolve(String text) {
        if (text == null) return Optional.empty();
        String t = text.strip();
        if (t.isEmpty()) return Optional.empty();
        if (LETTER_CODE.matcher(t).matches()) {
            Country c = byCode.get(t.toUpperCase(Locale.ROOT));
            if (c != null) return Optional.of(c);
        } else if (DIGIT_CODE.matcher(t).matches()) {
            return Optional.ofNullable(byCode.get(numericKey(t)));
        }
        for (String variant : variants(t)) {
            Candidate cand = byName.get(key(variant));
            if (cand != null) return cand.ambiguous ? Optional.empty() : Optional.of(cand.country);
        }
        return Optional.empty();
    }

    /** The country with an alpha-2 code (any case). */
    public Optional<Country> byAlpha2(String alpha2) {
        return alpha2 == null ? Optional.empty() : Optional.ofNullable(byAlpha2.get(alpha2.toUpperCase(Locale.ROOT)));
    }

    /** Every country, in the order given. */
    public List<Country> countries() {
        return countries;
    }

    /** Every name key → country this index resolves without ambiguity (for building lexicons). */
    public Map<String, Country> nameKeys() {
        Map<String, Country> out = new HashMap<>();
        byName.forEach((k, c) -> {
            if (!c.ambiguous) out.put(k, c.country);
        });
        return out;
    }
}
