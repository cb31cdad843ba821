package org.chokepoint.app.screen;

import org.chokepoint.app.TestEngine;
import org.chokepoint.match.Explanation;
import org.chokepoint.match.Hit;
import org.chokepoint.match.IndexedScreener;
import org.chokepoint.match.ScreeningQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names as people write them, screened like {@code chokepoint screen NAME} (no type, default threshold) against
 * every bundled list: short forms without the generic words, initials for given names, Chinese and Persian firm
 * names in their own script, a firm's words run together with its legal form; the one-word matches that must not
 * alert, a one-word alias that is a hit but never a certain one, and given names and syllables that are not
 * spelling variants of each other (the false alerts of issue 16's second pass).
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

    private static Hit found(String name, String key) {
        return hit(name, key).orElseThrow(() -> new AssertionError(name + " does not find " + key));
    }

    private static void assertFinds(String name, String key, String primaryName) {
        Hit found = found(name, key);
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

    @Test
    void aOneWordAliasOfAPersonIsAHitButNotACertainOne() {
        // UN QDi.406 Murad Iraklievich Margoshvili, weak a.k.a.s Arthur, George, John; OFAC SDN 15911 a.k.a. MARTIN
        assertEquals(0.9, found("John", "un-sc:QDi.406").score());
        assertEquals(0.9, found("John", "uk-fcdo:AQD0266").score());
        assertEquals(0.9, found("MARTIN", "ofac-sdn:15911").score());
        // a primary name of one word, and the full name, are not capped
        assertEquals(1.0, found("MATIULLAH", "un-sc:TAi.020").score());
        assertEquals(1.0, found("Murad Iraklievich Margoshvili", "un-sc:QDi.406").score());
    }

    @Test
    void differentGivenNamesAreNotSpellingVariants() {
        // opensanctions Q19909309 SOKOLOV Igor Anatolyevich; OFAC SDN 11961 ROMO LOPEZ, Martin
        assertFalse(hit("Yegor Sokolov", "opensanctions:Q19909309").isPresent(), "Yegor is not Igor");
        assertTrue(found("Igor Sokolov", "opensanctions:Q19909309").score() > 0.9);
        assertFalse(hit("Roméo Lopez", "ofac-sdn:11961").isPresent(), "a given name met a surname, Martin is missing");
        assertEquals(1.0, found("Martin Romo Lopez", "ofac-sdn:11961").score());
    }

    @Test
    void namesInTheirOwnScriptKeepWhatTheScriptWrites() {
        // OFAC consolidated 9672 AL-QADI, Samir: سمیرا writes the final alif of Samira
        assertFalse(hit("سمیرا قاضی", "ofac-cons:9672").isPresent());
        assertEquals(1.0, found("Samir al-Qadi", "ofac-cons:9672").score());
        // OFAC SDN 23010 JI, Sang Jun and 11282 YUN, Cheng: 季娟 is ji juan, 颜诚 yan cheng
        assertFalse(hit("季娟", "ofac-sdn:23010").isPresent(), "juan is not jun");
        assertFalse(hit("颜诚", "ofac-sdn:11282").isPresent(), "yan is not yun");
        // OFAC SDN 8230 AL-ANI, Adib Shaban: العلاني is al-Alani, whose "al" is written apart
        assertFalse(hit("العلاني شعبان", "ofac-sdn:8230").isPresent());
        // OFAC SDN 20224 LANG, Jonha: Hangul writes the family name first, 전하랑 is Jeon Ha-rang, not Harang Jeon
        assertFalse(hit("전하랑", "ofac-sdn:20224").isPresent());
        assertEquals(1.0, found("김정은", "ofac-sdn:20157").score());
    }

    @Test
    void wordsRunTogetherWithLegalFormsOrBusinessWordsFindTheFirm() {
        assertEquals(1.0, found("SPARROW TRADINGFZE", "ofac-sdn:40971").score());
        assertEquals(1.0, found("HOMASHIPPING COMPANY LIMITED", "ofac-sdn:15130").score());
        assertEquals(1.0, found("PUBLICJOINT STOCK COMPANY SBERBANK OF RUSSIA", "ofac-sdn:17018").score());
        assertEquals(1.0, found("BLUE CALM MARINESERVICES COMPANY", "ofac-sdn:42900").score());
        assertEquals(1.0, found("ROSO BORON EXPORT", "us-csl:18782").score());
    }

    @Test
    void anInitialExplainsWhatItCounts() {
        Hit putin = found("V. V. Putin", "ofac-sdn:35096");
        List<Explanation.TokenMatch> initials = putin.explanation().tokens().stream()
                .filter(t -> "initial".equals(t.method())).toList();
        assertEquals(2, initials.size());
        for (Explanation.TokenMatch t : initials) assertEquals(0.85, t.similarity(), t.toString());
    }

    @Test
    void ukrainianLettersMeetTheListsSpelling() {
        // opensanctions Q7747 lists ПУТІН володимир володимирович
        Hit putin = found("Путін Володимир Володимирович", "opensanctions:Q7747");
        assertEquals(1.0, putin.score());
        assertTrue(putin.explanation().summary().contains("putin=putin exact"), putin.explanation().summary());
    }

    @Test
    void aKoreanNameInRussianLettersFindsTheListedSpelling() {
        // OFAC SDN 20157 KIM, Jong Un, written the Kontsevich way
        assertEquals(1.0, found("Ким Чен Ын", "ofac-sdn:20157").score());
    }
}
