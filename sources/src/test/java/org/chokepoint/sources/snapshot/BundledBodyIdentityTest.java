package org.chokepoint.sources.snapshot;

import org.chokepoint.match.Hit;
import org.chokepoint.match.IndexedScreener;
import org.chokepoint.match.ScreeningQuery;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Link;
import org.chokepoint.model.Schema;
import org.chokepoint.model.Snapshot;
import org.chokepoint.sources.ListCatalog;
import org.chokepoint.sources.ListSource;
import org.chokepoint.sources.refdata.Countries;
import org.chokepoint.sources.testing.DataDir;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bodies and vessels of the bundled UK lists (the UK Sanctions List, uk-fcdo, and the OFSI ConList, uk-hmt) linked
 * to their OFAC SDN entries by the numbers both publish, where the names often share no word.
 */
class BundledBodyIdentityTest {
    private static Snapshot snapshot;

    @BeforeAll
    static void build() throws IOException {
        List<ListSource> ukAndSdn = ListCatalog.bundled(DataDir.get()).stream()
                .filter(s -> Set.of("uk-fcdo", "uk-hmt", "ofac-sdn").contains(s.source())).toList();
        snapshot = new SnapshotBuilder().sources(ukAndSdn).countries(Countries.load(DataDir.get()))
                .resolveIdentities(true).build().snapshot();
    }

    private static Link derivedTo(String from, String to) {
        return snapshot.get(from).orElseThrow().links().stream().filter(l -> l.derived() && l.target().equals(to))
                .findFirst().orElseThrow(() -> new AssertionError(from + " has no derived link to " + to));
    }

    @Test
    void ukBodiesAndVesselsAreLinkedToTheirSdnEntries() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Entity e : snapshot.entities()) {
            if (e.schema().isPerson() || !e.source().startsWith("uk-")) continue;
            for (Link l : e.links()) {
                if (l.derived() && l.target().startsWith("ofac-sdn:")) counts.merge(e.source() + " " + e.schema(), 1, Integer::sum);
            }
        }
        // measured on the bundled files: the OFSI ConList publishes no company numbers, only its vessels' IMO numbers
        assertEquals(Map.of("uk-fcdo ORGANIZATION", 140, "uk-fcdo VESSEL", 82, "uk-hmt VESSEL", 15), counts);
    }

    @Test
    void realPairsCarryTheNumberThatLinksThem() {
        // names with no word in common: the tax number inside the UK's registration cell is the evidence
        assertEquals("derived: same Tax ID No. / Business Registration No 4824096058",
                derivedTo("ofac-sdn:48434", "uk-fcdo:RUS1710").targetName());
        assertEquals("derived: same Registration Number / Business Registration No 1027739186970, same Tax ID No. / Business Registration No 7709129705",
                derivedTo("ofac-sdn:34675", "uk-fcdo:RUS3459").targetName());
        // the OFSI ConList lists the DPRK tanker CHON MYONG 1 under its earlier name CHIE MARU NO.6
        Link vessel = derivedTo("uk-hmt:13647", "ofac-sdn:23726");
        assertEquals("derived: same IMO 8712362", vessel.targetName());
        assertEquals(Schema.VESSEL, snapshot.get("uk-hmt:13647").orElseThrow().schema());
        assertTrue(snapshot.get("ofac-sdn:23726").orElseThrow().links().stream()
                .anyMatch(l -> l.derived() && l.target().equals("uk-hmt:13647")), "recorded both ways");
    }

    @Test
    void theUkNameFindsTheSdnEntryThroughTheDerivedLink() {
        List<Hit> hits = IndexedScreener.over(snapshot.entities()).screen(new ScreeningQuery("Lipetsk Mechanical Plant", Schema.ORGANIZATION, null, null));
        Hit sdn = hits.stream().filter(h -> h.entity().key().equals("ofac-sdn:48434")).findFirst().orElseThrow(() -> new AssertionError(hits.toString()));
        assertTrue(sdn.explanation().summary().startsWith("via uk-fcdo:RUS1710 (same body, derived from list data): "), sdn.explanation().summary());
        assertTrue(sdn.explanation().evidence().get(0).note().startsWith("judged the same body as uk-fcdo:RUS1710 ("),
                sdn.explanation().evidence().get(0).note());
        assertTrue(sdn.explanation().evidence().get(0).note().contains("same Tax ID No. / Business Registration No 4824096058"),
                sdn.explanation().evidence().get(0).note());
    }
}
