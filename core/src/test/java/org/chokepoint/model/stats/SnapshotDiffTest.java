package org.chokepoint.model.stats;

import org.chokepoint.model.Address;
import org.chokepoint.model.Entity;
import org.chokepoint.model.FindingsSummary;
import org.chokepoint.model.Name;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Snapshot;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.chokepoint.model.stats.SnapshotDiff.Field.ADDRESSES;
import static org.chokepoint.model.stats.SnapshotDiff.Field.BIRTH_DATES;
import static org.chokepoint.model.stats.SnapshotDiff.Field.NAMES;
import static org.chokepoint.model.stats.SnapshotDiff.Field.PROGRAMS;
import static org.chokepoint.model.stats.SnapshotDiff.Field.REMARKS;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SnapshotDiffTest {
    private static Snapshot snap(Entity... entities) {
        return Snapshot.of(Instant.EPOCH, List.of(), FindingsSummary.empty(), List.of(entities));
    }

    @Test
    void reportsAddedRemovedAndExactlyTheChangedFields() {
        Entity kim = Samples.full("ofac-sdn", "2");
        Entity kimRenamedAndMoved = kim.toBuilder().name(Name.alias("KIM Jong-un", NameKind.STRONG_ALIAS))
                .address(new Address(null, null, "Wonsan", null, null, "KP")).build();
        Entity kimReordered = new Entity(kim.source(), kim.sourceId(), kim.schema(), List.of(kim.names().get(2),
                kim.names().get(0), kim.names().get(1)), kim.birthDates(), kim.birthPlaces(), kim.nationalities(),
                kim.citizenships(), kim.countries(), kim.addresses(), kim.identifiers(), kim.programs(), kim.lists(),
                kim.listedOn(), kim.remarks(), kim.links(), kim.details());
        Entity full3 = Samples.full("ofac-sdn", "3");
        Entity full3Changed = new Entity(full3.source(), full3.sourceId(), full3.schema(), full3.names(),
                full3.birthDates().subList(0, 1), full3.birthPlaces(), full3.nationalities(), full3.citizenships(),
                full3.countries(), full3.addresses(), full3.identifiers(), List.of("DPRK3", "RUSSIA-EO14024"),
                full3.lists(), full3.listedOn(), "Supreme Leader; Marshal", full3.links(), full3.details());

        Snapshot before = snap(kim, full3, Samples.full("ofac-sdn", "4"), Samples.person("ofac-sdn", "9", "GONE"),
                Samples.person("un-sc", "KPi.1", "SAME"));
        // entity 4 only lists its names in another order: not a change
        Snapshot after = snap(kimRenamedAndMoved, full3Changed, withId(kimReordered, "4"), Samples.person("ofac-sdn", "10", "NEW"), Samples.person("un-sc", "KPi.1", "SAME"),
                Samples.person("un-sc", "KPi.2", "NEW UN"));

        SnapshotDiff d = SnapshotDiff.between(before, after);
        assertEquals(List.of("ofac-sdn:10", "un-sc:KPi.2"), d.added().stream().map(Entity::key).toList());
        assertEquals(List.of("ofac-sdn:9"), d.removed().stream().map(Entity::key).toList());
        assertEquals(List.of("ofac-sdn:2", "ofac-sdn:3"), d.changed().stream().map(SnapshotDiff.Change::key).toList());
        assertEquals(EnumSet.of(NAMES, ADDRESSES), d.changed().get(0).fields());
        assertEquals(EnumSet.of(BIRTH_DATES, PROGRAMS, REMARKS), d.changed().get(1).fields());
        assertEquals(Map.of(NAMES, 1, ADDRESSES, 1, BIRTH_DATES, 1, PROGRAMS, 1, REMARKS, 1), d.fieldCounts());
        assertEquals(List.of(new SnapshotDiff.SourceCounts("ofac-sdn", 1, 1, 2, 1),
                new SnapshotDiff.SourceCounts("un-sc", 1, 0, 0, 1)), d.perSource());
    }

    private static Entity withId(Entity e, String id) {
        return new Entity(e.source(), id, e.schema(), e.names(), e.birthDates(), e.birthPlaces(), e.nationalities(),
                e.citizenships(), e.countries(), e.addresses(), e.identifiers(), e.programs(), e.lists(), e.listedOn(),
                e.remarks(), e.links(), e.details());
    }
}
