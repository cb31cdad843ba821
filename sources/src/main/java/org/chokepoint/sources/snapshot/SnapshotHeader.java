package org.chokepoint.sources.snapshot;

import org.chokepoint.model.FindingsSummary;
import org.chokepoint.model.SourceMeta;

import java.time.Instant;
import java.util.List;

/** The metadata part of a stored snapshot, readable without loading the entities (for listings). */
public record SnapshotHeader(String id, Instant createdAt, int entityCount, List<SourceMeta> sources,
                             FindingsSummary findings) {
    public SnapshotHeader {
        sources = List.copyOf(sources);
    }

    public String shortId() {
        return id.substring(0, Math.min(12, id.length()));
    }
}
