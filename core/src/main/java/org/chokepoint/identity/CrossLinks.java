package org.chokepoint.identity;

import org.chokepoint.model.Entity;
import org.chokepoint.model.Link;
import org.chokepoint.model.LinkCount;
import org.chokepoint.model.LinkType;
import org.chokepoint.model.Snapshot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Counts links per source pair and type, resolved against the entities present. */
public final class CrossLinks {
    private CrossLinks() {
    }

    public static List<LinkCount> count(Snapshot snapshot) {
        return count(snapshot.entities(), snapshot::contains);
    }

    /**
     * @param present whether an entity key is in the set. A link with only a target name counts as unresolved
     *                towards its own source (that is where the name was looked up).
     */
    public static List<LinkCount> count(Iterable<Entity> entities, Predicate<String> present) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Entity e : entities) {
            for (Link l : e.links()) {
                String to = l.target() == null ? e.source() : sourceOf(l.target());
                boolean resolved = l.target() != null && present.test(l.target());
                int[] c = counts.computeIfAbsent(e.source() + "\t" + to + "\t" + l.type().name(), k -> new int[2]);
                c[resolved ? 0 : 1]++;
            }
        }
        List<LinkCount> out = new ArrayList<>();
        counts.forEach((key, c) -> {
            String[] p = key.split("\t");
            out.add(new LinkCount(p[0], p[1], LinkType.valueOf(p[2]), c[0], c[1]));
        });
        out.sort(Comparator.comparing(LinkCount::fromSource).thenComparing(LinkCount::toSource)
                .thenComparing(LinkCount::type));
        return out;
    }

    /** The source part of an entity key {@code source:sourceId}. */
    public static String sourceOf(String key) {
        int colon = key.indexOf(':');
        return colon < 0 ? key : key.substring(0, colon);
    }
}
