package org.chokepoint.app.screen;

import org.chokepoint.app.Chokepoint;
import org.chokepoint.app.ServedSnapshot;
import org.chokepoint.app.TestEngine;
import org.chokepoint.match.Hit;
import org.chokepoint.match.ScreeningQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Near misses of a single screen, identifiers as queries and republications, on the bundled lists. */
class SingleScreenTest {
    private static ScreeningService service;
    private static ServedSnapshot snapshot;

    @BeforeAll
    static void load() {
        Chokepoint engine = TestEngine.shared();
        service = engine.screening();
        snapshot = engine.snapshot().current();
    }

    private static List<String> keys(List<Hit> hits) {
        return hits.stream().map(h -> h.entity().key()).toList();
    }

    @Test
    void noHitAboveTheThresholdListsTheClosestEntriesBelowItAsNearMisses() {
        // BANK ROSSIYA (SDN 16681) scores about 0.97 for this name: under a threshold of 0.99 it is not a hit
        ScreeningRequest r = new ScreeningRequest(null, ScreeningQuery.of("Bank Rossiya Holding"), 0.99);
        Screening s = service.screenOne(snapshot, r);
        assertEquals(List.of(), s.hits());
        assertEquals(ScreeningService.NEAR_MISSES, s.nearMisses().size());
        assertEquals("ofac-sdn:16681", s.nearMisses().get(0).entity().key());
        for (Hit h : s.nearMisses()) assertTrue(h.score() >= ScreeningService.NEAR_MISS_FLOOR && h.score() < 0.99, h.toString());
        // exactly the best entries a screen at the floor reports
        List<Hit> atFloor = snapshot.screener().screen(ScreeningQuery.of("Bank Rossiya Holding"), ScreeningService.NEAR_MISS_FLOOR);
        assertEquals(keys(atFloor.subList(0, 3)), keys(s.nearMisses()));
        // the batch form of the same request has none
        assertEquals(List.of(), service.screen(snapshot, r).nearMisses());
    }

    @Test
    void aScreenWithHitsOrWithNothingCloseHasNoNearMisses() {
        Screening hit = service.screenOne(snapshot, new ScreeningRequest(null, ScreeningQuery.of("Bank Rossiya"), null));
        assertTrue(keys(hit.hits()).contains("ofac-sdn:16681"));
        assertEquals(List.of(), hit.nearMisses());
        Screening nothing = service.screenOne(snapshot, new ScreeningRequest(null, ScreeningQuery.of("Feliciano Baldini"), null));
        assertEquals(List.of(), nothing.hits());
        assertEquals(List.of(), nothing.nearMisses());
    }

    @Test
    void anImoNumberFindsTheVesselUnderEveryListingWithTheNumberInTheExplanation() {
        IdentifierScreening s = service.screenIdentifier(snapshot, "imo 8712362");
        // publishers' own listings first (the OFSI ConList's, under its earlier name CHIE MARU NO.6, among them),
        // then those that cite another: the UK Sanctions List's entry cites its OFSI id, the CSL row its SDN entry
        assertEquals(List.of("ofac-sdn:23726", "uk-hmt:13647", "uk-fcdo:DPR0096", "us-csl:23726"), keys(s.hits()));
        Hit sdn = s.hits().get(0);
        assertEquals(1.0, sdn.score());
        assertEquals("identifier IMO 8712362", sdn.explanation().summary());
        assertEquals("imo 8712362 equals the entry's IMO 8712362", sdn.explanation().evidence().get(0).note());
    }

    @Test
    void registrationTaxAndSwiftNumbersAreFoundToo() {
        // OFAC's Registration Number, and the UK's registration cell that writes "OGRN: 1027739186970"
        assertEquals(List.of("ofac-sdn:34675", "uk-fcdo:RUS3459", "us-csl:34675"), keys(service.screenIdentifier(snapshot, "1027739186970").hits()));
        Hit uk = service.screenIdentifier(snapshot, "1027739186970").hits().get(1);
        assertTrue(uk.explanation().evidence().get(0).note().endsWith("(a number written in it)"), uk.explanation().toString());
        assertTrue(keys(service.screenIdentifier(snapshot, "INN 4824096058").hits()).contains("ofac-sdn:48434"));
        assertEquals("ofac-sdn:12028", service.screenIdentifier(snapshot, "hnrbby2x").hits().get(0).entity().key());
        assertEquals(List.of(), service.screenIdentifier(snapshot, "IMO 9166778").hits()); // on no bundled list
        IllegalArgumentException tooShort = assertThrows(IllegalArgumentException.class, () -> service.screenIdentifier(snapshot, "12-34"));
        assertEquals("the identifier '12-34' has no value of at least 5 letters and digits to look up", tooShort.getMessage());
    }

    @Test
    void aHitOnACslRepublicationAlsoReportsTheSdnEntryItself() {
        // the CSL (2022) still carries the alias PARQUE YAKU for SDN 10440, which the 2024 SDN list no longer gives
        List<Hit> hits = service.screen(snapshot, new ScreeningRequest(null, ScreeningQuery.of("PARQUE YAKU"), null)).hits();
        assertEquals(List.of("us-csl:10440", "ofac-sdn:10440"), keys(hits).subList(0, 2));
        assertTrue(hits.get(1).explanation().summary().startsWith("via us-csl:10440 (same subject)"), hits.get(1).explanation().summary());
    }
}
