package org.chokepoint.bench.scale;

import org.chokepoint.model.Entity;
import org.chokepoint.model.Name;
import org.chokepoint.model.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticListTest {
    private static final List<Entity> REAL = List.of(
            Entity.builder("ofac-sdn", "1", Schema.COMPANY).name(Name.primary("DANDONG KEHUA ECONOMIC AND TRADE CO., LTD.")).build(),
            Entity.builder("ofac-sdn", "2", Schema.PERSON).name(Name.primary("Mohammad HEJAZI")).build(),
            Entity.builder("un-sc", "3", Schema.PERSON).name(Name.primary("RI Jong Chol")).build(),
            Entity.builder("eu-fsf", "4", Schema.COMPANY).name(Name.primary("SPARROW TRADING LLC")).build());
    private static final Set<String> REAL_NAMES = REAL.stream().map(e -> e.names().get(0).value()).collect(Collectors.toSet());

    @Test
    void theShareOfNearCopiesIsTheOneAskedFor() {
        for (double share : new double[]{SyntheticList.NEAR_COPIES, 0.4}) {
            List<Entity> synthetic = new SyntheticList(REAL, 7, share).entities(20_000);
            long copies = synthetic.stream().filter(SyntheticListTest::copiesARealEntry).count();
            // binomial: 20,000 draws, four standard deviations at most 0.014 of the share
            assertEquals(share, copies / 20_000.0, 0.015, "share " + share);
        }
        assertEquals(0, new SyntheticList(REAL, 7, 0).entities(2_000).stream().filter(SyntheticListTest::copiesARealEntry).count());
    }

    @Test
    void aNearCopyChangesEveryNameOfARealEntry() {
        List<Entity> synthetic = new SyntheticList(REAL, 7, 1).entities(300);
        for (Entity copy : synthetic) {
            assertTrue(copiesARealEntry(copy), copy.key());
            String name = copy.names().get(0).value();
            assertTrue(!REAL_NAMES.contains(name), name);
        }
    }

    @Test
    void entityIOfASeedIsTheSameWhateverElseIsGenerated() {
        List<Entity> small = new SyntheticList(REAL, 3, 0.05).entities(500);
        List<Entity> large = new SyntheticList(REAL, 3, 0.05).entities(2_000);
        assertEquals(small, large.subList(0, 500));
        assertNotEquals(small, new SyntheticList(REAL, 4, 0.05).entities(500));
    }

    @Test
    void aShareOutsideZeroToOneIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SyntheticList(REAL, 1, 1.5));
        assertTrue(e.getMessage().contains("1.5"), e.getMessage());
    }

    /** A near copy keeps the real entry's dates and countries, here none; an invented entity always has some. */
    private static boolean copiesARealEntry(Entity e) {
        return e.birthDates().isEmpty() && e.nationalities().isEmpty() && e.countries().isEmpty();
    }
}
