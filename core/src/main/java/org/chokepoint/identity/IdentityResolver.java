package org.chokepoint.identity;

import org.chokepoint.model.Detail;
import org.chokepoint.model.Entity;
import org.chokepoint.model.EntityBuilder;
import org.chokepoint.model.Findings;
import org.chokepoint.model.FuzzyDate;
import org.chokepoint.model.Link;
import org.chokepoint.model.LinkType;
import org.chokepoint.model.Name;
import org.chokepoint.names.NameNormalizer;
import org.chokepoint.names.NormalizedName;
import org.chokepoint.names.PhoneticKey;
import org.chokepoint.names.TokenKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Derives {@link LinkType#SAME_AS} links between persons (and bodies and vessels) of different lists that publish no reference to each
 * other (the UN's "Abd al-Rahman" and OFAC's "ABDELRAHMAN"), from list data only:
 * <ol>
 *   <li>both publish a day-precise date of birth and one day is the same (persons are grouped by birth day, so
 *       names are compared only within a day);</li>
 *   <li>their names agree under the project's name normalisation (romanisation of other scripts) and phonetic
 *       keys: at least {@link #MIN_TOKENS} name words in common, one of them rare, covering at least
 *       {@link #MIN_COVERAGE} of the weight of the shorter name. A 1 January birthday is often a placeholder for
 *       "year known", so it needs {@link #PLACEHOLDER_COVERAGE} and {@link #PLACEHOLDER_TOKENS} words;</li>
 *   <li>nothing contradicts: published nationalities (or citizenships) that share no country, or different
 *       genders, rule a link out.</li>
 * </ol>
 * Bodies and vessels are linked by a number both lists publish ({@link SharedIdentifiers}: IMO, registration,
 * tax numbers). A derived link is recorded on both entities; it is {@link Link#derived()} and its note says
 * on what evidence, so it stays distinguishable from links the publishers give.
 */
public final class IdentityResolver {
    /** Finding code (INFO): how many links were derived between two sources. */
    public static final String IDENTITY_DERIVED = "identity-derived";
    /** Name words the two names must share (one shared word, even a rare one, is too little for a person). */
    static final int MIN_TOKENS = 2;
    /** Share of the shorter name's weight (rarity-weighted words) the shared words must cover. */
    static final double MIN_COVERAGE = 0.6;
    /** Names that differ in one word (Eduard / Andrey KUZNETSOV) must agree on nearly all the rest. */
    static final double CONFLICT_COVERAGE = 0.9;
    static final int PLACEHOLDER_TOKENS = 3;
    static final double PLACEHOLDER_COVERAGE = 0.85;
    /** A name word is rare when at most this share of the dated persons carry it (Mohammed, Ali are not rare). */
    static final double RARE_SHARE = 0.01;

    private IdentityResolver() {
    }

    /** The entities with derived links added, and how many were derived per source pair. */
    public record Result(List<Entity> entities, Map<String, Integer> derivedPerPair) {
    }

    /**
     * Adds derived links to {@code entities} (order kept) and reports one INFO finding per source pair with the
     * count.
     */
    public static Result resolve(List<Entity> published, Findings findings) {
        List<Entity> entities = withoutDerived(published);
        List<Person> persons = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            Person p = Person.of(i, entities.get(i));
            if (p != null) persons.add(p);
        }
        Map<String, Integer> df = new HashMap<>();
        for (Person p : persons) p.keys().forEach(k -> df.merge(k, 1, Integer::sum));
        int rareLimit = Math.max(2, (int) (persons.size() * RARE_SHARE));

        Map<LocalDate, List<Person>> byDay = new HashMap<>();
        for (Person p : persons) for (LocalDate d : p.days) byDay.computeIfAbsent(d, k -> new ArrayList<>()).add(p);

        Map<Integer, List<Link>> added = new HashMap<>();
        Map<String, Integer> perPair = new TreeMap<>();
        Set<String> done = new HashSet<>();
        for (Map.Entry<LocalDate, List<Person>> day : byDay.entrySet()) {
            List<Person> group = day.getValue();
            if (group.size() < 2) continue;
            for (int a = 0; a < group.size(); a++) {
                for (int b = a + 1; b < group.size(); b++) {
                    Person x = group.get(a), y = group.get(b);
                    if (x.source.equals(y.source) || contradict(x, y) || published(x, y)) continue;
                    // two persons sharing several birth days are linked once (a 1 January may fail where another day holds)
                    String pairKey = x.index < y.index ? x.key + "\u0000" + y.key : y.key + "\u0000" + x.key;
                    if (done.contains(pairKey)) continue;
                    Agreement agree = bestAgreement(x, y, df, rareLimit, isPlaceholder(day.getKey()));
                    if (agree == null) continue;
                    done.add(pairKey);
                    String evidence = "same date of birth " + day.getKey() + ", names agree "
                            + two(agree.coverage) + " (phonetic keys " + String.join(" ", agree.shared) + ")";
                    added.computeIfAbsent(x.index, k -> new ArrayList<>()).add(Link.derivedSameAs(y.key, evidence));
                    added.computeIfAbsent(y.index, k -> new ArrayList<>()).add(Link.derivedSameAs(x.key, evidence));
                    String pair = x.source.compareTo(y.source) < 0 ? x.source + "\t" + y.source : y.source + "\t" + x.source;
                    perPair.merge(pair, 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> bodies = new TreeMap<>();
        SharedIdentifiers.addLinks(entities, SharedIdentifiers.pairs(entities), added, bodies);
        Set<String> pairs = new TreeSet<>(perPair.keySet());
        pairs.addAll(bodies.keySet());
        for (String pair : pairs) {
            String[] s = pair.split("\t");
            int people = perPair.getOrDefault(pair, 0), things = bodies.getOrDefault(pair, 0);
            String text = people == 0 ? "" : people + " persons of " + s[0] + " derived to be the same as persons of "
                    + s[1] + " (same birth day, agreeing names, no contradiction)";
            if (things > 0) {
                text += (text.isEmpty() ? "" : "; ") + things + " bodies or vessels of " + s[0] + " derived to be the same as "
                        + "those of " + s[1] + " (same identifying number, no contradiction)";
            }
            findings.info(s[0], s[1], IDENTITY_DERIVED, text);
            perPair.merge(pair, things, Integer::sum);
        }
        List<Entity> out = new ArrayList<>(entities.size());
        for (int i = 0; i < entities.size(); i++) {
            List<Link> extra = added.get(i);
            out.add(extra == null ? entities.get(i) : withLinks(entities.get(i), extra));
        }
        Map<String, Integer> counts = new TreeMap<>();
        perPair.forEach((pair, n) -> counts.put(pair.replace('\t', '~'), n));
        return new Result(out, counts);
    }

    /** 1 January stands in for "born in that year" on many lists. */
    static boolean isPlaceholder(LocalDate day) {
        return day.getMonthValue() == 1 && day.getDayOfMonth() == 1;
    }

    private static boolean contradict(Person x, Person y) {
        if (!x.countries.isEmpty() && !y.countries.isEmpty() && x.countries.stream().noneMatch(y.countries::contains)) {
            return true;
        }
        return x.gender != 0 && y.gender != 0 && x.gender != y.gender;
    }

    private static boolean published(Person x, Person y) {
        return x.sameAs.contains(y.key) || y.sameAs.contains(x.key);
    }

    /** The best agreement of any name of one with any name of the other that is enough for a link, else null. */
    private static Agreement bestAgreement(Person x, Person y, Map<String, Integer> df, int rareLimit, boolean placeholder) {
        Agreement best = null;
        for (NameKeys a : x.names) {
            for (NameKeys b : y.names) {
                Agreement g = Agreement.of(a, b, df, rareLimit);
                if (g != null && g.enough(placeholder) && (best == null || g.better(best))) best = g;
            }
        }
        return best;
    }

    /**
     * One name as phonetic keys of its words proper (particles and titles dropped), and for each word the key of
     * it written together with the next word, particles included ("abd al rahman" gives "abdalrahman", which
     * meets "abdelrahman": the key keeps where vowels are, not which).
     */
    record NameKeys(String[] words, String[] joinedNext) {
        static NameKeys of(String name) {
            NormalizedName nn = NameNormalizer.normalize(name, NameNormalizer.Mode.PERSON);
            List<Integer> at = new ArrayList<>(nn.size());
            for (int i = 0; i < nn.size(); i++) {
                String t = nn.tokens()[i];
                if (nn.kinds()[i] == TokenKind.NAME && t.length() >= 2 && t.chars().noneMatch(Character::isDigit)) at.add(i);
            }
            String[] words = new String[at.size()], joined = new String[at.size()];
            for (int k = 0; k < at.size(); k++) {
                words[k] = PhoneticKey.of(nn.tokens()[at.get(k)]);
                if (k + 1 < at.size()) {
                    StringBuilder b = new StringBuilder();
                    for (int i = at.get(k); i <= at.get(k + 1); i++) b.append(nn.tokens()[i]);
                    joined[k] = PhoneticKey.of(b.toString());
                }
            }
            return new NameKeys(words, joined);
        }

        int size() {
            return words.length;
        }
    }

    /**
     * How two names agree: the word keys of the shorter name found among the words (or joined word pairs) of the
     * longer one, weighted by rarity, as a share of the shorter name's weight.
     */
    record Agreement(List<String> shared, int tokens, boolean rare, double coverage, boolean conflict) {
        static Agreement of(NameKeys a, NameKeys b, Map<String, Integer> df, int rareLimit) {
            NameKeys shorter = a.size() <= b.size() ? a : b, longer = shorter == a ? b : a;
            Map<String, Integer> bag = new HashMap<>();
            for (int j = 0; j < longer.size(); j++) {
                bag.merge(longer.words[j], 1, Integer::sum);
                if (longer.joinedNext[j] != null) bag.merge(longer.joinedNext[j], 1, Integer::sum);
            }
            double total = 0, matched = 0;
            int tokens = 0;
            boolean rare = false;
            List<String> shared = new ArrayList<>();
            List<String> unmatched = new ArrayList<>();
            for (int i = 0; i < shorter.size(); i++) {
                String hit = null;
                double w = weight(df, shorter.words[i]);
                if (take(bag, shorter.words[i])) {
                    hit = shorter.words[i];
                } else if (shorter.joinedNext[i] != null && take(bag, shorter.joinedNext[i])) {
                    hit = shorter.joinedNext[i];
                    w = weight(df, hit);
                    i++;
                }
                total += w;
                if (hit == null) {
                    unmatched.add(shorter.words[i]);
                    continue;
                }
                matched += w;
                tokens++;
                shared.add(hit);
                if (df.getOrDefault(hit, 0) <= rareLimit) rare = true;
            }
            if (tokens == 0) return null;
            // a word left over on the shorter side with no left-over word on the other side that starts alike
            // (Suleymanovna / Suleimanova) is a different name in that place (Eduard / Andrey, Jamal / Kamal)
            double coverage = total == 0 ? 0 : matched / total;
            boolean conflict = coverage < CONFLICT_COVERAGE && unmatched.stream().anyMatch(u -> bag.keySet().stream().noneMatch(o -> startsAlike(u, o)));
            return new Agreement(shared, tokens, rare, coverage, conflict);
        }

        private static boolean startsAlike(String a, String b) {
            return a.length() >= 2 && b.length() >= 2 && a.regionMatches(0, b, 0, 2);
        }

        boolean enough(boolean placeholder) {
            if (!rare || conflict) return false;
            return placeholder ? tokens >= PLACEHOLDER_TOKENS && coverage >= PLACEHOLDER_COVERAGE
                    : tokens >= MIN_TOKENS && coverage >= MIN_COVERAGE;
        }

        boolean better(Agreement o) {
            return rare != o.rare ? rare : tokens != o.tokens ? tokens > o.tokens : coverage > o.coverage;
        }

        private static boolean take(Map<String, Integer> bag, String key) {
            Integer n = bag.get(key);
            if (n == null) return false;
            if (n == 1) bag.remove(key);
            else bag.put(key, n - 1);
            return true;
        }

        /** Rarer words weigh more (an inverse document frequency over the dated persons). */
        private static double weight(Map<String, Integer> df, String key) {
            return Math.log(1 + 1000.0 / Math.max(1, df.getOrDefault(key, 0)));
        }
    }

    /** What the resolver needs of one person with a known birth day. */
    private record Person(int index, String key, String source, Set<LocalDate> days, Set<String> countries,
                          char gender, List<NameKeys> names, Set<String> sameAs) {
        static Person of(int index, Entity e) {
            if (!e.schema().isPerson()) return null;
            Set<LocalDate> days = new HashSet<>();
            for (FuzzyDate d : e.birthDates()) if (d.precision() == FuzzyDate.Precision.DAY && !d.circa()) days.add(d.earliest());
            if (days.isEmpty()) return null;
            Set<String> countries = new HashSet<>();
            e.nationalities().forEach(c -> countries.add(c.toUpperCase(Locale.ROOT)));
            e.citizenships().forEach(c -> countries.add(c.toUpperCase(Locale.ROOT)));
            String g = e.details().get(Detail.GENDER);
            char gender = g == null || g.isBlank() ? 0 : switch (Character.toLowerCase(g.strip().charAt(0))) {
                case 'm' -> 'm';
                case 'f' -> 'f';
                default -> (char) 0;
            };
            List<NameKeys> names = new ArrayList<>();
            Set<List<String>> seen = new HashSet<>();
            for (Name n : e.names()) {
                NameKeys k = NameKeys.of(n.value());
                if (k.size() > 0 && seen.add(List.of(k.words()))) names.add(k);
            }
            if (names.isEmpty()) return null;
            Set<String> sameAs = new HashSet<>();
            for (Link l : e.links()) if (l.type() == LinkType.SAME_AS && l.target() != null) sameAs.add(l.target());
            return new Person(index, e.key(), e.source(), days, countries, gender, names, sameAs);
        }

        /** Distinct word and joined-word keys over all the person's names (for word frequencies). */
        Set<String> keys() {
            Set<String> out = new HashSet<>();
            for (NameKeys n : names) {
                for (int i = 0; i < n.size(); i++) {
                    out.add(n.words()[i]);
                    if (n.joinedNext()[i] != null) out.add(n.joinedNext()[i]);
                }
            }
            return out;
        }
    }

    /** Entities carried over from an earlier snapshot hold links derived then; they are derived afresh. */
    private static List<Entity> withoutDerived(List<Entity> entities) {
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            if (e.links().stream().noneMatch(Link::derived)) {
                out.add(e);
                continue;
            }
            out.add(new Entity(e.source(), e.sourceId(), e.schema(), e.names(), e.birthDates(), e.birthPlaces(),
                    e.nationalities(), e.citizenships(), e.countries(), e.addresses(), e.identifiers(), e.programs(),
                    e.lists(), e.listedOn(), e.remarks(), e.links().stream().filter(l -> !l.derived()).toList(), e.details()));
        }
        return out;
    }

    private static Entity withLinks(Entity e, List<Link> extra) {
        EntityBuilder b = e.toBuilder();
        extra.forEach(b::link);
        return b.build();
    }

    private static String two(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
