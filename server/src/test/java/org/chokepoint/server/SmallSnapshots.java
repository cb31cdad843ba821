package org.chokepoint.server;

import org.chokepoint.model.Entity;
import org.chokepoint.model.FindingsSummary;
import org.chokepoint.model.Name;
import org.chokepoint.model.Schema;
import org.chokepoint.model.Snapshot;

import java.time.Instant;
import java.util.List;

/** Tiny snapshots for tests that switch what is served: each holds named organisations of the SDN list. */
final class SmallSnapshots {
    private SmallSnapshots() {
    }

    static Snapshot of(String createdAt, String... idAndName) {
        List<Entity> entities = new java.util.ArrayList<>();
        for (int i = 0; i < idAndName.length; i += 2) {
            entities.add(Entity.builder("ofac-sdn", idAndName[i], Schema.ORGANIZATION).name(Name.primary(idAndName[i + 1])).build());
        }
        return Snapshot.of(Instant.parse(createdAt), List.of(), new FindingsSummary(List.of(), List.of()), entities);
    }
}
