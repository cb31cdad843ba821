package org.chokepoint.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CountryIndexTest {
    private static Country country(String a2, String a3, String num, String common, String official, String... names) {
        return new Country(a2, a3, num, common, official, List.of(), List.of(), List.of(), List.of(), List.of(names), 0);
    }

    private final CountryIndex index = new CountryIndex(List.of(
            country("KP", "PRK", "408", "North Korea", "Democratic People's Republic of Korea", "DPRK", "조선", "Korea"),
            country("KR", "KOR", "410", "South Korea", "Republic of Korea", "Korea"),
            country("CI", "CIV", "384", "Ivory Coast", "Republic of Côte d'Ivoire")),
            Map.of("朝鲜", "KP", "Elfenbeinküste", "CI", "Nowhere", "QQ"));

    @Test
    void codesNamesAndExtraEntriesResolve() {
        assertEquals("KP", index.resolve("prk").orElseThrow().alpha2());
        assertEquals("KP", index.resolve("408").orElseThrow().alpha2());
        assertEquals("CI", index.resolve("384").orElseThrow().alpha2());
        assertEquals("KP", index.resolve(" dprk ").orElseThrow().alpha2());
        assertEquals("KP", index.resolve("朝鲜").orElseThrow().alpha2());
        assertEquals("CI", index.resolve("COTE D'IVOIRE, REPUBLIC OF").orElseThrow().alpha2());
        assertEquals("CI", index.resolve("elfenbeinkuste").orElseThrow().alpha2());
        assertEquals("KR", index.resolve("Korea, Republic of").orElseThrow().alpha2());
    }

    @Test
    void sharedNamesAndUnknownCodesResolveToNothing() {
        assertTrue(index.resolve("Korea").isEmpty());
        assertTrue(index.resolve("Nowhere").isEmpty());
        assertTrue(index.resolve("A9").isEmpty());
        assertTrue(index.resolve("0408").isEmpty(), "four digits are no ISO numeric code");
        assertTrue(index.resolve("20").isEmpty(), "ISO numeric codes have three digits; 20 is a number");
        assertTrue(index.resolve(null).isEmpty());
    }

    @Test
    void keyFoldsCaseMarksPunctuationAndArabicLetterForms() {
        assertEquals("cotedivoire", CountryIndex.key("Côte d’Ivoire"));
        assertEquals(CountryIndex.key("ایران"), CountryIndex.key("إيران"));
        assertEquals(CountryIndex.key("조선"), CountryIndex.key(" 조 선 "));
        assertEquals("koreadprk", CountryIndex.key("Korea (D.P.R.K.)"));
    }
}
