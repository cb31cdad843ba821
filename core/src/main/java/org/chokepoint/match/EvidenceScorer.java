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

    static List<Explanation.Evidence> evidence(ScreeningQuery query, Entity entity) {
        List<Explanation.Evidence> out = new ArrayList<>(3);
        type(query.schema(), entity.schema(), out);
        birth(query.birthDate(), entity, out);
        country(query.country(), entity, out);
        return out;
    }

    static double total(List<Explanation.Evidence> evidence) {
        double t = 0;
        for (Explanation.Evidence e : evidence) t += e.effect();
        return t;
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
        String q = query.name().toLowerCase(Locale.ROOT), e = entity.name().toLowerCase(Locale.ROOT);
        out.add(new Explanation.Evidence("type", effect,
                effect == 0 ? "query is a " + q + ", list entry is a " + e : "query is a " + q + " but list entry is a " + e));
    }

    private static void birth(String birthDate, Entity entity, List<Explanation.Evidence> out) {
        if (birthDate == null || birthDate.isBlank()) return;
        Matcher m = YEAR.matcher(birthDate);
        if (!m.find()) {
            out.add(new Explanation.Evidence("birth date", 0, "query birth date '" + birthDate + "' has no year; ignored"));
            return;
        }
        int year = Integer.parseInt(m.group(1));
        if (entity.birthDates().isEmpty()) {
            out.add(new Explanation.Evidence("birth date", 0, "list entry gives no birth date"));
            return;
        }
        int nearest = Integer.MAX_VALUE;
        for (FuzzyDate d : entity.birthDates()) {
            int from = d.earliest().getYear(), to = d.latest().getYear();
            int gap = year < from ? from - year : year > to ? year - to : 0;
            nearest = Math.min(nearest, gap);
        }
        if (nearest == 0) {
            out.add(new Explanation.Evidence("birth date", BIRTH_AGREES, "birth year " + year + " agrees with the list"));
        } else if (nearest == 1) {
            out.add(new Explanation.Evidence("birth date", 0, "birth year " + year + " is one year off the list"));
        } else {
            out.add(new Explanation.Evidence("birth date", BIRTH_CONFLICT,
                    "birth year " + year + " is " + nearest + " years from every listed birth date"));
        }
    }

    /**
     * The query's country against the entry's. Only an ISO 3166 alpha-2 code counts (the screening use case
     * resolves what it can): other text ("Narnia") is no evidence and is ignored with a note. The entry's own
     * countries (nationality, citizenship, country) may conflict; its address countries only agree, for an address
     * abroad (a bank's branch) is no nationality.
     */
    private static void country(String country, Entity entity, List<Explanation.Evidence> out) {
        if (country == null || country.isBlank()) return;
        String want = country.strip().toUpperCase(Locale.ROOT);
        if (!ISO_CODE.matcher(want).matches()) {
            out.add(new Explanation.Evidence("country", 0, "query country '" + country.strip() + "' is not a known country; ignored"));
            return;
        }
        List<String> own = new ArrayList<>(entity.nationalities());
        own.addAll(entity.citizenships());
        own.addAll(entity.countries());
        List<String> addressed = new ArrayList<>();
        for (Address a : entity.addresses()) if (a.country() != null) addressed.add(a.country());
        if (own.isEmpty() && addressed.isEmpty()) {
            out.add(new Explanation.Evidence("country", 0, "list entry gives no country"));
            return;
        }
        if (contains(own, want) || contains(addressed, want)) {
            out.add(new Explanation.Evidence("country", COUNTRY_AGREES, "country " + want + " is on the list entry"));
        } else if (own.isEmpty()) {
            out.add(new Explanation.Evidence("country", 0, "country " + want + " is not among the entry's addresses ("
                    + String.join(", ", addressed.stream().distinct().limit(5).toList()) + "); an address is no nationality"));
        } else {
            out.add(new Explanation.Evidence("country", COUNTRY_CONFLICT, "country " + want + " is not among the entry's "
                    + String.join(", ", own.stream().distinct().limit(5).toList())));
        }
    }

    private static boolean contains(List<String> countries, String want) {
        for (String c : countries) if (c.strip().toUpperCase(Locale.ROOT).equals(want)) return true;
        return false;
    }
}
