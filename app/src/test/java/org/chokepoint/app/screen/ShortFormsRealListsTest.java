package org.chokepoint.app.screen;

import org.chokepoint.app.TestEngine;
import org.chokepoint.match.Hit;
import org.chokepoint.match.IndexedScreener;
import org.chokepoint.match.ScreeningQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names as people write them, screened like {@code chokepoint screen NAME} (no type, default threshold) against
 * every bundled list: short forms without the generic words, initials for given names, Chinese and Persian firm
 * names in their own script; and the one-word matches that must not alert.
 */
class ShortFormsRealListsTest {
    private static IndexedScreener screener;

    @BeforeAll
    static void load() {
        screener = TestEngine.shared().snapshot().current().screener();
    }

    private static Optional<Hit> hit(String name, String key) {
        List<Hit> hits = screener.screen(new ScreeningQuery(name, null, null, null));
        return hits.stream().filter(h -> h.entity().key().equals(key)).findFirst();
    }

    private static void assertFinds(String name, String key, String primaryName) {
        Hit found = hit(name, key).orElseThrow(() -> new AssertionError(name + " does not find " + key));
        assertTrue(found.entity().primaryName().value().equalsIgnoreCase(primaryName), found.entity().primaryName().value());
    }

    @Test
    void aShortFormWithoutTheGenericWordsFindsTheFirm() {
        // OFAC SDN 23175 DANDONG KEHUA ECONOMY & TRADE CO., LTD., 20564 DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT
        // CO LTD, 12927 MAHAN AIR; OFAC consolidated 30947 HUAWEI TECHNOLOGIES CO., LTD.
        assertFinds("Dandong Kehua", "ofac-sdn:23175", "DANDONG KEHUA ECONOMY & TRADE CO., LTD.");
        assertFinds("Dandong Hongxiang", "ofac-sdn:20564", "DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT CO LTD");
        assertFinds("Mahan Airlines", "ofac-sdn:12927", "MAHAN AIR");
        assertFinds("Huawei", "ofac-cons:30947", "HUAWEI TECHNOLOGIES CO., LTD.");
    }

    @Test
    void aShortFormIsNotEnoughWhenTheQueryAddsWordsTheNameLacks() {
        // "Beta Holdings Ltd" is a holding company: neither the ship BETA nor us-csl's Beta Trading Company
        assertFalse(hit("Beta Holdings Ltd", "opensanctions:ua-ws-vessel-856").isPresent());
        assertFalse(hit("Beta Holdings Ltd", "us-csl:641a51cd14877a2a7004634bcbff4e2f4b5928b3").isPresent());
    }

    @Test
    void initialsStandForGivenNames() {
        assertFinds("V. V. Putin", "ofac-sdn:35096", "PUTIN, Vladimir Vladimirovich");
    }

    @Test
    void chineseAndPersianFirmNamesInTheirOwnScriptFindTheListedEnglishName() {
        assertFinds("华为技术有限公司", "ofac-cons:30947", "HUAWEI TECHNOLOGIES CO., LTD.");
        assertFinds("丹东科华经贸有限公司", "ofac-sdn:23175", "DANDONG KEHUA ECONOMY & TRADE CO., LTD.");
        assertFinds("丹东鸿祥实业发展有限公司", "ofac-sdn:20564", "DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT CO LTD");
        assertFinds("هواپیمایی ماهان", "ofac-sdn:12927", "MAHAN AIR");
    }

    @Test
    void aNumberAloneIsNoPerson() {
        // OFAC SDN 11923 (TREVINO MORALES, Omar) has the a.k.a. "42"
        assertFalse(hit("42", "ofac-sdn:11923").isPresent());
        assertTrue(hit("Omar Trevino Morales", "ofac-sdn:11923").isPresent());
    }
}
