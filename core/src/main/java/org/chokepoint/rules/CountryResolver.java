package org.chokepoint.rules;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a country as users write it into an ISO 3166 alpha-2 code. The CLI plugs in the multilingual country
 * index from the reference data; {@link #iso()} is the built-in fallback (ISO codes and English names from the JDK).
 */
@FunctionalInterface
public interface CountryResolver {
    Optional<String> resolve(String text);

    /** ISO alpha-2 and alpha-3 codes and the JDK's English country names, plus the common short forms. */
    static CountryResolver iso() {
        return IsoCountries.INSTANCE;
    }

    /** The built-in resolver as a fallback after this one. */
    default CountryResolver orElseIso() {
        return text -> resolve(text).or(() -> iso().resolve(text));
    }

    final class IsoCountries implements CountryResolver {
        static final IsoCountries INSTANCE = new IsoCountries();
        private final Set<String> codes = Set.of(Locale.getISOCountries());
        private final Map<String, String> names = new HashMap<>();

        private IsoCountries() {
            for (String c : codes) {
                Locale l = new Locale("", c);
                names.put(key(l.getDisplayCountry(Locale.ENGLISH)), c);
                try {
                    names.put(key(l.getISO3Country()), c);
                } catch (java.util.MissingResourceException ignored) {
                    // a few codes have no alpha-3 in the JDK; the alpha-2 code still resolves
                }
            }
            Map.of("dprk", "KP", "democratic people's republic of korea", "KP", "korea, north", "KP",
                    "republic of korea", "KR", "korea, south", "KR", "usa", "US", "united states of america", "US",
                    "uae", "AE", "uk", "GB", "russian federation", "RU").forEach(names::put);
            Map.of("hong kong", "HK", "macau", "MO", "macao", "MO", "iran, islamic republic of", "IR",
                    "syrian arab republic", "SY", "burma", "MM", "ivory coast", "CI").forEach(names::put);
        }

        @Override
        public Optional<String> resolve(String text) {
            if (text == null || text.isBlank()) return Optional.empty();
            String t = text.strip();
            if (t.length() == 2 && codes.contains(t.toUpperCase(Locale.ROOT))) return Optional.of(t.toUpperCase(Locale.ROOT));
            return Optional.ofNullable(names.get(key(t)));
        }

        private static String key(String s) {
            return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        }
    }
}
