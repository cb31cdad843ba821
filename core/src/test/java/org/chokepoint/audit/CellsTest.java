package org.chokepoint.audit;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CellsTest {
    @Test
    void amountsInSeveralNotations() {
        assertEquals(1211000.0, Cells.amount("1,211,000").orElseThrow());
        assertEquals(1211000.5, Cells.amount("1.211.000,50").orElseThrow());
        assertEquals(7145000.0, Cells.amount("7 145 000").orElseThrow());
        assertEquals(172000.0, Cells.amount("172000").orElseThrow());
        assertEquals(12.75, Cells.amount("12.75").orElseThrow());
        assertTrue(Cells.amount("P41-00000").isEmpty());
        assertTrue(Cells.amount("").isEmpty());
    }

    @Test
    void excelSerialDaysAreDatesOnlyWhereDatesAreExpected() {
        assertEquals(LocalDate.of(2014, 1, 1), Cells.dateOrSerial("41640"));
        assertEquals(LocalDate.of(2014, 1, 1), Cells.dateOrSerial("41640.75"), "the fraction is the time of day");
        assertEquals(LocalDate.of(2013, 3, 5), Cells.dateOrSerial("2013-03-05"));
        assertNull(Cells.date("41640"), "alone, 41640 is as likely an amount");
        assertNull(Cells.dateOrSerial("12345"), "1933: outside 1970-2100");
        assertNull(Cells.dateOrSerial("2014000123"));
        assertTrue(Cells.isSerialDate("41640"));
        assertFalse(Cells.isSerialDate("2014-01-01"));
    }

    @Test
    void datesInSeveralNotations() {
        assertEquals(LocalDate.of(2013, 3, 5), Cells.date("2013-03-05"));
        assertEquals(LocalDate.of(2013, 3, 5), Cells.date("05.03.2013"));
        assertEquals(LocalDate.of(2013, 12, 25), Cells.date("12/25/2013"));
        assertEquals(LocalDate.of(2011, 1, 1), Cells.date("2011"));
        assertEquals(LocalDate.of(2011, 6, 1), Cells.date("2011-06"));
        assertNull(Cells.date("2011-13-45"));
        assertNull(Cells.date("soon"));
    }

    @Test
    void codeShapesPhonesAndPlaceholders() {
        for (String s : new String[]{"A9", "A5", "X-3", "C17", "K#2", "ZZ-12"}) assertTrue(Cells.isCodeShaped(s), s);
        assertFalse(Cells.isCodeShaped("Germany"));
        assertTrue(Cells.isPhone("+850 2 381 4410"));
        assertTrue(Cells.isPhone("0098 21 6612 3456"));
        assertFalse(Cells.isPhone("8741000"));
        assertTrue(Cells.isPlaceholder(" N/A "));
        assertTrue(Cells.isPlaceholder(""));
        assertFalse(Cells.isPlaceholder("A9"));
    }
}
