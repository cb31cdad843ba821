package org.chokepoint.rules;

import org.chokepoint.match.Hit;
import org.chokepoint.match.Screener;
import org.chokepoint.match.ScreeningQuery;
import org.chokepoint.model.Detail;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Screens names with the {@link Screener} and says what each hit means on the evaluated date: the list's effect
 * ({@link ListEffects}) when the match is strong and the entry was listed by then, REVIEW when the match is weaker
 * or the listing date is unknown for a past date, nothing when the entry was listed only later.
 *
 * @param reviewThreshold   hits from this score on are reported
 * @param decisiveThreshold hits from this score on take the list's full effect; weaker ones are REVIEW
 * @param ruleDates         effective dates of rules published later than they took effect
 * @param listDates         publication date of each source's list snapshot (source key → date); an entry without a
 *                          listing date is known to be listed from then on
 */
public final class PartyScreening {
    private final Screener screener;
    private final ListEffects effects;
    private final double reviewThreshold;
    private final double decisiveThreshold;
    private final Map<String, LocalDate> listDates;
    private final RuleDates ruleDates;
    private final ListHistory history;
    /**
     * Raw hits per (name, country). Batches repeat their counterparties, and the hits of a name do not depend on the
     * evaluated date (the judging does), so a batch screens each distinct party once. Bounded: cleared when full.
     */
    private final Map<String, List<Hit>> cache = new ConcurrentHashMap<>();
    private static final int CACHE_MAX = 200_000;
    /** Raw hits per earlier release (by label), then per (name, country) as in {@link #cache}; bounded like it. */
    private final Map<String, Map<String, List<Hit>>> removedCache = new ConcurrentHashMap<>();
    /** The releases covering each date judged (a batch has a few thousand distinct dates; a caller's choice is fixed). */
    private final Map<LocalDate, List<EarlierRelease>> covering = new ConcurrentHashMap<>();
    private final LocalDate latest;

    public PartyScreening(Screener screener, ListEffects effects, RuleDates ruleDates, double reviewThreshold, double decisiveThreshold,
                          Map<String, LocalDate> listDates) {
        this(screener, effects, ruleDates, reviewThreshold, decisiveThreshold, listDates, ListHistory.NONE);
    }

    /** @param history earlier releases for dates before the current ones (their removed entries are screened too) */
    public PartyScreening(Screener screener, ListEffects effects, RuleDates ruleDates, double reviewThreshold, double decisiveThreshold,
                          Map<String, LocalDate> listDates, ListHistory history) {
        this.history = history;
        this.screener = screener;
        this.effects = effects;
        this.ruleDates = ruleDates;
        this.reviewThreshold = reviewThreshold;
        this.decisiveThreshold = decisiveThreshold;
        this.listDates = Map.copyOf(listDates);
        this.latest = this.listDates.values().stream().max(LocalDate::compareTo).orElse(null);
    }

    public static final double DEFAULT_DECISIVE = 0.90;

    /** The newest publication date among the list snapshots screened against, null when none is known. */
    public LocalDate latestRelease() {
        return latest;
    }
    private static final int MAX_HITS = 5;

    /** The earlier releases held for {@code date} (empty when none, or when the date is not before the releases). */
    public List<EarlierRelease> earlierReleases(LocalDate date) {
        if (latest == null || !date.isBefore(latest)) return List.of();
        List<EarlierRelease> r = covering.get(date);
        if (r == null) {
            r = List.copyOf(history.covering(date));
            if (covering.size() >= CACHE_MAX) covering.clear();
            covering.put(date, r);
        }
        return r;
    }

    /**
     * Screens a name against the entries that earlier releases covering {@code asOf} held and the current release no
     * longer holds, each judged for the date ({@link #judgeRemoved}). One finding per entry: an entry in two releases
     * (before and after the date) is judged by the more severe.
     */
    public List<Judged> screenRemoved(String name, String country, LocalDate asOf) {
        List<EarlierRelease> releases = earlierReleases(asOf);
        if (releases.isEmpty()) return List.of();
        Map<String, Judged> byEntry = null;
        String key = country + "|" + name;
        for (EarlierRelease r : releases) {
            if (r.size() == 0) continue;
            Map<String, List<Hit>> perRelease = removedCache.computeIfAbsent(r.label(), k -> new ConcurrentHashMap<>());
            List<Hit> hits = perRelease.get(key);
            if (hits == null) {
                hits = r.removed().screen(new ScreeningQuery(name, null, country, null), reviewThreshold);
                if (perRelease.size() >= CACHE_MAX) perRelease.clear();
                perRelease.put(key, hits);
            }
            if (hits.isEmpty()) continue;
            if (byEntry == null) byEntry = new java.util.LinkedHashMap<>();
            for (Hit h : hits) {
                Judged j = judgeRemoved(h, r, asOf);
                byEntry.merge(h.entity().key(), j, (a, b) -> b.verdict().compareTo(a.verdict()) > 0 ? b : a);
                if (byEntry.size() == MAX_HITS) break;
            }
        }
        return byEntry == null ? List.of() : List.copyOf(byEntry.values());
    }

