package org.chokepoint.names;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class PhoneticKeyTest {
    private static void same(String a, String b) {
        assertEquals(PhoneticKey.of(a), PhoneticKey.of(b), a + " ~ " + b);
    }

    @Test
    void romanisationVariantsShareAKey() {
        same("mohammed", "muhammad");
        same("mohamed", "muhamad");
        same("jong", "chong");         // Revised vs McCune-Reischauer
        same("dmitriy", "dmitry");     // Russian endings
        same("dmitrii", "dmitry");
        same("yakovlev", "iakovlev");
        same("djouadi", "jouadi");     // French dj
        same("achour", "ashour");      // French ch = sh
        same("abdullah", "abdulla");   // silent final h
        same("khaled", "haled");
        same("qadhafi", "kadafi");
        same("hussein", "husayn");
    }

    @Test
    void differentNamesKeepDifferentKeys() {
        assertNotEquals(PhoneticKey.of("ali"), PhoneticKey.of("lee"));
        assertNotEquals(PhoneticKey.of("zender"), PhoneticKey.of("schneider"));
        assertNotEquals(PhoneticKey.of("hugo"), PhoneticKey.of("hasan"));
    }

    @Test
    void consonantKeyBridgesUnwrittenVowels() {
        assertEquals(PhoneticKey.consonants("mhmd"), PhoneticKey.consonants("mohammed"));
        assertEquals(PhoneticKey.consonants("hsn"), PhoneticKey.consonants("hasan"));
        assertEquals(PhoneticKey.consonants("alush"), PhoneticKey.consonants("alouche"));
    }

    @Test
    void digitsStayAsTheyAre() {
        assertEquals("KaNK1", PhoneticKey.of("gang1"));
    }
}
