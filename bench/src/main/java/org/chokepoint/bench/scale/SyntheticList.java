package org.chokepoint.bench.scale;

import org.chokepoint.model.Entity;
import org.chokepoint.model.EntityBuilder;
import org.chokepoint.model.FuzzyDate;
import org.chokepoint.model.Name;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A synthetic sanctions list for scale benchmarks, reproducible from its seed. A share of the entities (one in
 * twenty by default, {@link #NEAR_COPIES}) are near copies of real list entries (each name with a typo, two words
 * swapped, a word dropped or the legal form changed: "HUAWEI TECHNOLOGIES CO., LTD." may become "HUAWEI
 * TECHNOLGIES CO., LTD."), the hardest neighbours for an index because they share the real entries' words. At
 * two in five, a million entities hold eight copies of every real entry, many of them scoring 1.0 against its
 * name (a swap of two words of a person's name is the same name): the real entry then ties with more than ten of
 * its copies, which no real list does; that density is a stress test, not the default. The rest are invented people and companies of twelve
 * locales ({@code locales.tsv}), each with its name in Latin letters and, where the locale writes another script,
 * in that script too ("Sergey Lebedev" / "Сергей Лебедев", "Wang Wei" / "王伟"), persons with a birth date and a
 * nationality, companies with a country. Entity {@code i} of a seed is the same whatever {@code n} is, so the list
 * of 4× the bundled size is a prefix of the one of 16×.
 */
public final class SyntheticList {
    public static final String SOURCE = "bench-synthetic";
    /** Default share of entities copied from the real lists with one change per name. */
    public static final double NEAR_COPIES = 0.05;
    private static final double PERSON = 0.65;

    private final List<Entity> real;
    private final long seed;
    private final double nearCopies;
    private final List<Locale> locales;
    private final List<String> business;

    public SyntheticList(List<Entity> real, long seed, double nearCopies) {
        this.real = real.stream().filter(e -> !e.names().isEmpty()).toList();
        if (this.real.isEmpty()) throw new IllegalArgumentException("no named entities to perturb");
        if (!(nearCopies >= 0 && nearCopies <= 1)) throw new IllegalArgumentException("share of near copies must be between 0 and 1, not " + nearCopies);
        this.seed = seed;
        this.nearCopies = nearCopies;
        Map<String, Locale> byCode = new LinkedHashMap<>();
        List<String> biz = new ArrayList<>();
        readLocales(byCode, biz);
        this.locales = List.copyOf(byCode.values());
        this.business = List.copyOf(biz);
    }

    /** Entities {@code 0 .. n-1}. */
    public List<Entity> entities(int n) {
        List<Entity> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(entity(i));
        return out;
    }

    /** Entity {@code i}: the same for a seed whatever else is generated. */
    public Entity entity(int i) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        String id = "S" + i;
        if (r.nextDouble() < nearCopies) return perturbed(real.get(r.nextInt(real.size())), id, r);
        Locale loc = locales.get(r.nextInt(locales.size()));
        return r.nextDouble() < PERSON ? person(loc, id, r) : company(loc, id, r);
    }

    private Entity perturbed(Entity e, String id, SplittableRandom r) {
        EntityBuilder b = Entity.builder(SOURCE, id, e.schema());
        int names = 0;
        for (Name n : e.names()) {
            if (names++ == 3) break;
            b.name(new Name(Perturbation.apply(n.value(), r), n.kind(), n.script(), n.lang()));
        }
        e.birthDates().forEach(b::birthDate);
        e.nationalities().forEach(b::nationality);
        e.countries().forEach(b::country);
        return b.build();
    }

    private Entity person(Locale loc, String id, SplittableRandom r) {
        Word given = loc.pick(loc.given, r), surname = loc.pick(loc.surnames, r);
        Word middle = r.nextDouble() < 0.4 ? loc.pick(loc.given, r) : null;
        EntityBuilder b = Entity.builder(SOURCE, id, Schema.PERSON);
        boolean surnameFirst = loc.code.equals("zh") || loc.code.equals("ko") || loc.code.equals("vi");
        List<Word> parts = new ArrayList<>();
        if (surnameFirst) parts.add(surname);
        parts.add(given);
        if (middle != null && !middle.equals(given)) parts.add(middle);
        if (!surnameFirst) parts.add(surname);
        b.name(Name.primary(latin(parts, " ")));
        String nativeName = nativeOf(parts, loc.code.equals("zh") || loc.code.equals("ko") ? "" : " ");
        if (nativeName != null) b.name(Name.alias(nativeName, NameKind.STRONG_ALIAS));
        LocalDate born = LocalDate.of(1940, 1, 1).plusDays(r.nextInt(65 * 365));
        b.birthDate(FuzzyDate.day(born.toString(), born));
        b.nationality(loc.country);
        return b.build();
    }

    private Entity company(Locale loc, String id, SplittableRandom r) {
        List<Word> parts = new ArrayList<>();
        parts.add(loc.pick(loc.words, r));
        if (r.nextDouble() < 0.5) parts.add(loc.pick(loc.words, r));
        if (r.nextDouble() < 0.7) parts.add(new Word(business.get(r.nextInt(business.size())), null));
        parts.add(loc.pick(loc.legal, r));
        EntityBuilder b = Entity.builder(SOURCE, id, Schema.COMPANY);
        b.name(Name.primary(latin(parts, " ")));
        String nativeName = nativeOf(parts, loc.code.equals("zh") ? "" : " ");
        if (nativeName != null) b.name(Name.alias(nativeName, NameKind.STRONG_ALIAS));
        b.country(loc.country);
        return b.build();
    }

    private static String latin(List<Word> parts, String sep) {
        StringBuilder s = new StringBuilder();
        for (Word w : parts) s.append(s.length() > 0 ? sep : "").append(w.latin);
        return s.toString();
    }

    /** The name in the locale's own script when every part has one, else none. */
    private static String nativeOf(List<Word> parts, String sep) {
        StringBuilder s = new StringBuilder();
        for (Word w : parts) {
            if (w.nativeForm == null) return null;
            s.append(s.length() > 0 ? sep : "").append(w.nativeForm);
        }
        return s.toString();
    }

    record Word(String latin, String nativeForm) {
    }

    private static final class Locale {
        final String code, country;
        final List<Word> given = new ArrayList<>(), surnames = new ArrayList<>(), words = new ArrayList<>(), legal = new ArrayList<>();

        Locale(String code, String country) {
            this.code = code;
            this.country = country;
        }

        Word pick(List<Word> from, SplittableRandom r) {
            return from.get(r.nextInt(from.size()));
        }
    }

    private static final Map<String, String> COUNTRY_NAMES = Map.ofEntries(
            Map.entry("US", "United States"), Map.entry("MX", "Mexico"), Map.entry("RU", "Russia"),
            Map.entry("AE", "United Arab Emirates"), Map.entry("CN", "China"), Map.entry("KR", "Korea, South"),
            Map.entry("IR", "Iran"), Map.entry("TR", "Turkey"), Map.entry("FR", "France"), Map.entry("DE", "Germany"),
            Map.entry("VN", "Vietnam"), Map.entry("IN", "India"));

    private static void readLocales(Map<String, Locale> byCode, List<String> business) {
        try (InputStream in = Objects.requireNonNull(SyntheticList.class.getResourceAsStream("locales.tsv"), "locales.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length < 4) throw new IllegalStateException("locales.tsv line " + no + ": expected 4 or 5 fields");
                if (f[2].equals("business")) {
                    business.add(f[3]);
                    continue;
                }
                String country = COUNTRY_NAMES.get(f[1]);
                if (country == null) throw new IllegalStateException("locales.tsv line " + no + ": unknown country " + f[1]);
                Locale loc = byCode.computeIfAbsent(f[0], c -> new Locale(c, country));
                Word w = new Word(f[3], f.length > 4 && !f[4].isEmpty() ? f[4] : null);
                switch (f[2]) {
                    case "given" -> loc.given.add(w);
                    case "surname" -> loc.surnames.add(w);
                    case "word" -> loc.words.add(w);
                    case "legal" -> loc.legal.add(w);
                    default -> throw new IllegalStateException("locales.tsv line " + no + ": unknown kind " + f[2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("locales.tsv", e);
        }
    }
}
