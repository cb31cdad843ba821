package org.chokepoint.match;

import org.chokepoint.model.Address;
import org.chokepoint.model.Entity;
import org.chokepoint.model.FuzzyDate;
import org.chokepoint.model.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Secondary facts of a query that raise or lower a name score: the kind of party, the birth year and the
 * country. Each effect is small next to the name score, so evidence reorders and filters borderline hits
 * but never turns an unrelated name into a hit.
 */
final class EvidenceScorer {
    static final double TYPE_CONFLICT = -0.25;
    static final double TYPE_NEAR = -0.05;
    static final double BIRTH_AGREES = 0.05;
    static final double BIRTH_CONFLICT = -0.15;
    static final double COUNTRY_AGREES = 0.03;
    static final double COUNTRY_CONFLICT = -0.05;
    private static final Pattern YEAR = Pattern.compile("(1[89]\\d\\d|20\\d\\d)");
    private static final Pattern ISO_CODE = Pattern.compile("[A-Z]{2}");

    private EvidenceScorer() {
    }

    /** The facts of the query against the entry, each with its effect and its words; a hit's evidence. */
    static List<Explanation.Evidence> evidence(ScreeningQuery query, Entity entity) {
        List<Explanation.Evidence> out = new ArrayList<>(3);
        type(query.schema(), entity.schema(), out);
        birth(query.birthDate(), entity, out);
        country(query.country(), entity, out);
        return out;
    }

    /**
     * What {@link #evidence} totals, without its words: the screener decides with it whether an entry is a hit and
     * words the evidence of hits only (most entries it weighs fall short, and their words were most of its cost).
     */
    static double effect(ScreeningQuery query, Entity entity) {
        return typeEffect(query.schema(), entity.schema()) + birthEffect(query.birthDate(), entity)
                + countryEffect(query.country(), entity);
    }

    /** What the type alone adds: 0 when compatible or unknown, else {@link #TYPE_CONFLICT} or {@link #TYPE_NEAR}. */
    static double typeEffect(Schema query, Schema entity) {
        if (query == null || entity == null || query == entity) return 0;
        if (query.isLegalBody() && entity.isLegalBody()) return 0;
        if (query.isPerson() || entity.isPerson()) return TYPE_CONFLICT;
        return TYPE_NEAR;
    }

    private static void type(Schema query, Schema entity, List<Explanation.Evidence> out) {
        if (query == null) return;
        double effect = typeEffect(query, entity);
        String q = withArticle(query.word()), e = withArticle(entity.word());
        out.add(new Explanation.Evidence("type", effect,
                effect == 0 ? "query is " + q + ", list entry is " + e : "query is " + q + " but list entry is " + e));
    }

    /** "a person", "an organization", "an aircraft". */
    private static String withArticle(String word) {
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }

    private static final int NO_YEAR = -1, NO_DATES = Integer.MAX_VALUE;

    /** The year of a query's birth date ("1961-05-03", "born 1961"), {@link #NO_YEAR} when it gives none. */
    private static int yearOf(String birthDate) {
        if (birthDate == null || birthDate.isBlank()) return NO_YEAR;
        Matcher m = YEAR.matcher(birthDate);
        return m.find() ? Integer.parseInt(m.group(1)) : NO_YEAR;
    }

    /** Years between {@code year} and the nearest of the entry's birth dates (0 within one), {@link #NO_DATES}. */
    private static int nearestGap(int year, Entity entity) {
        int nearest = NO_DATES;
        for (FuzzyDate d : entity.birthDates()) {
            int from = d.earliest().getYear(), to = d.latest().getYear();
            int gap = year < from ? from - year : year > to ? year - to : 0;
            nearest = Math.min(nearest, gap);
        }
        return nearest;
    }

    /** What a birth year finds on the entry, and what that adds: each fact decided once, for the effect and the words. */
    private enum BirthFinding {
        UNDATED(0), AGREES(BIRTH_AGREES), ONE_YEAR_OFF(0), CONFLICT(BIRTH_CONFLICT);

        final double effect;

        BirthFinding(double effect) {
            this.effect = effect;
        }

        static BirthFinding of(int nearestGap) {
            return nearestGap == NO_DATES ? UNDATED : nearestGap == 0 ? AGREES : nearestGap == 1 ? ONE_YEAR_OFF : CONFLICT;
        }
    }

