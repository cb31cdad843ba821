package org.chokepoint.sources.snapshot;

import org.chokepoint.identity.IdentityResolver;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Link;
import org.chokepoint.model.LinkCount;
import org.chokepoint.model.LinkType;
import org.chokepoint.model.Snapshot;
import org.chokepoint.match.Hit;
import org.chokepoint.match.IndexedScreener;
import org.chokepoint.match.ScreeningQuery;
import org.chokepoint.sources.ListCatalog;
import org.chokepoint.sources.ListSource;
import org.chokepoint.sources.refdata.Countries;
import org.chokepoint.sources.testing.DataDir;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Identities derived between the bundled UN consolidated list and the OFAC SDN list, which cite no references to each other. */
class BundledIdentityTest {
    private static SnapshotBuilder.Result built;

    @BeforeAll
    static void build() throws IOException {
        List<ListSource> unAndSdn = ListCatalog.bundled(DataDir.get()).stream()
                .filter(s -> Set.of("un-sc", "ofac-sdn").contains(s.source())).toList();
        built = new SnapshotBuilder().sources(unAndSdn).countries(Countries.load(DataDir.get()))
                .resolveIdentities(true).build();
    }

    @Test
    void unPersonsAreLinkedToTheirSdnEntries() {
        LinkCount unToSdn = built.links().stream()
                .filter(l -> l.fromSource().equals("un-sc") && l.toSource().equals("ofac-sdn")).findFirst().orElseThrow();
        // measured: 303 UN persons share a birth day and agreeing names with an SDN person, without contradiction
        assertEquals(new LinkCount("un-sc", "ofac-sdn", LinkType.SAME_AS, 303, 0), unToSdn);
        assertEquals(new LinkCount("ofac-sdn", "un-sc", LinkType.SAME_AS, 303, 0), built.links().stream()
                .filter(l -> l.fromSource().equals("ofac-sdn") && l.toSource().equals("un-sc")).findFirst().orElseThrow());
        assertTrue(built.snapshot().findings().counts().stream().anyMatch(c -> c.source().equals("ofac-sdn")
                && c.code().equals(IdentityResolver.IDENTITY_DERIVED) && c.count() == 1));
    }

    @Test
    void aRealPairIsLinkedWithItsEvidence() {
        Snapshot s = built.snapshot();
        // UN "MUBARAK MUSHAKHAS SANAD MUBARAK AL-BATHALI" (Arabic name too), OFAC "AL-BATHALI, Mubarak Mushakhas Sanad"
        Entity un = s.get("un-sc:QDi.238").orElseThrow();
        Link link = un.links().stream().filter(Link::derived).findFirst().orElseThrow();
        assertEquals("ofac-sdn:10011", link.target());
        assertEquals("derived: same date of birth 1961-10-01, names agree 1.00 (phonetic keys BaTaLa MaBaRaK MaJaHaS SaNaT)",
                link.targetName());
        assertTrue(s.get("ofac-sdn:10011").orElseThrow().links().stream()
                .anyMatch(l -> l.derived() && l.target().equals("un-sc:QDi.238")));
    }

    @Test
    void theOriginalScriptNameOfTheUnEntryFindsTheSdnEntryThroughTheDerivedLink() throws IOException {
        String arabic = built.snapshot().get("un-sc:QDi.238").orElseThrow().names().stream()
                .filter(n -> n.value().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC))
                .findFirst().orElseThrow().value();
        List<Hit> hits = IndexedScreener.over(built.snapshot().entities()).screen(ScreeningQuery.of(arabic));
        Hit sdn = hits.stream().filter(h -> h.entity().key().equals("ofac-sdn:10011")).findFirst().orElseThrow();
        assertTrue(sdn.explanation().summary().startsWith("via un-sc:QDi.238 (same person, derived from list data)"), sdn.explanation().summary());
        assertTrue(sdn.explanation().evidence().get(0).note().startsWith("judged the same person as un-sc:QDi.238 (same date of birth"), sdn.explanation().evidence().get(0).note());

        List<ListSource> unAndSdn = ListCatalog.bundled(DataDir.get()).stream()
                .filter(s -> Set.of("un-sc", "ofac-sdn").contains(s.source())).toList();
        Snapshot withoutDerived = new SnapshotBuilder().sources(unAndSdn).countries(Countries.load(DataDir.get()))
                .build().snapshot();
        assertTrue(IndexedScreener.over(withoutDerived.entities()).screen(ScreeningQuery.of(arabic)).stream()
                .noneMatch(h -> h.entity().key().equals("ofac-sdn:10011")));
    }
}
