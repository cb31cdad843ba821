package org.chokepoint.sources.refdata;

import org.chokepoint.model.Country;
import org.chokepoint.model.CountryIndex;
import org.chokepoint.sources.testing.DataDir;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CountriesTest {
    static CountryIndex index;

    @BeforeAll
    static void load() throws IOException {
        index = Countries.load(DataDir.get());
    }

    private static String a2(String text) {
        return index.resolve(text).map(Country::alpha2).orElse(null);
    }

    @Test
    void readsEveryCountryOfWorldCountries() {
        assertEquals(250, index.countries().size());
    }

    @Test
    void northKoreaCarriesItsReferenceFacts() {
        Country kp = index.byAlpha2("kp").orElseThrow();
        assertEquals("PRK", kp.alpha3());
        assertEquals("408", kp.numeric());
        assertEquals("North Korea", kp.commonName());
        assertEquals("Democratic People's Republic of Korea", kp.officialName());
        assertEquals(List.of("850"), kp.callingCodes());
        assertEquals(List.of("KPW"), kp.currencies());
        assertEquals(List.of("CN", "KR", "RU"), kp.neighbours());
        assertEquals(List.of("Pyongyang"), kp.capitals());
        assertTrue(kp.population() > 20_000_000, "GeoNames population " + kp.population());
    }

    @Test
    void resolvesNamesInManyScriptsAndSpellings() {
        for (String s : List.of("DPRK", "북한", "조선", "朝鲜", "North Korea", "NORTH KOREA", "north-korea",
                "Korea, Democratic People's Republic of", "Democratic People's Republic of Korea", "PRK", "KP",
                "408", "Nordkorea", "Corée du Nord", "Северная Корея", "كوريا الشمالية")) {
            assertEquals("KP", a2(s), s);
        }
        for (String s : List.of("Iran (Islamic Republic of)", "Iran", "ایران", "إيران", "IRN", "Islamic Republic of Iran", "364")) {
            assertEquals("IR", a2(s), s);
        }
        assertEquals("RU", a2("Russian Federation"));
        assertEquals("TR", a2("Türkiye"));
        assertEquals("TR", a2("Turkiye"));
        assertEquals("TR", a2("Republic of Türkiye"));
        assertEquals("GB", a2("United Kingdom of Great Britain and Northern Ireland"));
        assertEquals("MX", a2("United Mexican States"));
        assertEquals("ZA", a2("Republic of South Africa"));
        assertEquals("KR", a2("South Korea"));
        assertEquals("KR", a2("KOR"));
        assertEquals("CI", a2("Côte d'Ivoire"));
        assertEquals("CI", a2("cote divoire"));
        assertEquals("SY", a2("Syrian Arab Republic"));
        assertEquals("DE", a2("GER"));
        assertEquals("AE", a2("UAE"));
        assertEquals("AE", a2("784"));
    }

    @Test
    void codesThatAreNotCountriesDoNotResolve() {
        for (String s : List.of("A9", "A5", "A7", "X-3", "C17", "", "  ", "ZZ", "999", "Mobile operator")) {
            assertTrue(index.resolve(s).isEmpty(), s);
        }
    }
}