    private static double birthEffect(String birthDate, Entity entity) {
        int year = yearOf(birthDate);
        return year == NO_YEAR ? 0 : BirthFinding.of(nearestGap(year, entity)).effect;
    }

    private static void birth(String birthDate, Entity entity, List<Explanation.Evidence> out) {
        if (birthDate == null || birthDate.isBlank()) return;
        int year = yearOf(birthDate);
        if (year == NO_YEAR) {
            out.add(new Explanation.Evidence("birth date", 0, "query birth date '" + birthDate + "' has no year; ignored"));
            return;
        }
        int nearest = nearestGap(year, entity);
        BirthFinding finding = BirthFinding.of(nearest);
        out.add(new Explanation.Evidence("birth date", finding.effect, switch (finding) {
            case UNDATED -> "list entry gives no birth date";
            case AGREES -> "birth year " + year + " agrees with the list";
            case ONE_YEAR_OFF -> "birth year " + year + " is one year off the list";
            case CONFLICT -> "birth year " + year + " is " + nearest + " years from every listed birth date";
        }));
    }

    /** The query's country as an ISO 3166 alpha-2 code, upper case; null when it gives none or other text. */
    private static String codeOf(String country) {
        if (country == null || country.isBlank()) return null;
        String want = country.strip().toUpperCase(Locale.ROOT);
        return ISO_CODE.matcher(want).matches() ? want : null;
    }

    private static List<String> ownCountries(Entity entity) {
        List<String> own = new ArrayList<>(entity.nationalities());
        own.addAll(entity.citizenships());
        own.addAll(entity.countries());
        return own;
    }

    private static List<String> addressCountries(Entity entity) {
        List<String> addressed = new ArrayList<>();
        for (Address a : entity.addresses()) if (a.country() != null) addressed.add(a.country());
        return addressed;
    }

    /** What a country code finds on the entry, and what that adds (see {@link #country}). */
    private enum CountryFinding {
        NO_COUNTRY(0), AGREES(COUNTRY_AGREES), ONLY_ADDRESSES_ELSEWHERE(0), CONFLICT(COUNTRY_CONFLICT);

        final double effect;

        CountryFinding(double effect) {
            this.effect = effect;
        }

        static CountryFinding of(String want, List<String> own, List<String> addressed) {
            if (own.isEmpty() && addressed.isEmpty()) return NO_COUNTRY;
            if (contains(own, want) || contains(addressed, want)) return AGREES;
            return own.isEmpty() ? ONLY_ADDRESSES_ELSEWHERE : CONFLICT;
        }
    }

    private static double countryEffect(String country, Entity entity) {
        String want = codeOf(country);
        return want == null ? 0 : CountryFinding.of(want, ownCountries(entity), addressCountries(entity)).effect;
    }

    /**
     * The query's country against the entry's. Only an ISO 3166 alpha-2 code counts (the screening use case
     * resolves what it can): other text ("Narnia") is no evidence and is ignored with a note. The entry's own
     * countries (nationality, citizenship, country) may conflict; its address countries only agree, for an address
     * abroad (a bank's branch) is no nationality.
     */
    private static void country(String country, Entity entity, List<Explanation.Evidence> out) {
        if (country == null || country.isBlank()) return;
        String want = codeOf(country);
        if (want == null) {
            out.add(new Explanation.Evidence("country", 0, "query country '" + country.strip() + "' is not a known country; ignored"));
            return;
        }
        List<String> own = ownCountries(entity), addressed = addressCountries(entity);
        CountryFinding finding = CountryFinding.of(want, own, addressed);
        out.add(new Explanation.Evidence("country", finding.effect, switch (finding) {
            case NO_COUNTRY -> "list entry gives no country";
            case AGREES -> "country " + want + " is on the list entry";
            case ONLY_ADDRESSES_ELSEWHERE -> "country " + want + " is not among the entry's addresses ("
                    + String.join(", ", addressed.stream().distinct().limit(5).toList()) + "); an address is no nationality";
            case CONFLICT -> "country " + want + " is not among the entry's "
                    + String.join(", ", own.stream().distinct().limit(5).toList());
        }));
    }

    private static boolean contains(List<String> countries, String want) {
        for (String c : countries) if (c.strip().toUpperCase(Locale.ROOT).equals(want)) return true;
        return false;
    }
}
