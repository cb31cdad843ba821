package org.chokepoint.sources.snapshot;

import org.chokepoint.model.FindingsSummary;
import org.chokepoint.model.SourceMeta;

import java.time.Instant;
import java.util.List;

/**
 * The metadata part of a stored snapshot, readable without loading the entities (for listings).
 *
 * @param readersRevision the {@link SnapshotBuilder#READERS_REVISION} of the build that compiled it (0 for
 *                        snapshots of format version 2, which did not record it)
 * @param formatVersion   the {@link SnapshotCodec} format version of the file
 */
public record SnapshotHeader(String id, Instant createdAt, int entityCount, List<SourceMeta> sources,
                             FindingsSummary findings, int readersRevision, int formatVersion) {
    public SnapshotHeader {
        sources = List.copyOf(sources);
    }

    /** Whether readers older than this build's compiled it: the same files may read differently now. */
    public boolean compiledByOlderReaders() {
        return readersRevision < SnapshotBuilder.READERS_REVISION;
    }

    /**
     * Whether the file is in an older format than this build writes: same entities, slower to open (a format 3
     * file has no table to decode one entity by). Storing the snapshot again rewrites it.
     */
    public boolean olderFormat() {
        return formatVersion < SnapshotCodec.VERSION;
    }

    public String shortId() {
        return id.substring(0, Math.min(12, id.length()));
    }
}