    /** A hit judged for a date. */
    public record Judged(Hit hit, ListEffects.Effect effect, Verdict verdict, String note) {
        public Entity entity() {
            return hit.entity();
        }
    }

    public List<Judged> screen(String name, String country, LocalDate asOf) {
        String key = country + "|" + name;
        List<Hit> hits = cache.get(key);
        if (hits == null) {
            hits = screener.screen(new ScreeningQuery(name, null, country, null), reviewThreshold);
            if (cache.size() >= CACHE_MAX) cache.clear();
            cache.put(key, hits);
        }
        List<Judged> judged = new ArrayList<>();
        for (List<Hit> publications : distinctSubjects(hits)) {
            if (judged.size() == MAX_HITS) break;
            judged.add(judgeSubject(publications, asOf));
        }
        return judged;
    }

    /**
     * One finding for all publications of an entry: the most severe judgement wins, because one publication can
     * prove what another cannot (the 2022 CSL copy of an SDN entry shows it was listed by 2022, which the 2024 SDN
     * file alone cannot show for a 2023 shipment).
     */
    private Judged judgeSubject(List<Hit> publications, LocalDate asOf) {
        Judged chosen = null;
        for (Hit h : publications) {
            Judged j = judge(h, asOf);
            if (chosen == null || j.verdict().compareTo(chosen.verdict()) > 0) chosen = j;
        }
        if (publications.size() == 1) return chosen;
        String chosenKey = chosen.entity().key();
        String also = "the same entry is also published as " + String.join(", ", publications.stream()
                .map(h -> h.entity().key()).filter(k -> !k.equals(chosenKey)).toList());
        return new Judged(chosen.hit(), chosen.effect(), chosen.verdict(), chosen.note().isEmpty() ? also : chosen.note() + "; " + also);
    }

    /**
     * Merges hits on republications of one entry (the CSL repeats each SDN entry under OFAC's own number): a hit is a
     * copy of an earlier one when a publisher's SAME_AS link joins the two and the list's effect is the same.
     * Links derived from list data are not followed here: they join different listings, each with its own effect.
     */
    private List<List<Hit>> distinctSubjects(List<Hit> hits) {
        List<List<Hit>> subjects = new ArrayList<>();
        for (Hit h : hits) {
            List<Hit> original = null;
            for (List<Hit> s : subjects) {
                Entity first = s.get(0).entity();
                if (publishedSameAs(first, h.entity()) && effects.of(first).list().equals(effects.of(h.entity()).list())) {
                    original = s;
                    break;
                }
            }
            if (original == null) subjects.add(new ArrayList<>(List.of(h)));
            else original.add(h);
        }
        return subjects;
    }

    private static boolean publishedSameAs(Entity a, Entity b) {
        return linksTo(a, b) || linksTo(b, a);
    }

    private static boolean linksTo(Entity from, Entity to) {
        for (Link link : from.links()) {
            if (link.publishedSameAs() && to.key().equals(link.target())) {
                return true;
            }
        }
        return false;
    }

    /**
     * How long before its Federal Register publication a list addition may already be in force when the rule's
     * effective date is not known: rules are often effective on signature or public inspection, days earlier.
     */
    static final int EFFECTIVE_BEFORE_PUBLICATION_DAYS = 14;

