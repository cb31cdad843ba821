package org.chokepoint.sources.text;

import org.chokepoint.model.FuzzyDate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TextHelpersTest {
    @Test
    void listDateSpellings() {
        assertEquals(FuzzyDate.day("1984-01-08", LocalDate.of(1984, 1, 8)), ListDates.parse("1984-01-08"));
        assertEquals(LocalDate.of(2015, 4, 7), ListDates.parse("2015-04-07-04:00").earliest()); // xs:date with a zone (UN)
        assertEquals(LocalDate.of(2026, 2, 27), ListDates.parse("2026-02-27T00:00:09.554Z").earliest());
        assertEquals(FuzzyDate.year("00/00/1994", 1994, false), ListDates.parse("00/00/1994"));
        assertEquals(FuzzyDate.month("00/05/1994", 1994, 5), ListDates.parse("00/05/1994"));
        assertEquals(FuzzyDate.month("09/1962", 1962, 9), ListDates.parse("09/1962"));
        assertEquals(FuzzyDate.day("29-06-2012", LocalDate.of(2012, 6, 29)), ListDates.parse("29-06-2012"));
        assertEquals(FuzzyDate.month("Nov. 1973", 1973, 11), ListDates.parse("Nov. 1973"));
        assertEquals(FuzzyDate.day("8 January 1984", LocalDate.of(1984, 1, 8)), ListDates.parse("8 January 1984"));
        assertNull(ListDates.parse("31/02/1990"));
        assertNull(ListDates.parse("30-35 years old"));
        assertNull(ListDates.parse("Between Aug. and Sep. 1977"));
        assertNull(ListDates.parse("Novembre 1973"));
    }

    @Test
    void numberedCells() {
        assertEquals(List.of("A-333602", "M110522"), Enumerated.split("(1) A-333602 (2) M110522"));
        assertEquals(List.of("20645897", ""), Enumerated.split("(1) 20645897 (2) -"));
        assertEquals(List.of("Uganda", "Uganda", "Uganda"), Enumerated.split("(1) Uganda (2) Uganda (3)Uganda"));
        assertEquals(List.of("Pakistan"), Enumerated.split("Pakistan"));
        assertEquals(List.of(), Enumerated.split(""));
    }

    @Test
    void scripts() {
        assertEquals("Hang", Scripts.detect("윤호진"));
        assertEquals("Kore", Scripts.detect("金正恩 김정은"));
        assertEquals("Cyrl", Scripts.detect("ИВАХА Денис"));
        assertEquals("Arab", Scripts.detect("صدام حسين"));
        assertEquals("Latn", Scripts.detect("Jin Tiesan (金铁三)"));
        assertNull(Scripts.detect("12-34"));
    }
}
