package org.chokepoint.model.stats;

import org.chokepoint.model.Entity;
import org.chokepoint.model.Link;
import org.chokepoint.model.Snapshot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What changed between two sets of entities, matched by key: added, removed, and changed entities with the
 * fields that differ. Multi-valued fields compare as sets: a publisher re-ordering aliases is not a change.
 */
public final class SnapshotDiff {
    /** The entity fields a diff reports. */
    public enum Field {
        SCHEMA(Entity::schema), NAMES(Entity::names), BIRTH_DATES(Entity::birthDates), BIRTH_PLACES(Entity::birthPlaces),
        NATIONALITIES(Entity::nationalities), CITIZENSHIPS(Entity::citizenships), COUNTRIES(Entity::countries),
        ADDRESSES(Entity::addresses), IDENTIFIERS(Entity::identifiers), PROGRAMS(Entity::programs),
        LISTS(Entity::lists), LISTED_ON(Entity::listedOn), REMARKS(Entity::remarks), LINKS(Field::publishedLinks),
        DETAILS(Entity::details);

        private final Function<Entity, Object> getter;

        Field(Function<Entity, Object> getter) {
            this.getter = getter;
        }

        /**
         * Links as the publisher wrote them: a link published by name compares by that name, not by the key it
         * was resolved to (resolution changes when the target entry changes, not this one).
         */
        private static Object publishedLinks(Entity e) {
            return e.links().stream()
                    .map(l -> l.targetName() == null ? l : new Link(l.type(), null, l.targetName(), l.share())).toList();
        }

        boolean differs(Entity a, Entity b) {
            Object x = getter.apply(a);
            Object y = getter.apply(b);
            if (x instanceof List<?> lx && y instanceof List<?> ly) {
                return !new HashSet<>(lx).equals(new HashSet<>(ly));
            }
            return !Objects.equals(x, y);
        }
    }

    /** One entity present in both with different content. */
    public record Change(String key, Entity before, Entity after, Set<Field> fields) {
        public Change {
            fields = Collections.unmodifiableSet(EnumSet.copyOf(fields));
        }
    }

    /** Counts for one source. */
    public record SourceCounts(String source, int added, int removed, int changed, int unchanged) {
    }

    private final List<Entity> added;
    private final List<Entity> removed;
    private final List<Change> changed;
    private final List<SourceCounts> perSource;
    private final Map<Field, Integer> fieldCounts;

    private SnapshotDiff(List<Entity> added, List<Entity> removed, List<Change> changed, List<SourceCounts> perSource,
                         Map<Field, Integer> fieldCounts) {
        this.added = List.copyOf(added);
        this.removed = List.copyOf(removed);
        this.changed = List.copyOf(changed);
        this.perSource = List.copyOf(perSource);
        this.fieldCounts = Collections.unmodifiableMap(fieldCounts);
    }

    public static SnapshotDiff between(Snapshot before, Snapshot after) {
        return between(before.entities(), after.entities());
    }

    /** Diffs two entity sets; results are ordered by key. */
    public static SnapshotDiff between(Collection<Entity> before, Collection<Entity> after) {
        Map<String, Entity> old = new HashMap<>(before.size() * 2);
        for (Entity e : before) old.put(e.key(), e);
        Map<String, Entity> now = new HashMap<>(after.size() * 2);
        for (Entity e : after) now.put(e.key(), e);

        Map<String, int[]> counts = new TreeMap<>(); // added, removed, changed, unchanged
        List<Entity> added = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        Map<Field, Integer> fieldCounts = new EnumMap<>(Field.class);
        for (Entity e : now.values()) {
            int[] c = counts.computeIfAbsent(e.source(), k -> new int[4]);
            Entity o = old.get(e.key());
            if (o == null) {
                added.add(e);
                c[0]++;
                continue;
            }
            Set<Field> fields = EnumSet.noneOf(Field.class);
            for (Field f : Field.values()) if (f.differs(o, e)) fields.add(f);
            if (fields.isEmpty()) {
                c[3]++;
            } else {
                changed.add(new Change(e.key(), o, e, fields));
                fields.forEach(f -> fieldCounts.merge(f, 1, Integer::sum));
                c[2]++;
            }
        }
        List<Entity> removed = new ArrayList<>();
        for (Entity e : old.values()) {
            if (!now.containsKey(e.key())) {
                removed.add(e);
                counts.computeIfAbsent(e.source(), k -> new int[4])[1]++;
            }
        }
        added.sort((a, b) -> a.key().compareTo(b.key()));
        removed.sort((a, b) -> a.key().compareTo(b.key()));
        changed.sort((a, b) -> a.key().compareTo(b.key()));
        List<SourceCounts> perSource = new ArrayList<>();
        counts.forEach((s, c) -> perSource.add(new SourceCounts(s, c[0], c[1], c[2], c[3])));
        return new SnapshotDiff(added, removed, changed, perSource, fieldCounts);
    }

    public List<Entity> added() { return added; }
    public List<Entity> removed() { return removed; }
    public List<Change> changed() { return changed; }
    public List<SourceCounts> perSource() { return perSource; }

    /** How many changed entities differ in each field (an entity counts once per field). */
    public Map<Field, Integer> fieldCounts() { return fieldCounts; }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
