package org.chokepoint.match;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityBestTest {
    @Test
    void anEntityKeepsItsBestNameAndIsListedOnceInTheOrderOfFirstOffer() {
        EntityBest best = fresh(10);
        best.offer(7, 0.91, 12, 7);
        best.offer(2, 0.80, 30, 2);
        best.offer(7, 0.88, 13, 7);
        best.offer(2, 0.85, 31, 2);

        assertEquals(2, best.count());
        assertEquals(7, best.entity(0));
        assertEquals(2, best.entity(1));
        assertEquals(12, best.name(7), "the lower score does not replace the higher");
        assertEquals(31, best.name(2));
        assertEquals(0.85, best.score(2));
    }

    @Test
    void aResetForgetsTheLastQuery() {
        EntityBest best = fresh(10);
        best.offer(7, 0.91, 12, 7);
        best.reset();

        assertFalse(best.has(7));
        assertEquals(0, best.count());
        best.offer(7, 0.50, 14, 7);
        assertEquals(14, best.name(7), "a score of an earlier query does not hold a later one back");
    }

    @Test
    void theNumbersOfTheLastQueryAreNotThisOnes() {
        EntityBest best = new EntityBest(10);
        assertFalse(best.has(0), "nothing is held before the first query");
        best.reset();
        best.offer(4, 0.70, 1, 4);
        best.offer(6, 0.95, 2, 6);
        best.reset();
        best.offer(6, 0.60, 3, 6); // number 0 now, as 4 was
        best.offer(8, 0.75, 5, 8);

        assertFalse(best.has(4));
        assertEquals(0.60, best.score(6));
        assertEquals(3, best.name(6));
        assertEquals(0.75, best.score(8));
        assertEquals(2, best.count());
    }

    @Test
    void itGrowsPastItsFirstBlock() {
        EntityBest best = fresh(1000);
        for (int e = 999; e >= 0; e--) best.offer(e, e / 1000.0, e, e);

        assertEquals(1000, best.count());
        assertEquals(999, best.entity(0));
        assertEquals(0, best.entity(999));
    }

    @Test
    void anEntitysOwnNameStaysAgainstAnEqualScorePassedOn() {
        EntityBest best = fresh(10);
        best.offer(7, 0.90, 12, 7);
        best.offer(7, 0.90, 40, 3);
        assertEquals(7, best.via(7));
        assertEquals(12, best.name(7));

        best.offer(7, 0.95, 41, 3);
        assertEquals(3, best.via(7), "a higher score passed on wins");
        assertEquals(41, best.name(7));
    }

    @Test
    void ofEqualScoresPassedOnTheLowerSourceWinsInEitherOrder() {
        for (boolean lowFirst : new boolean[] {true, false}) {
            EntityBest best = fresh(10);
            if (lowFirst) {
                best.offer(7, 0.90, 30, 3);
                best.offer(7, 0.90, 50, 5);
            } else {
                best.offer(7, 0.90, 50, 5);
                best.offer(7, 0.90, 30, 3);
            }
            assertTrue(best.has(7));
            assertEquals(3, best.via(7), "low first: " + lowFirst);
            assertEquals(30, best.name(7), "low first: " + lowFirst);
            assertEquals(1, best.count());
        }
    }

    /** An instance ready for a first query. */
    private static EntityBest fresh(int entities) {
        EntityBest best = new EntityBest(entities);
        best.reset();
        return best;
    }
}
