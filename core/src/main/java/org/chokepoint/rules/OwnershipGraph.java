package org.chokepoint.rules;

import org.chokepoint.model.Entity;
import org.chokepoint.model.Link;
import org.chokepoint.model.LinkType;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Who owns how much of whom, from list links and user files, and the OFAC 50 % rule over it: an entity owned
 * 50 % or more in aggregate, directly or indirectly, by blocked persons is blocked. "Indirectly" follows OFAC's
 * guidance: an entity blocked by the rule counts as a blocked owner of what it owns in turn (shares are not
 * multiplied along the chain). Computed as a fixpoint, so ownership cycles terminate.
 */
public final class OwnershipGraph {
    private static final BigDecimal HALF = new BigDecimal("0.5");

    /** A direct holding: {@code owner} holds {@code share} (in [0,1]) of {@code owned}. */
    public record Edge(String owner, String owned, BigDecimal share, String source) {
    }

    /** Why an entity is blocked by the rule: its blocked owners, their shares and the aggregate. */
    public record Blocked(String entity, BigDecimal aggregate, List<Edge> blockedOwners, String explanation) {
    }

    private final Map<String, String> display = new HashMap<>();
    /** owned key → (owner key → edge) */
    private final Map<String, Map<String, Edge>> owners = new HashMap<>();

    public void add(String owner, String owned, BigDecimal share, String source) {
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("ownership share must be within 0..1 (0..100 %): " + share + " (" + source + ")");
        }
        String o = key(owner);
        String d = key(owned);
        if (o.isEmpty() || d.isEmpty()) throw new IllegalArgumentException("ownership needs two names (" + source + ")");
        display.putIfAbsent(o, owner.strip());
        display.putIfAbsent(d, owned.strip());
        // The same holding stated twice (list and user file) is one holding: keep the larger statement.
        owners.computeIfAbsent(d, k -> new LinkedHashMap<>()).merge(o, new Edge(owner.strip(), owned.strip(), share, source),
                (a, b) -> a.share().compareTo(b.share()) >= 0 ? a : b);
    }

    /** Adds the ownership links with a share that list entries publish (OWNED_BY / OWNER_OF). */
    public void addFromEntities(Iterable<Entity> entities) {
        Map<String, String> nameByKey = new HashMap<>();
        for (Entity e : entities) nameByKey.put(e.key(), e.primaryName().value());
        for (Entity e : entities) {
            for (Link l : e.links()) {
                if (l.share() == null || (l.type() != LinkType.OWNED_BY && l.type() != LinkType.OWNER_OF)) continue;
                String other = l.target() != null && nameByKey.containsKey(l.target()) ? nameByKey.get(l.target()) : l.targetName();
                if (other == null) continue;
                BigDecimal share = BigDecimal.valueOf(l.share());
                if (l.type() == LinkType.OWNED_BY) add(other, e.primaryName().value(), share, e.key());
                else add(e.primaryName().value(), other, share, e.key());
            }
        }
    }

    /** An independent copy: a request adds its own holdings to the copy of the lists' graph, never to the shared one. */
    public OwnershipGraph copy() {
        OwnershipGraph c = new OwnershipGraph();
        c.display.putAll(display);
        owners.forEach((owned, byOwner) -> c.owners.put(owned, new LinkedHashMap<>(byOwner)));
        return c;
    }

    public boolean isEmpty() {
        return owners.isEmpty();
    }

    public int edgeCount() {
        return owners.values().stream().mapToInt(Map::size).sum();
    }

    public boolean contains(String name) {
        String k = key(name);
        return owners.containsKey(k) || display.containsKey(k);
    }

    /** Every name that holds a share of {@code name}, directly or through others (cycle-safe). */
    public Set<String> ownersOf(String name) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(key(name)));
        while (!todo.isEmpty()) {
            for (String o : owners.getOrDefault(todo.pop(), Map.of()).keySet()) if (seen.add(o)) todo.push(o);
        }
        Set<String> out = new LinkedHashSet<>();
        for (String k : seen) out.add(display.get(k));
        return out;
    }

    /**
     * Whether {@code name} is blocked by the 50 % rule, given which names are blocked persons themselves.
     * Empty when it is not (or when it is itself a blocked person: that is a list hit, not this rule).
     */
    public Optional<Blocked> blockedByRule(String name, Predicate<String> isBlockedPerson) {
        return ownedByRule(name, isBlockedPerson, "blocked");
    }

    /**
     * The same fixpoint for any "owned 50 % or more by X" rule; {@code adjective} names X in the explanation
     * ("blocked" for OFAC, "listed" for the BIS Affiliates rule).
     */
    public Optional<Blocked> ownedByRule(String name, Predicate<String> isBlockedPerson, String adjective) {
        String target = key(name);
        if (!owners.containsKey(target)) return Optional.empty();
        Set<String> nodes = new LinkedHashSet<>();
        nodes.add(target);
        for (String o : ownersOf(name)) nodes.add(key(o));
        Map<String, Integer> round = new HashMap<>();
        for (String n : nodes) if (isBlockedPerson.test(display.get(n))) round.put(n, 0);
        if (round.containsKey(target)) return Optional.empty();
        // Fixpoint: the blocked set only grows, so this ends after at most |nodes| rounds, cycles included.
        for (int r = 1; ; r++) {
            List<String> added = new ArrayList<>();
            for (String n : nodes) {
                if (round.containsKey(n)) continue;
                if (blockedShare(n, round).compareTo(HALF) >= 0) added.add(n);
            }
            if (added.isEmpty()) break;
            for (String n : added) round.put(n, r);
        }
        if (!round.containsKey(target)) return Optional.empty();
        List<Edge> via = blockedOwners(target, round);
        return Optional.of(new Blocked(display.get(target), blockedShare(target, round), via, explain(target, round, adjective)));
    }

    private BigDecimal blockedShare(String node, Map<String, Integer> round) {
        BigDecimal sum = BigDecimal.ZERO;
        for (var e : owners.getOrDefault(node, Map.of()).entrySet()) if (round.containsKey(e.getKey())) sum = sum.add(e.getValue().share());
        return sum;
    }

    private List<Edge> blockedOwners(String node, Map<String, Integer> round) {
        return owners.getOrDefault(node, Map.of()).entrySet().stream().filter(e -> round.containsKey(e.getKey()))
                .map(Map.Entry::getValue).toList();
    }

    /** "C: 50 % by B [B: 60 % by A [A: blocked person]]" — only owners blocked in an earlier round are followed, so no loops. */
    private String explain(String node, Map<String, Integer> round, String adjective) {
        int r = round.get(node);
        if (r == 0) return display.get(node) + " (" + adjective + (adjective.equals("blocked") ? " person)" : " party)");
        StringBuilder sb = new StringBuilder(display.get(node)).append(" owned ")
                .append(percent(blockedShare(node, round))).append(" in aggregate by ").append(adjective).append(" owners: ");
        List<String> parts = new ArrayList<>();
        for (var e : owners.getOrDefault(node, Map.of()).entrySet()) {
            Integer or = round.get(e.getKey());
            if (or == null) continue;
            String sub = or < r ? explain(e.getKey(), round, adjective) : display.get(e.getKey());
            parts.add(percent(e.getValue().share()) + " by [" + sub + "]");
        }
        return sb.append(String.join(" + ", parts)).toString();
    }

    static String percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + " %";
    }

    /** Names are matched after folding case, accents, punctuation and spacing. */
    public static String key(String name) {
        if (name == null) return "";
        String d = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return d.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
