package org.chokepoint.sources.ofac;

import org.chokepoint.model.FuzzyDate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OfacDatesTest {
    @Test
    void exactDay() {
        FuzzyDate d = OfacDates.parse("19 Jun 1951");
        assertEquals(LocalDate.of(1951, 6, 19), d.earliest());
        assertEquals(FuzzyDate.Precision.DAY, d.precision());
    }

    @Test
    void monthYearAndYear() {
        FuzzyDate m = OfacDates.parse("Feb 1960");
        assertEquals(LocalDate.of(1960, 2, 1), m.earliest());
        assertEquals(LocalDate.of(1960, 2, 29), m.latest());
        FuzzyDate y = OfacDates.parse("1960.");
        assertEquals(FuzzyDate.Precision.YEAR, y.precision());
        assertEquals(LocalDate.of(1960, 12, 31), y.latest());
    }

    @Test
    void circaAndRanges() {
        FuzzyDate c = OfacDates.parse("circa 1951");
        assertTrue(c.circa());
        assertEquals(1951, c.earliest().getYear());
        FuzzyDate r = OfacDates.parse("1960 to 1962");
        assertEquals(FuzzyDate.Precision.RANGE, r.precision());
        assertEquals(LocalDate.of(1960, 1, 1), r.earliest());
        assertEquals(LocalDate.of(1962, 12, 31), r.latest());
        FuzzyDate days = OfacDates.parse("01 Jan 1958 to 31 Dec 1959");
        assertEquals(LocalDate.of(1958, 1, 1), days.earliest());
        assertEquals(LocalDate.of(1959, 12, 31), days.latest());
        FuzzyDate dash = OfacDates.parse("circa 1977-1978");
        assertTrue(dash.circa());
        assertEquals(LocalDate.of(1978, 12, 31), dash.latest());
    }

    @Test
    void isoAndLongMonthNames() {
        assertEquals(LocalDate.of(1973, 3, 25), OfacDates.parse("1973-03-25").earliest());
        assertEquals(LocalDate.of(1965, 10, 12), OfacDates.parse("12 October 1965").earliest());
    }

    @Test
    void rejectsWhatIsNotADate() {
        assertNull(OfacDates.parse("31 Feb 1960"));
        assertNull(OfacDates.parse("1962 to 1960"));
        assertNull(OfacDates.parse("unknown"));
        assertNull(OfacDates.parse("12 Foo 1960"));
        assertNull(OfacDates.parseUs("13/45/2020"));
        assertEquals(LocalDate.of(2023, 11, 16), OfacDates.parseUs("11/16/2023"));
    }
}
