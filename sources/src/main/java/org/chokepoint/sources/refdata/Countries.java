package org.chokepoint.sources.refdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chokepoint.model.Country;
import org.chokepoint.model.CountryIndex;
import org.chokepoint.sources.ListFormatException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@link CountryIndex} from the bundled reference data: {@code refdata/world-countries.json}
 * (codes, names, translations, alternative spellings, currencies, calling codes, borders, capital),
 * {@code refdata/i18n-iso-countries-names.json} (names in 78 locales) and
 * {@code refdata/geonames-countryInfo.txt} (population, and currency, phone code and neighbours where the
 * first file has none).
 */
public final class Countries {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Path, CountryIndex> CACHE = new HashMap<>();

    private Countries() {
    }

    /** The index built from {@code dataDir/refdata}, read once per folder and then shared (it is immutable). */
    public static synchronized CountryIndex load(Path dataDir) throws IOException {
        Path dir = dataDir.toAbsolutePath().normalize();
        CountryIndex cached = CACHE.get(dir);
        if (cached == null) {
            Path ref = dir.resolve("refdata");
            Map<String, GeoNamesCountry> geo = readGeoNames(ref.resolve("geonames-countryInfo.txt"));
            List<Country> countries = readWorldCountries(ref.resolve("world-countries.json"), geo);
            cached = new CountryIndex(countries, readLocaleNames(ref.resolve("i18n-iso-countries-names.json")));
            CACHE.put(dir, cached);
        }
        return cached;
    }

    /** One row of the GeoNames country table. */
    record GeoNamesCountry(String alpha2, String capital, long population, String currency, List<String> phones,
                           List<String> neighbours) {
    }

    static Map<String, GeoNamesCountry> readGeoNames(Path file) throws IOException {
        Map<String, GeoNamesCountry> out = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] f = line.split("\t", -1);
                if (f.length < 18) throw new ListFormatException(file + ": line " + n + ": expected 19 tab-separated columns, found " + f.length);
                List<String> phones = new ArrayList<>();
                for (String p : f[12].split("\\s*and\\s*|,")) {
                    String digits = p.replaceAll("[^0-9]", "");
                    if (!digits.isEmpty()) phones.add(digits);
                }
                List<String> neighbours = f[17].isBlank() ? List.of() : List.of(f[17].split(","));
                long pop = f[7].isBlank() ? 0 : Long.parseLong(f[7].trim());
                out.put(f[0], new GeoNamesCountry(f[0], f[5], pop, f[10], phones, neighbours));
            }
        }
        return out;
    }

    static List<Country> readWorldCountries(Path file, Map<String, GeoNamesCountry> geo) throws IOException {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = JSON.readTree(in);
        }
        if (!root.isArray()) throw new ListFormatException(file + ": expected a JSON array of countries");
        Map<String, String> alpha3To2 = new HashMap<>();
        for (JsonNode c : root) alpha3To2.put(c.path("cca3").asText(), c.path("cca2").asText());
        List<Country> out = new ArrayList<>();
        for (JsonNode c : root) {
            String a2 = c.path("cca2").asText();
            if (a2.isEmpty()) throw new ListFormatException(file + ": country without cca2: " + c.path("name").path("common").asText());
            GeoNamesCountry g = geo.get(a2);
            Set<String> names = new LinkedHashSet<>();
            JsonNode name = c.path("name");
            name.path("native").forEach(n -> {
                names.add(n.path("common").asText());
                names.add(n.path("official").asText());
            });
            c.path("translations").forEach(n -> {
                names.add(n.path("common").asText());
                names.add(n.path("official").asText());
            });
            c.path("altSpellings").forEach(n -> {
                // the alpha-2 code is repeated among the spellings; codes are indexed as codes
                if (!n.asText().equals(a2)) names.add(n.asText());
            });
            if (!c.path("cioc").asText().isEmpty()) names.add(c.path("cioc").asText());
            names.remove("");

            List<String> calling = new ArrayList<>();
            JsonNode idd = c.path("idd");
            String root1 = idd.path("root").asText().replace("+", "");
            if (g != null && !g.phones().isEmpty()) {
                calling.addAll(g.phones());
            } else if (!root1.isEmpty()) {
                idd.path("suffixes").forEach(s -> calling.add(root1 + s.asText()));
            }
            List<String> currencies = new ArrayList<>();
            c.path("currencies").fieldNames().forEachRemaining(currencies::add);
            if (currencies.isEmpty() && g != null && !g.currency().isBlank()) currencies.add(g.currency());
            List<String> neighbours = new ArrayList<>();
            c.path("borders").forEach(b -> {
                String n2 = alpha3To2.get(b.asText());
                if (n2 != null) neighbours.add(n2);
            });
            if (neighbours.isEmpty() && g != null) neighbours.addAll(g.neighbours());
            List<String> capitals = new ArrayList<>();
            c.path("capital").forEach(x -> capitals.add(x.asText()));
            if (capitals.isEmpty() && g != null && !g.capital().isBlank()) capitals.add(g.capital());
            out.add(new Country(a2, c.path("cca3").asText(), c.path("ccn3").asText(), name.path("common").asText(),
                    name.path("official").asText(), calling, currencies, neighbours, capitals, List.copyOf(names),
                    g == null ? 0 : g.population()));
        }
        return out;
    }

    /** name → alpha-2 from every locale of the i18n-iso-countries file (a locale's entry is a name or a list). */
    static Map<String, String> readLocaleNames(Path file) throws IOException {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = JSON.readTree(in);
        }
        JsonNode locales = root.path("locales");
        if (!locales.isObject()) throw new ListFormatException(file + ": expected an object \"locales\"");
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> conflicting = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = locales.fields(); it.hasNext(); ) {
            for (Iterator<Map.Entry<String, JsonNode>> cs = it.next().getValue().fields(); cs.hasNext(); ) {
                Map.Entry<String, JsonNode> e = cs.next();
                List<String> names = new ArrayList<>();
                if (e.getValue().isArray()) e.getValue().forEach(v -> names.add(v.asText()));
                else names.add(e.getValue().asText());
                for (String n : names) {
                    String old = out.putIfAbsent(n, e.getKey());
                    if (old != null && !old.equals(e.getKey())) conflicting.add(n);
                }
            }
        }
        // a name two locales give to different countries names neither
        out.keySet().removeAll(conflicting);
        return out;
    }
}
