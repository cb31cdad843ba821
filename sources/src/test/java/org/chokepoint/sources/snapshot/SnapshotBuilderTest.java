package org.chokepoint.sources.snapshot;

import org.chokepoint.model.Entity;
import org.chokepoint.model.Link;
import org.chokepoint.model.LinkCount;
import org.chokepoint.model.LinkType;
import org.chokepoint.model.Name;
import org.chokepoint.model.Schema;
import org.chokepoint.model.Snapshot;
import org.chokepoint.sources.SourceInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SnapshotBuilderTest {
    @TempDir
    Path dir;

    private FixedSource source(String key, String fileText, List<Entity> entities) throws IOException {
        Path f = dir.resolve(key + ".txt");
        Files.writeString(f, fileText);
        return new FixedSource(key, List.of(f), new SourceInfo(key, LocalDate.of(2024, 5, 3), entities.size()), entities);
    }

    private static Entity withLinks(String source, String id, String name, Link... links) {
        var b = Entity.builder(source, id, Schema.ORGANIZATION).name(Name.primary(name));
        for (Link l : links) b.link(l);
        return b.build();
    }

    private FixedSource ofac() throws IOException {
        return source("ofac-sdn", "abc", List.of(
                Samples.org("ofac-sdn", "1", "BANK MELLAT"),
                Samples.org("ofac-sdn", "2", "AL-NOOR"),
                Samples.org("ofac-sdn", "3", "Al-Noor"),
                withLinks("ofac-sdn", "4", "MELLAT INVESTMENT BANK",
                        new Link(LinkType.LINKED_TO, null, "Bank  Mellat.", null),
                        new Link(LinkType.LINKED_TO, null, "AL-NOOR", null),
                        new Link(LinkType.LINKED_TO, null, "NOBODY KNOWN", null)),
                Samples.person("ofac-sdn", "1", "DUPLICATE OF ONE")));
    }

    private FixedSource uk() throws IOException {
        return source("uk-hmt", "uk", List.of(
                withLinks("uk-hmt", "AFG0001", "MULLAH OMAR", new Link(LinkType.SAME_AS, "un-sc:TAi.004", null, null)),
                withLinks("uk-hmt", "AFG0002", "SOMEONE ELSE", new Link(LinkType.SAME_AS, "un-sc:TAi.999", null, null)),
                withLinks("uk-hmt", "CYB0001", "A HACKER", new Link(LinkType.SAME_AS, "ofac-sdn:2", null, null))));
    }

    private FixedSource un() throws IOException {
        return source("un-sc", "un", List.of(Samples.person("un-sc", "TAi.004", "Mohammed OMAR")));
    }

    @Test
    void resolvesLinksReportsDuplicatesAndCountsPerSourcePair() throws IOException {
        AtomicLong read = new AtomicLong();
        SnapshotBuilder.Result r = new SnapshotBuilder().sources(List.of(ofac(), uk(), un())).progress(read::addAndGet).build();
        Snapshot s = r.snapshot();

        assertEquals(9, read.get());
        assertEquals(8, s.size());
        assertEquals("BANK MELLAT", s.get("ofac-sdn:1").orElseThrow().primaryName().value(), "first of a duplicate key wins");
        assertEquals(1, s.findings().count("ofac-sdn", SnapshotBuilder.DUPLICATE_KEY));
        assertEquals(1, s.findings().count("ofac-sdn", SnapshotBuilder.LINK_NAME_AMBIGUOUS));
        assertEquals(1, s.findings().count("ofac-sdn", SnapshotBuilder.LINK_NAME_NOT_FOUND));

        List<Link> links = s.get("ofac-sdn:4").orElseThrow().links();
        assertEquals("ofac-sdn:1", links.get(0).target());
        assertEquals("Bank  Mellat.", links.get(0).targetName());
        assertNull(links.get(1).target(), "AL-NOOR names two entries: stays unresolved");
        assertNull(links.get(2).target());
        assertEquals(1, r.linksResolvedByName());

        assertEquals(List.of(
                new LinkCount("ofac-sdn", "ofac-sdn", LinkType.LINKED_TO, 1, 2),
                new LinkCount("uk-hmt", "ofac-sdn", LinkType.SAME_AS, 1, 0),
                new LinkCount("uk-hmt", "un-sc", LinkType.SAME_AS, 1, 1)), r.links());

        var sdnMeta = s.source("ofac-sdn").orElseThrow();
        assertEquals(Map.of(Schema.ORGANIZATION, 4), sdnMeta.entityCounts());
        assertEquals(5, sdnMeta.declaredCount());
        assertEquals(LocalDate.of(2024, 5, 3), sdnMeta.published());
        assertEquals(3, sdnMeta.files().get(0).size());
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", sdnMeta.files().get(0).sha256());
    }

    @Test
    void sameListsGiveTheSameIdWhateverTheOrderAndThreads() throws IOException {
        String a = new SnapshotBuilder().sources(List.of(ofac(), uk(), un())).threads(2).build().snapshot().id();
        String b = new SnapshotBuilder().sources(List.of(un(), uk(), ofac())).threads(1).build().snapshot().id();
        assertEquals(a, b);
    }

    @Test
    void carriedOverSourcesKeepTheirEntitiesAndMetadata() throws IOException {
        Snapshot first = new SnapshotBuilder().sources(List.of(ofac(), uk(), un())).build().snapshot();
        FixedSource newUn = source("un-sc", "un2", List.of(Samples.person("un-sc", "TAi.004", "Mohammed OMAR"),
                Samples.person("un-sc", "TAi.999", "Late Addition")));
        SnapshotBuilder.Result r = new SnapshotBuilder().carryOver(first, Set.of("ofac-sdn", "uk-hmt", "un-sc"))
                .source(newUn).build();
        assertEquals(9, r.snapshot().size());
        assertEquals(first.source("uk-hmt"), r.snapshot().source("uk-hmt"));
        assertEquals(2, r.snapshot().source("un-sc").orElseThrow().entityCount());
        assertEquals(new LinkCount("uk-hmt", "un-sc", LinkType.SAME_AS, 2, 0), r.links().get(2));
        // findings of the carried sources are kept; name-link findings are reported once, by the new resolution
        assertEquals(1, r.snapshot().findings().count("ofac-sdn", SnapshotBuilder.DUPLICATE_KEY));
        assertEquals(1, r.snapshot().findings().count("ofac-sdn", SnapshotBuilder.LINK_NAME_AMBIGUOUS));
        assertEquals(1, r.snapshot().findings().count("ofac-sdn", SnapshotBuilder.LINK_NAME_NOT_FOUND));
        assertEquals(first.findings().total(), r.snapshot().findings().total());
    }
}
