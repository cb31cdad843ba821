package org.chokepoint.names;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PinyinFinalsTest {
    @Test
    void differentFinalsAreDifferentSyllables() {
        assertTrue(PinyinFinals.differ("juan", "jun"), "娟 juan is not jun");
        assertTrue(PinyinFinals.differ("yan", "yun"), "颜 yan is not yun");
        assertEquals(PhoneticKey.of("juan"), PhoneticKey.of("jun"));
    }

    @Test
    void wadeGilesSpellingsOfTheSameFinalAreNotDifferent() {
        assertFalse(PinyinFinals.differ("zhang", "chang"));
        assertFalse(PinyinFinals.differ("deng", "teng"));
        assertFalse(PinyinFinals.differ("xiong", "hsiung"), "ung = ong");
        assertFalse(PinyinFinals.differ("ge", "ko"), "o = e");
        assertFalse(PinyinFinals.differ("tian", "tien"), "ien = ian");
        assertFalse(PinyinFinals.differ("zhi", "chih"), "ih = i");
        assertFalse(PinyinFinals.differ("zi", "tzu"), "tzu = zi");
        assertFalse(PinyinFinals.differ("yan", "yen"), "yen = yan");
    }

    @Test
    void aJoinedGivenNameIsNotJudged() {
        assertFalse(PinyinFinals.differ("yize", "yitse"), "two syllables: their finals are not compared");
    }

    private static void assertEquals(Object a, Object b) {
        org.junit.jupiter.api.Assertions.assertEquals(a, b);
    }
}
