package org.chokepoint.sources.snapshot;

import org.chokepoint.model.Entity;
import org.chokepoint.model.LinkCount;
import org.chokepoint.model.LinkType;
import org.chokepoint.model.Snapshot;
import org.chokepoint.model.stats.SnapshotDiff;
import org.chokepoint.sources.ListCatalog;
import org.chokepoint.sources.ListSource;
import org.chokepoint.sources.ofac.OfacCsvFiles;
import org.chokepoint.sources.ofac.OfacCsvSource;
import org.chokepoint.sources.testing.DataDir;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.chokepoint.model.stats.SnapshotDiff.Field.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Snapshots of the real bundled lists: cross-list links, codec round trip, and the diff of two SDN releases. */
class BundledSnapshotTest {
    private static SnapshotBuilder.Result built;

    @BeforeAll
    static void build() throws IOException {
        built = new SnapshotBuilder().sources(ListCatalog.bundled(DataDir.get())).build();
    }

    private static LinkCount link(String from, String to, LinkType type) {
        return built.links().stream().filter(l -> l.fromSource().equals(from) && l.toSource().equals(to) && l.type() == type)
                .findFirst().orElseThrow(() -> new AssertionError("no links " + from + " -> " + to + " " + type));
    }

    @Test
    void cslRowsLinkToTheOfacEntriesPresent() {
        // CSL SDN rows carry the OFAC ent_num; the CSL copy dates from April 2022, sdn.csv from May 2024, so
        // entries delisted in between stay unresolved
        assertEquals(new LinkCount("us-csl", "ofac-sdn", LinkType.SAME_AS, 9_552, 474),
                link("us-csl", "ofac-sdn", LinkType.SAME_AS));
        assertEquals(new LinkCount("us-csl", "ofac-cons", LinkType.SAME_AS, 484, 24),
                link("us-csl", "ofac-cons", LinkType.SAME_AS));
        Entity csl = built.snapshot().entities().stream()
                .filter(e -> e.source().equals("us-csl") && e.links().stream().anyMatch(l -> "ofac-sdn:36216".equals(l.target())))
                .findFirst().orElseThrow();
        assertEquals(built.snapshot().get("ofac-sdn:36216").orElseThrow().primaryName().value().toUpperCase(),
                csl.primaryName().value().toUpperCase());
    }

    @Test
    void ukEntriesLinkToTheUnEntriesPresent() {
        // FCDO subjects carrying un_reference_number, OFSI ConList groups with "(UN Ref):" in Other Information;
        // the few unresolved references name UN entries no longer in the 2026-02-27 UN file
        assertEquals(new LinkCount("uk-fcdo", "un-sc", LinkType.SAME_AS, 995, 7), link("uk-fcdo", "un-sc", LinkType.SAME_AS));
        assertEquals(new LinkCount("uk-hmt", "un-sc", LinkType.SAME_AS, 861, 5), link("uk-hmt", "un-sc", LinkType.SAME_AS));
        // FCDO subjects name their OFSI group id; the ConList is a year older, so later designations are unresolved
        assertEquals(new LinkCount("uk-fcdo", "uk-hmt", LinkType.SAME_AS, 4_669, 479), link("uk-fcdo", "uk-hmt", LinkType.SAME_AS));
    }

    @Test
    void ofacLinkedToNamesResolveWithinTheList() {
        assertEquals(new LinkCount("ofac-sdn", "ofac-sdn", LinkType.LINKED_TO, 6_369, 11),
                link("ofac-sdn", "ofac-sdn", LinkType.LINKED_TO));
        assertEquals(3, built.snapshot().findings().count("ofac-sdn", SnapshotBuilder.LINK_NAME_AMBIGUOUS));
    }

    @Test
    void realSnapshotSurvivesTheCodecAndKeepsItsId() throws IOException {
        Snapshot s = built.snapshot();
        for (boolean gzip : new boolean[]{false, true}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new SnapshotCodec(gzip).write(s, out);
            Snapshot back = SnapshotCodec.standard().read(out.toByteArray(), "bundled.snap");
            assertEquals(s.entities(), back.entities());
            assertEquals(s.sources(), back.sources());
            assertEquals(s.findings(), back.findings());
            assertTrue(back.verifyId());
        }
        assertEquals(14_965, s.source("ofac-sdn").orElseThrow().entityCount());
        assertEquals(s.id(), new SnapshotBuilder().sources(ListCatalog.bundled(DataDir.get())).threads(1)
                .build().snapshot().id(), "same lists, same id, whatever the threads");
    }

    private static Snapshot sdnPrimary(String release) throws IOException {
        Path dir = DataDir.get().resolve("lists/ofac-sdn").resolve(release);
        ListSource s = OfacCsvSource.sdn(new OfacCsvFiles(dir.resolve("sdn.csv"), null, null, null, false));
        return new SnapshotBuilder().source(s).build().snapshot();
    }

    @Test
    void sdnReleasesThreeYearsApart() throws IOException {
        Snapshot old = sdnPrimary("2021-07-07");
        Snapshot now = sdnPrimary("2024-05-03");
        assertEquals(8_976, old.size());
        assertEquals(14_965, now.size());
        SnapshotDiff d = SnapshotDiff.between(old, now);
        assertEquals(6_870, d.added().size());
        assertEquals(881, d.removed().size());
        assertEquals(745, d.changed().size());
        assertEquals(List.of(new SnapshotDiff.SourceCounts("ofac-sdn", 6_870, 881, 745, 7_350)), d.perSource());
        assertEquals(Map.ofEntries(Map.entry(NAMES, 94), Map.entry(BIRTH_DATES, 58), Map.entry(BIRTH_PLACES, 52),
                Map.entry(NATIONALITIES, 77), Map.entry(CITIZENSHIPS, 6), Map.entry(COUNTRIES, 15),
                Map.entry(IDENTIFIERS, 87), Map.entry(PROGRAMS, 150), Map.entry(REMARKS, 696), Map.entry(LINKS, 53),
                Map.entry(DETAILS, 137)), d.fieldCounts());
        assertEquals("VTB BANK PUBLIC JOINT STOCK COMPANY", now.get("ofac-sdn:17013").orElseThrow().primaryName().value());
        assertTrue(d.added().stream().anyMatch(e -> e.key().equals("ofac-sdn:17013")));
        assertEquals("CORPORACION HOTELERA DEL CARIBE LIMITADA", d.removed().get(0).primaryName().value());
        SnapshotDiff.Change gulf = d.changed().stream().filter(c -> c.key().equals("ofac-sdn:10386")).findFirst().orElseThrow();
        assertEquals(java.util.EnumSet.of(NAMES, PROGRAMS, REMARKS), gulf.fields());
    }
}
