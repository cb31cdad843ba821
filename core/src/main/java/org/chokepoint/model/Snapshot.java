package org.chokepoint.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * An immutable compiled set of list entities with their provenance. The id is the SHA-256 of a canonical
 * encoding of the entities (see {@link SnapshotDigest}), so compiling the same lists twice gives the same id
 * whatever the order the sources were read in. Entities are held sorted by key.
 *
 * <p>A stored snapshot may be {@link #restoreLazily restored lazily}: its entities are then decoded as they are
 * asked for, and the key lookup is built on first use. Screening one name asks for a few hundred of the 47,000
 * entities, so a command that screens starts without decoding the rest.
 */
public final class Snapshot {
    private final String id;
    private final Instant createdAt;
    private final List<SourceMeta> sources;
    private final FindingsSummary findings;
    private final List<Entity> entities;
    /** Entities by key; null until first used when restored lazily. */
    private volatile Map<String, Entity> byKey;

    /** @param keys the entities' keys, or null to index them on first use */
    private Snapshot(String id, Instant createdAt, List<SourceMeta> sources, FindingsSummary findings,
                     List<Entity> sortedEntities, String[] keys) {
        this.id = Objects.requireNonNull(id, "id");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.sources = List.copyOf(sources);
        this.findings = Objects.requireNonNull(findings, "findings");
        this.entities = Collections.unmodifiableList(sortedEntities);
        if (keys != null) this.byKey = index(sortedEntities, keys);
    }

    private static Map<String, Entity> index(List<Entity> entities, String[] keys) {
        Map<String, Entity> index = new HashMap<>(entities.size() * 2);
        for (int i = 0; i < keys.length; i++) {
            if (index.putIfAbsent(keys[i], entities.get(i)) != null) {
                throw new IllegalArgumentException("duplicate entity key in snapshot: " + keys[i]);
            }
        }
        return Collections.unmodifiableMap(index);
    }

    /** Compiles a snapshot: sorts the entities by key and computes the content id. Keys must be unique. */
    public static Snapshot of(Instant createdAt, List<SourceMeta> sources, FindingsSummary findings,
                              List<Entity> entities) {
        // keys are computed once, not per comparison
        List<Map.Entry<String, Entity>> keyed = new ArrayList<>(entities.size());
        for (Entity e : entities) keyed.add(Map.entry(e.key(), e));
        keyed.sort(Map.Entry.comparingByKey());
        List<Entity> sorted = new ArrayList<>(keyed.size());
        String[] keys = new String[keyed.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = keyed.get(i).getKey();
            sorted.add(keyed.get(i).getValue());
        }
        return new Snapshot(SnapshotDigest.id(sorted), createdAt, sources, findings, sorted, keys);
    }

    /**
     * Re-creates a stored snapshot with its recorded id, without re-hashing (the store checks the file's own
     * checksum); {@code entities} must already be sorted by key, as they are stored.
     */
    public static Snapshot restore(String id, Instant createdAt, List<SourceMeta> sources, FindingsSummary findings,
                                   List<Entity> sortedEntities) {
        return new Snapshot(id, createdAt, sources, findings, sortedEntities, sortedKeys(sortedEntities));
    }

    /**
     * As {@link #restore}, for entities a store decodes on demand (from a file whose checksum it has checked):
     * nothing is asked of {@code sortedEntities} here. Their order and the uniqueness of their keys are checked
     * when the key lookup ({@link #get}, {@link #contains}) is first used, which then throws
     * {@link IllegalStateException} if they are not sorted; {@link #verifyId} proves the content as for any
     * snapshot. The list must not change.
     */
    public static Snapshot restoreLazily(String id, Instant createdAt, List<SourceMeta> sources, FindingsSummary findings,
                                         List<Entity> sortedEntities) {
        return new Snapshot(id, createdAt, sources, findings, sortedEntities, null);
    }

    private static String[] sortedKeys(List<Entity> sortedEntities) {
        String[] keys = new String[sortedEntities.size()];
        IntStream.range(0, keys.length).parallel().forEach(i -> keys[i] = sortedEntities.get(i).key());
        for (int i = 1; i < keys.length; i++) {
            if (keys[i - 1].compareTo(keys[i]) >= 0) {
                throw new IllegalArgumentException("stored entities are not sorted by key at position " + i);
            }
        }
        return keys;
    }

    private Map<String, Entity> byKey() {
        Map<String, Entity> m = byKey;
        if (m != null) return m;
        synchronized (this) {
            if (byKey == null) {
                try {
                    byKey = index(entities, sortedKeys(entities));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("snapshot " + shortId() + ": " + e.getMessage(), e);
                }
            }
            return byKey;
        }
    }

    public String id() { return id; }

    /** The first 12 characters of the id, as shown to people. */
    public String shortId() { return id.substring(0, Math.min(12, id.length())); }

    public Instant createdAt() { return createdAt; }
    public List<SourceMeta> sources() { return sources; }
    public FindingsSummary findings() { return findings; }
    public List<Entity> entities() { return entities; }
    public int size() { return entities.size(); }

    /** The entity with key {@code source:sourceId}. */
    public Optional<Entity> get(String key) {
        return Optional.ofNullable(byKey().get(key));
    }

    public boolean contains(String key) {
        return byKey().containsKey(key);
    }

    public Optional<SourceMeta> source(String source) {
        return sources.stream().filter(s -> s.source().equals(source)).findFirst();
    }

    /** True when the content hash of the entities still equals the id (detects tampering beyond checksums). */
    public boolean verifyId() {
        return SnapshotDigest.id(entities).equals(id);
    }

    @Override
    public String toString() {
        return "Snapshot[" + shortId() + ", " + entities.size() + " entities, " + sources.size() + " sources]";
    }
}
