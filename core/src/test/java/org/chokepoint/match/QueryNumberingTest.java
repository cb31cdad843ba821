package org.chokepoint.match;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryNumberingTest {
    @Test
    void idsAreNumberedInTheOrderAQueryMeetsThem() {
        QueryNumbering numbers = new QueryNumbering(10);
        assertEquals(-1, numbers.numberOf(0), "nothing is numbered before the first query");
        assertFalse(numbers.reset());
        assertEquals(0, numbers.add(7));
        assertEquals(1, numbers.add(3));
        assertEquals(0, numbers.numberOf(7));
        assertEquals(-1, numbers.numberOf(5));
        assertEquals(3, numbers.id(1));
        assertEquals(2, numbers.count());

        numbers.reset();
        assertEquals(-1, numbers.numberOf(7), "a number of the last query is not this one's");
        assertEquals(0, numbers.count());
        assertEquals(0, numbers.add(3));
    }

    @Test
    void itGrowsPastItsFirstBlock() {
        QueryNumbering numbers = new QueryNumbering(1000);
        numbers.reset();
        for (int id = 999; id >= 0; id--) numbers.add(id);
        assertEquals(1000, numbers.count());
        assertEquals(999, numbers.id(0));
        assertEquals(0, numbers.id(999));
        assertEquals(999, numbers.numberOf(0));
    }

    @Test
    void whenTheGenerationsStartAgainNoOldNumberLooksCurrent() {
        QueryNumbering numbers = new QueryNumbering(4);
        numbers.reset();
        numbers.add(2); // numbered in generation 2, which comes round again after the wrap
        int wraps = 0;
        for (int k = 0; k < QueryNumbering.GENERATIONS - 1; k++) {
            if (numbers.reset()) {
                wraps++;
                assertEquals(1, numbers.generation());
            }
        }
        assertEquals(1, wraps);
        assertEquals(2, numbers.generation());
        assertEquals(-1, numbers.numberOf(2));
        assertTrue(numbers.generation() < QueryNumbering.GENERATIONS);
    }
}