    Judged judge(Hit h, LocalDate asOf) {
        ListEffects.Effect effect = effects.of(h.entity());
        var listed = h.entity().listedOn();
        String note = "";
        if (listed != null && listed.earliest().isAfter(asOf)) {
            LocalDate published = listed.earliest();
            RuleDates.Known known = effect.publishedDates() ? ruleDates.of(h.entity().details().get(Detail.FEDERAL_REGISTER), published) : null;
            if (known != null && !asOf.isBefore(known.effective())) {
                note = "published " + published + " but in force from " + known.effective() + " (" + known.citation() + ")";
            } else if (known == null && effect.publishedDates() && !asOf.isBefore(published.minusDays(EFFECTIVE_BEFORE_PUBLICATION_DAYS))) {
                Verdict v = effect.verdict().compareTo(Verdict.REVIEW) > 0 ? Verdict.REVIEW : effect.verdict();
                return new Judged(h, effect, v, "the list gives the rule's publication date " + published + ", " + asOf + " is shortly"
                        + " before it and the rule may already have been in force: confirm the effective date in the Federal Register");
            } else {
                return new Judged(h, effect, Verdict.CLEAR, "listed on " + listed.raw() + ", after " + asOf + ": no effect as of that date");
            }
        }
        LocalDate end = endDate(h.entity());
        if (end != null && asOf.isAfter(end)) {
            return new Judged(h, effect, Verdict.CLEAR, "the listing ended on " + end + " (the entry's own end or expiration date),"
                    + " before " + asOf + ": no effect as of that date");
        }
        LocalDate listsDate = listDates.get(h.entity().source());
        if (listed == null && (listsDate == null || asOf.isBefore(listsDate))) {
            Verdict v = effect.verdict().compareTo(Verdict.REVIEW) > 0 ? Verdict.REVIEW : effect.verdict();
            return new Judged(h, effect, v, "the list gives no listing date; the list used is "
                    + (listsDate == null ? "of unknown date" : "a snapshot of " + listsDate)
                    + ", so whether the entry was listed on " + asOf + " is not known: confirm the designation date");
        }
        if (h.score() < decisiveThreshold) {
            Verdict v = effect.verdict().compareTo(Verdict.REVIEW) > 0 ? Verdict.REVIEW : effect.verdict();
            return new Judged(h, effect, v, String.format(java.util.Locale.ROOT,
                    "score %.2f is below the decisive threshold %.2f: confirm the identity", h.score(), decisiveThreshold)
                    + (note.isEmpty() ? "" : "; " + note));
        }
        String expires = end == null ? "" : "in force until " + end;
        return new Judged(h, effect, effect.verdict(), note.isEmpty() ? expires : expires.isEmpty() ? note : note + "; " + expires);
    }

    /**
     * An entry an earlier release held and the current one does not: it was removed between the two. Listed on
     * {@code asOf} is known only when the release is of that date or later and the entry was listed by then (a dated
     * listing, or the release's own date); the list's effect then applies. A release before the date shows only
     * that the entry was listed then, not whether it was still listed on the date (REVIEW: confirm the removal).
     */
    Judged judgeRemoved(Hit h, EarlierRelease r, LocalDate asOf) {
        ListEffects.Effect effect = effects.of(h.entity());
        LocalDate current = listDates.get(r.source());
        String where = "in the " + r.label() + ", not in the release screened now" + (current == null ? "" : " (" + current + ")")
                + ": removed from the list between the two";
        Verdict capped = effect.verdict().compareTo(Verdict.REVIEW) > 0 ? Verdict.REVIEW : effect.verdict();
        var listed = h.entity().listedOn();
        if (listed != null && listed.earliest().isAfter(asOf)) {
            return new Judged(h, effect, Verdict.CLEAR, where + "; listed on " + listed.raw() + ", after " + asOf + ": no effect as of that date");
        }
        LocalDate end = endDate(h.entity());
        if (end != null && asOf.isAfter(end)) {
            return new Judged(h, effect, Verdict.CLEAR, where + "; the listing ended on " + end + ", before " + asOf + ": no effect as of that date");
        }
        if (h.score() < decisiveThreshold) {
            return new Judged(h, effect, capped, where + String.format(java.util.Locale.ROOT,
                    "; score %.2f is below the decisive threshold %.2f: confirm the identity", h.score(), decisiveThreshold));
        }
        if (r.released().isBefore(asOf)) {
            return new Judged(h, effect, capped, where + "; listed on " + r.released() + ", before " + asOf
                    + ": whether it was still listed on " + asOf + " is not known: confirm the date of removal");
        }
        if (listed == null && r.released().isAfter(asOf)) {
            return new Judged(h, effect, capped, where + "; the release is of " + r.released() + ", after " + asOf
                    + ", and gives no listing date: whether the entry was listed on " + asOf + " is not known: confirm the designation date");
        }
        return new Judged(h, effect, effect.verdict(), where + (listed == null ? "; the release is of " + asOf + " itself"
                : "; listed on " + listed.raw() + " and still in the release of " + r.released()) + ": in force on " + asOf);
    }

    /** The entry's own end date (CSL end_date, DPL expiration date), null when none or not a date. */
    static LocalDate endDate(Entity e) {
        String v = e.details().get(Detail.END_DATE);
        if (v == null || v.isBlank()) return null;
        try {
            return LocalDate.parse(v.strip());
        } catch (java.time.format.DateTimeParseException notIso) {
            return null;
        }
    }
}
