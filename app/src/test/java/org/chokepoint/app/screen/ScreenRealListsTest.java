package org.chokepoint.app.screen;

import org.chokepoint.app.TestEngine;
import org.chokepoint.match.Hit;
import org.chokepoint.match.IndexedScreener;
import org.chokepoint.match.ScreeningQuery;
import org.chokepoint.match.Screener;
import org.chokepoint.model.Link;
import org.chokepoint.model.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Screening against every bundled list, with entries and outcomes read from the real files. */
class ScreenRealListsTest {
    private static IndexedScreener screener;

    @BeforeAll
    static void load() {
        screener = TestEngine.shared().snapshot().current().screener();
    }

    private static List<String> keys(String name, Schema type) {
        return screener.screen(new ScreeningQuery(name, type, null, null)).stream().map(h -> h.entity().key()).toList();
    }

    private static int rank(String name, Schema type, String key) {
        return keys(name, type).indexOf(key);
    }

    @Test
    void dandongKehuaFindsSdn23175() {
        List<Hit> hits = screener.screen(new ScreeningQuery("Dandong Kehua Economic and Trade", Schema.ORGANIZATION, null, null));
        Hit hit = hits.stream().filter(h -> h.entity().key().equals("ofac-sdn:23175")).findFirst().orElseThrow();
        assertTrue(hits.indexOf(hit) < 3, "rank " + hits.indexOf(hit));
        assertTrue(hit.score() >= 0.9, "score " + hit.score());
        assertTrue(hit.explanation().tokens().stream().anyMatch(t -> "kehua".equals(t.queryToken()) && "exact".equals(t.method())));
    }

    @Test
    void hangulAndCyrillicSpellingsFindTheUnDprkEntries() {
        // UN KPi.001 is published as YUN HO-JIN, KPi.002 as RI JE-SON, KPi.003 as HWANG SOK-HWA
        assertTrue(rank("윤호진", Schema.PERSON, "un-sc:KPi.001") >= 0);
        assertTrue(rank("리제선", Schema.PERSON, "un-sc:KPi.002") >= 0);
        assertTrue(rank("황석화", Schema.PERSON, "un-sc:KPi.003") >= 0);
        assertTrue(rank("Юн Хо Джин", Schema.PERSON, "un-sc:KPi.001") >= 0);
    }

    @Test
    void originalScriptUnNameFindsTheOfacEntry() {
        // UN QDi.318 gives the Arabic original; OFAC 16280 lists AL-KASHIF, Muhammad Jamal 'Abd-al Rahim Ahmad
        assertTrue(rank("محمد جمال عبدالرحيم أحمد الكاشف", Schema.PERSON, "ofac-sdn:16280") >= 0);
    }

    @Test
    void crossReferencedUkNameFindsTheUnEntry() {
        // the UK list names IRe.076 "YMA College", a name the UN entry does not carry
        assertTrue(rank("YMA College", Schema.ORGANIZATION, "un-sc:IRe.076") >= 0);
    }

    @Test
    void namesOnNoListFindNothing() {
        // negatives from names-dev.jsonl (it, es, pl locales)
        assertEquals(List.of(), keys("Feliciano Baldini", Schema.PERSON));
        assertEquals(List.of(), keys("María Cristina Tirado Almonte", Schema.PERSON));
        assertEquals(List.of(), keys("Filipowicz Sp. k.", Schema.ORGANIZATION));
    }

    @Test
    void theDefaultThresholdNeverHidesAHitThatALowerOneShows() {
        // titles and legal forms retrieve nothing, yet the scorer pairs them: "Qari" is a title in the query and a
        // name word in OFAC's "SAIFULLAH, Qari" (0.96), and these organisation names are mostly legal forms
        for (String name : List.of("Qari SAIFLULAH", "Ayatollah EBnRAHIMI", "COMPANY OIL CLOSED JOINT-STOCK NEW COMPANY",
                "PRIVATE SBERBANK FUND JOINT STOCK PENSION COMPANY")) {
            ScreeningQuery q = new ScreeningQuery(name, null, null, null);
            List<String> atDefault = screener.screen(q, Screener.DEFAULT_THRESHOLD).stream()
                    .map(h -> h.entity().key() + " " + h.score()).toList();
            List<String> filtered = screener.screen(q, 0.6).stream().filter(h -> h.score() >= Screener.DEFAULT_THRESHOLD)
                    .map(h -> h.entity().key() + " " + h.score()).toList();
            assertEquals(filtered, atDefault, name);
        }
        assertTrue(rank("Qari SAIFLULAH", Schema.PERSON, "ofac-sdn:16455") >= 0);
    }

    @Test
    void atEqualScoresThePublishersOwnListingComesBeforeItsRepublications() {
        // three organisations called Ansar al-Sharia, each on OFAC, the UN, the CSL and both UK lists, all at 1.0:
        // the UN entry must not be pushed out of the first ten by the UK and CSL copies of the same entries
        List<Hit> hits = screener.screen(new ScreeningQuery("Ansar al-Sharia", Schema.ORGANIZATION, null, null));
        List<String> keys = hits.stream().map(h -> h.entity().key()).toList();
        int un = keys.indexOf("un-sc:QDe.145");
        assertTrue(un >= 0 && un < 10, keys.toString());
        for (int i = 1; i < hits.size(); i++) {
            Hit a = hits.get(i - 1), b = hits.get(i);
            if (a.score() == b.score()) assertTrue(!republishes(a) || republishes(b), keys.toString());
        }
    }

    private static boolean republishes(Hit h) {
        return h.entity().links().stream().anyMatch(Link::publishedSameAs);
    }
}
