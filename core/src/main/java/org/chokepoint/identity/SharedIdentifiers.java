package org.chokepoint.identity;

import org.chokepoint.model.Address;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Link;
import org.chokepoint.model.LinkType;
import org.chokepoint.model.Schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Bodies and vessels of different lists that publish the same identifying number: the UK Sanctions List's
 * "Lipetsk Mechanical Plant LLC" writes {@code (INN) 4824096058} where OFAC's "LIPETSKII MEKHANICHESKII ZAVOD" has
 * Tax ID No. 4824096058; the OFSI ConList's vessel "CHIE MARU NO.6" and OFAC's "CHON MYONG 1" are IMO 8712362. Such
 * names often share no word at all, so the number is the evidence. A pair is linked when
 * <ol>
 *   <li>both are organisations or companies, or both vessels, or both aircraft;</li>
 *   <li>they share a value (after {@link IdentifierValues#normalize normalisation}, or a number written inside a
 *       value) of a kind that {@link IdentifierKind#identifiesSubject names one subject}: IMO, registration, tax,
 *       LEI, D-U-N-S, SWIFT/BIC, identity numbers; an IMO number only meets an IMO number, and only a valid one
 *       (its check digit agrees);</li>
 *   <li>within each of the two lists only that one entry carries the value (a number several entries of one list
 *       carry, a parent's register number quoted on its subsidiaries, identifies none of them);</li>
 *   <li>nothing contradicts: entries linked by a number other than an IMO number whose countries (stated or of
 *       their addresses) are all different are not linked, and a value of fewer than {@value #SHORT} characters
 *       needs a country in common. An IMO number needs no country: ships change flag and keep it.</li>
 * </ol>
 * Pairs the publishers already link ({@code SAME_AS}) are left alone.
 */
final class SharedIdentifiers {
    /** Values shorter than this (a five-digit register number) are common enough by chance to need a shared country. */
    static final int SHORT = 8;

    private SharedIdentifiers() {
    }

    /**
     * A derived pair: the two entity positions (lower first) and the shared values with the labels the two
     * publishers give them ("Tax ID No. / Business Registration No 4824096058", "IMO 8712362").
     */
    record Pair(int a, int b, Set<String> evidence) {
        String note() {
            return "same " + String.join(", same ", evidence);
        }
    }

    /** The pairs linked by a shared identifier, in a stable order (by the first entity, then the second). */
    static List<Pair> pairs(List<Entity> entities) {
        IdentifierIndex index = IdentifierIndex.build(entities);
        Map<Long, Pair> pairs = new TreeMap<>();
        index.forEach((value, postings) -> {
            Map<String, IdentifierIndex.Posting> onePerSource = onePerSource(entities, postings);
            List<IdentifierIndex.Posting> ps = new ArrayList<>(onePerSource.values());
            for (int i = 0; i < ps.size(); i++) {
                for (int j = i + 1; j < ps.size(); j++) {
                    IdentifierIndex.Posting x = ps.get(i), y = ps.get(j);
                    Entity ex = entities.get(x.entity()), ey = entities.get(y.entity());
                    boolean imo = x.kind() == IdentifierKind.IMO;
                    if (imo != (y.kind() == IdentifierKind.IMO) || (imo && !validImo(value))) continue;
                    if (!compatible(ex.schema(), ey.schema()) || published(ex, ey)) continue;
                    if (!imo && contradict(ex, ey, value)) continue;
                    int a = Math.min(x.entity(), y.entity()), b = Math.max(x.entity(), y.entity());
                    IdentifierIndex.Posting pa = a == x.entity() ? x : y, pb = pa == x ? y : x;
                    String label = pa.type().equals(pb.type()) ? pa.type() : pa.type() + " / " + pb.type();
                    pairs.computeIfAbsent(((long) a << 32) | b, k -> new Pair(a, b, new TreeSet<>()))
                            .evidence().add(label + " " + value);
                }
            }
        });
        return List.copyOf(pairs.values());
    }

    /**
     * The postings of a value that may link, one per source: of non-person entities, of identifying kinds, and only
     * from a source where a single entity carries the value.
     */
    private static Map<String, IdentifierIndex.Posting> onePerSource(List<Entity> entities, List<IdentifierIndex.Posting> postings) {
        Map<String, IdentifierIndex.Posting> bySource = new LinkedHashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (IdentifierIndex.Posting p : postings) {
            Entity e = entities.get(p.entity());
            if (e.schema().isPerson() || !p.kind().identifiesSubject()) continue;
            IdentifierIndex.Posting before = bySource.putIfAbsent(e.source(), p);
            if (before != null && before.entity() != p.entity()) ambiguous.add(e.source());
        }
        bySource.keySet().removeAll(ambiguous);
        return bySource;
    }

    private static boolean compatible(Schema a, Schema b) {
        if (a == Schema.VESSEL || b == Schema.VESSEL || a == Schema.AIRCRAFT || b == Schema.AIRCRAFT) return a == b;
        return true; // organisation and company: publishers classify the same body either way
    }

    private static boolean published(Entity x, Entity y) {
        for (Link l : x.links()) if (l.type() == LinkType.SAME_AS && y.key().equals(l.target())) return true;
        for (Link l : y.links()) if (l.type() == LinkType.SAME_AS && x.key().equals(l.target())) return true;
        return false;
    }

    /**
     * An IMO ship number is seven digits whose last is a check digit (9166778: 9×7 + 1×6 + 6×5 + 6×4 + 7×3 + 7×2 =
     * 158, and 158 ends in 8); it stays with the hull through renaming and reflagging, so it needs no other check.
     */
    static boolean validImo(String value) {
        if (value.length() != 7 || !value.chars().allMatch(Character::isDigit)) return false;
        int sum = 0;
        for (int i = 0; i < 6; i++) sum += (value.charAt(i) - '0') * (7 - i);
        return sum % 10 == value.charAt(6) - '0';
    }

    /** Organisations (a company's numbers other than an IMO) are checked for countries. */
    private static boolean contradict(Entity x, Entity y, String value) {
        boolean shortValue = value.length() < SHORT;
        Set<String> cx = countries(x), cy = countries(y);
        boolean shared = cx.stream().anyMatch(cy::contains);
        if (shortValue) return !shared;
        return !cx.isEmpty() && !cy.isEmpty() && !shared;
    }

    private static Set<String> countries(Entity e) {
        Set<String> out = new HashSet<>();
        for (String c : e.countries()) if (c != null) out.add(c.toUpperCase(Locale.ROOT));
        for (Address a : e.addresses()) if (a.country() != null) out.add(a.country().toUpperCase(Locale.ROOT));
        return out;
    }

    /** Adds the pairs' links to {@code added} (both ways) and counts them per source pair in {@code perPair}. */
    static void addLinks(List<Entity> entities, List<Pair> pairs, Map<Integer, List<Link>> added, Map<String, Integer> perPair) {
        for (Pair p : pairs) {
            Entity x = entities.get(p.a()), y = entities.get(p.b());
            String note = p.note();
            added.computeIfAbsent(p.a(), k -> new ArrayList<>()).add(Link.derivedSameAs(y.key(), note));
            added.computeIfAbsent(p.b(), k -> new ArrayList<>()).add(Link.derivedSameAs(x.key(), note));
            String pair = x.source().compareTo(y.source()) < 0 ? x.source() + "\t" + y.source() : y.source() + "\t" + x.source();
            perPair.merge(pair, 1, Integer::sum);
        }
    }
}
