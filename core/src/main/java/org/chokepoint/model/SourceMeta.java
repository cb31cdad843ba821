package org.chokepoint.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a snapshot knows about one source it compiled.
 *
 * @param source        the source key ({@code ofac-sdn}, {@code un-sc}, ...)
 * @param files         the files read, with size, digest and modification time
 * @param published     publication date the files state, or null
 * @param declaredCount record count the files declare, or -1
 * @param entityCounts  entities in the snapshot per schema (after duplicate removal)
 */
public record SourceMeta(String source, List<FileMeta> files, LocalDate published, int declaredCount,
                         Map<Schema, Integer> entityCounts) {
    public SourceMeta {
        Objects.requireNonNull(source, "source");
        files = List.copyOf(files);
        EnumMap<Schema, Integer> counts = new EnumMap<>(Schema.class);
        counts.putAll(entityCounts);
        entityCounts = Collections.unmodifiableMap(counts);
    }

    public int entityCount() {
        return entityCounts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
