package org.chokepoint.server.yente;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chokepoint.app.ServedSnapshot;
import org.chokepoint.identity.IdentifierIndex;
import org.chokepoint.identity.IdentifierValues;
import org.chokepoint.app.screen.Screening;
import org.chokepoint.app.screen.ScreeningRequest;
import org.chokepoint.app.screen.ScreeningService;
import org.chokepoint.match.Explanation;
import org.chokepoint.match.Hit;
import org.chokepoint.match.ScreeningQuery;
import org.chokepoint.model.Entity;
import org.chokepoint.model.FuzzyDate;
import org.chokepoint.server.http.JsonBody;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores one yente query against the served snapshot: every name of the query is screened (with each of its
 * birth dates and countries, within {@link #MAX_SCREENINGS}), the query's identifiers are looked up in the
 * identifier index, and each subject keeps its best score.
 *
 * <p><b>Identifiers and names.</b> An identifier of the query equal to one of a listing's, after normalisation
 * ({@link IdentifierValues#normalize}; or to a number written inside it, "British number 094629366"), is
 * near-decisive. Its score starts at {@value #ID_SAME_KIND} when the two
 * numbers are of the same kind (an IMO number for an IMO number; a publisher's number of unstated kind agrees with
 * any) and at {@value #ID_OTHER_KIND} when they are not (a query's {@code idNumber} equal to a listed passport
 * number); then
 * <ul>
 *   <li>{@value #NAME_CORROBORATES_BONUS} when one of the query's names also scores at least
 *       {@value #NAME_CORROBORATES} against the subject;</li>
 *   <li>{@value #BIRTH_CONFLICT} when the query gives a birth year that is two or more years from every birth date
 *       the subject's listings give;</li>
 *   <li>{@value #COUNTRY_CONFLICT} when the query gives countries and the subject's listings name countries but
 *       none of the query's.</li>
 * </ul>
 * A name that does not agree costs nothing (vessels are renamed, people use aliases the lists lack). The subject's
 * score is the larger of that identifier score and its name score (the screener's, evidence included). So an IMO
 * number alone finds its vessel at 0.95, with a matching name at 0.99, and a passport number with a birth date
 * three years off scores 0.80 (below the default threshold of 0.85, above the cutoff: shown, not a match).
 */
final class YenteMatcher {
    static final double ID_SAME_KIND = 0.95;
    static final double ID_OTHER_KIND = 0.90;
    static final double NAME_CORROBORATES = 0.70;
    static final double NAME_CORROBORATES_BONUS = 0.04;
    static final double BIRTH_CONFLICT = -0.15;
    static final double COUNTRY_CONFLICT = -0.05;
    /** Most screenings (name × birth date × country) one query runs; each name gets at least one. */
    static final int MAX_SCREENINGS = 24;
    static final int MAX_BIRTH_DATES = 2;
    static final int MAX_COUNTRIES = 3;
    /** Most names of one query screened. */
    static final int MAX_NAMES = 20;
    private static final Pattern NAME_SCORE = Pattern.compile("name (\\d\\.\\d\\d):");

    /** A scored subject: its score and the yente explanations. */
    record Scored(YenteIndex.Subject subject, double score, ObjectNode explanations) {
    }

    /** The results of one query: those at or above the cutoff (best first, at most the limit) and how many match. */
    record Result(List<Scored> results, int total) {
    }

    private final ScreeningService screening;

    YenteMatcher(ScreeningService screening) {
        this.screening = screening;
    }

    private static final class Candidate {
        final YenteIndex.Subject subject;
        Hit hit;
        double hitScore = -1;
        String queryName;
        ScreeningQuery screened;
        YenteQuery.IdValue idValue;
        IdentifierIndex.Posting posting;
        double idBase;

        Candidate(YenteIndex.Subject subject) {
            this.subject = subject;
        }
    }

    /** The query's results on the snapshot the request holds (the index is that snapshot's). */
    Result match(YenteIndex index, ServedSnapshot served, YenteQuery q, YenteFilters filters, double threshold,
                 double cutoff, int limit) {
        Map<YenteIndex.Subject, Candidate> candidates = new IdentityHashMap<>();
        double screenAt = Math.max(0, Math.min(1, Math.min(cutoff, NAME_CORROBORATES)));
        for (ScreeningQuery sq : screenings(q)) {
            Screening s;
            try {
                s = screening.screen(served, new ScreeningRequest(null, sq, screenAt));
            } catch (IllegalArgumentException nothingToMatch) {
                continue; // a name of punctuation only: the query's other names and identifiers still count
            }
            for (Hit h : s.hits()) {
                YenteIndex.Subject subject = index.subjectOfKey(h.entity().key()).orElse(null);
                if (subject == null || !admits(q, subject, filters)) continue;
                Candidate c = candidates.computeIfAbsent(subject, Candidate::new);
                if (h.score() > c.hitScore) {
                    c.hit = h;
                    c.hitScore = h.score();
                    c.queryName = sq.name();
                    c.screened = s.query();
                }
            }
        }
        for (YenteQuery.IdValue v : q.identifiers()) {
            for (IdentifierIndex.Posting p : index.identifier(v.normalized())) {
                YenteIndex.Subject subject = index.subjectOf(p.entity());
                if (!admits(q, subject, filters)) continue;
                double base = v.kind().agreesWith(p.kind()) ? ID_SAME_KIND : ID_OTHER_KIND;
                Candidate c = candidates.computeIfAbsent(subject, Candidate::new);
                if (base > c.idBase) {
                    c.idBase = base;
                    c.idValue = v;
                    c.posting = p;
                }
            }
        }
        List<Scored> scored = new ArrayList<>();
        for (Candidate c : candidates.values()) {
            Scored s = score(index, q, c);
            if (s.score() >= cutoff) scored.add(s);
        }
        int total = 0;
        for (Scored s : scored) if (s.score() >= threshold) total++;
        scored.sort(ORDER);
        return new Result(scored.size() > limit ? List.copyOf(scored.subList(0, limit)) : scored, total);
    }

    static final Comparator<Scored> ORDER = Comparator.comparingDouble(Scored::score).reversed()
            .thenComparing(s -> s.subject().id());

    private static boolean admits(YenteQuery q, YenteIndex.Subject s, YenteFilters filters) {
        return q.allowed().contains(s.entity().schema()) && filters.accepts(s);
    }

    /** Each name with each pair of birth date and country, the first pair for every name, the others while the budget lasts. */
    static List<ScreeningQuery> screenings(YenteQuery q) {
        List<String> births = q.birthDates().isEmpty() ? Collections.singletonList(null)
                : q.birthDates().subList(0, Math.min(MAX_BIRTH_DATES, q.birthDates().size()));
        List<String> countries = q.countries().isEmpty() ? Collections.singletonList(null)
                : q.countries().subList(0, Math.min(MAX_COUNTRIES, q.countries().size()));
        List<String> names = q.names().subList(0, Math.min(MAX_NAMES, q.names().size()));
        List<ScreeningQuery> out = new ArrayList<>();
        for (String name : names) out.add(new ScreeningQuery(name, q.schema(), countries.get(0), births.get(0)));
        for (String name : names) {
            for (int b = 0; b < births.size(); b++) {
                for (int c = 0; c < countries.size(); c++) {
                    if (b == 0 && c == 0) continue;
                    if (out.size() >= MAX_SCREENINGS) return out;
                    out.add(new ScreeningQuery(name, q.schema(), countries.get(c), births.get(b)));
                }
            }
        }
        return out;
    }

    private Scored score(YenteIndex index, YenteQuery q, Candidate c) {
        ObjectNode ex = JsonBody.JSON.createObjectNode();
        double nameScore = -1;
        if (c.hit != null) {
            nameScore = nameScore(c.hit);
            Explanation e = c.hit.explanation();
            feature(ex, "name", e.summary(), nameScore, c.queryName, c.hit.matchedName());
            for (Explanation.Evidence ev : e.evidence()) {
                String feature = switch (ev.fact()) {
                    case "type" -> "schema";
                    case "birth date" -> "birthDate";
                    case "country" -> "country";
                    case "same subject" -> "sameSubject";
                    default -> camel(ev.fact());
                };
                feature(ex, feature, ev.note(), ev.effect(), queryValue(feature, q, c.screened), candidateValue(feature, c.subject, index));
            }
        }
        double best = c.hit != null ? c.hitScore : 0;
        if (c.posting != null) {
            double idScore = c.idBase;
            StringBuilder detail = new StringBuilder().append(c.idValue.property()).append(' ').append(c.idValue.value())
                    .append(" equals the listing's ").append(c.posting.type()).append(' ').append(c.posting.value())
                    .append(" (").append(index.entity(c.posting.entity()).key()).append(')');
            if (c.idBase < ID_SAME_KIND) detail.append(", a number of another kind");
            if (nameScore >= NAME_CORROBORATES) {
                idScore += NAME_CORROBORATES_BONUS;
                detail.append("; the name agrees (+").append(two(NAME_CORROBORATES_BONUS)).append(')');
            }
            double birth = birthConflict(q, c.subject);
            if (birth < 0) {
                idScore += birth;
                detail.append("; the birth date disagrees (").append(two(birth)).append(')');
                if (!ex.has("birthDate")) {
                    feature(ex, "birthDate", "birth year is two or more years from every listed birth date", birth,
                            String.join(", ", q.birthDates()), candidateValue("birthDate", c.subject, index));
                }
            }
            double country = countryConflict(q, c.subject);
            if (country < 0) {
                idScore += country;
                detail.append("; no country agrees (").append(two(country)).append(')');
                if (!ex.has("country")) {
                    feature(ex, "country", "none of the query's countries is on the listings", country,
                            String.join(", ", q.countries()).toLowerCase(Locale.ROOT), candidateValue("country", c.subject, index));
                }
            }
            idScore = clamp(idScore);
            feature(ex, "identifier", detail.toString(), round(idScore), c.idValue.value(), c.posting.value());
            best = Math.max(best, idScore);
        }
        return new Scored(c.subject, round(best), ex);
    }

    /** The name score of a hit: its score without the evidence, or as the summary states it when the score was clamped. */
    static double nameScore(Hit h) {
        double evidence = 0;
        for (Explanation.Evidence e : h.explanation().evidence()) evidence += e.effect();
        double raw = h.score() - evidence;
        if (h.score() >= 1.0 || h.score() <= 0.0) {
            Matcher m = NAME_SCORE.matcher(h.explanation().summary());
            if (m.find()) raw = Double.parseDouble(m.group(1));
        }
        return round(clamp(raw));
    }

    private static double birthConflict(YenteQuery q, YenteIndex.Subject s) {
        List<Integer> years = q.birthYears();
        if (years.isEmpty()) return 0;
        List<FuzzyDate> listed = new ArrayList<>();
        for (Entity e : s.members()) listed.addAll(e.birthDates());
        if (listed.isEmpty()) return 0;
        int nearest = Integer.MAX_VALUE;
        for (int y : years) {
            for (FuzzyDate d : listed) {
                int from = d.earliest().getYear(), to = d.latest().getYear();
                nearest = Math.min(nearest, y < from ? from - y : y > to ? y - to : 0);
            }
        }
        return nearest >= 2 ? BIRTH_CONFLICT : 0;
    }

    private static double countryConflict(YenteQuery q, YenteIndex.Subject s) {
        if (q.countries().isEmpty() || s.countries().isEmpty()) return 0;
        for (String c : q.countries()) if (s.countries().contains(c.toLowerCase(Locale.ROOT))) return 0;
        return COUNTRY_CONFLICT;
    }

    private static String queryValue(String feature, YenteQuery q, ScreeningQuery screened) {
        return switch (feature) {
            case "birthDate" -> screened == null ? null : screened.birthDate();
            case "country" -> screened == null || screened.country() == null ? null : screened.country().toLowerCase(Locale.ROOT);
            case "schema" -> q.schemaName();
            default -> null;
        };
    }

    private static String candidateValue(String feature, YenteIndex.Subject s, YenteIndex index) {
        Set<String> v = new LinkedHashSet<>();
        switch (feature) {
            case "birthDate" -> {
                for (Entity e : s.members()) for (FuzzyDate d : e.birthDates()) v.addAll(YenteEntities.dates(d));
            }
            case "country" -> v.addAll(s.countries());
            case "schema" -> v.add(s.ftmSchema());
            case "sameSubject" -> v.add(s.id());
            default -> {
                return null;
            }
        }
        return v.isEmpty() ? null : String.join(", ", v);
    }

    private static void feature(ObjectNode ex, String name, String detail, double score, String query, String candidate) {
        ObjectNode f = ex.putObject(name);
        f.put("detail", detail);
        f.put("score", round(score));
        f.put("query", query);
        f.put("candidate", candidate);
    }

    private static String camel(String fact) {
        String[] words = fact.strip().split("\\s+");
        StringBuilder b = new StringBuilder(words[0].toLowerCase(Locale.ROOT));
        for (int i = 1; i < words.length; i++) {
            if (words[i].isEmpty()) continue;
            b.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1).toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }

    private static String two(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
