package org.chokepoint.model.stats;

import org.chokepoint.model.LinkCount;
import org.chokepoint.model.LinkType;
import org.chokepoint.model.Schema;
import org.chokepoint.model.Snapshot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SnapshotStatsTest {
    @Test
    void countsPerSourceAndSchemaAndQuality() {
        Snapshot s = Samples.snapshot();
        SnapshotStats stats = SnapshotStats.of(s);
        assertEquals(List.of(
                new SnapshotStats.Row("ofac-sdn", Schema.ORGANIZATION, 1, 1, 0, 0, 0, 0),
                new SnapshotStats.Row("ofac-sdn", Schema.PERSON, 1, 3, 2, 1, 1, 3),
                new SnapshotStats.Row("un-sc", Schema.PERSON, 1, 1, 0, 0, 0, 0)), stats.rows());
        // the sample has 3 orphan-alias findings and one name-only link that was never resolved
        assertEquals(List.of(new SnapshotStats.Quality("ofac-sdn", 3, 0, 0, 1, 0),
                new SnapshotStats.Quality("un-sc", 0, 0, 0, 0, 0)), stats.quality());
        assertEquals(List.of(new LinkCount("ofac-sdn", "ofac-sdn", LinkType.LINKED_TO, 0, 1),
                new LinkCount("ofac-sdn", "ofac-sdn", LinkType.OWNER_OF, 1, 0)), stats.links());
    }

    @Test
    void findingCodesFallIntoTheirColumns() {
        assertEquals(0, SnapshotStats.category("orphan-alias"));
        assertEquals(1, SnapshotStats.category("bad-date"));
        assertEquals(2, SnapshotStats.category("duplicate-key"));
        assertEquals(-1, SnapshotStats.category("link-name-not-found"));
        assertEquals(-1, SnapshotStats.category("orphan-summary"));
        assertEquals(4, SnapshotStats.category("bad-row"));
    }
}
