package org.chokepoint.audit;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A clue lists its countries in one order in every JVM: the audit's evidence lines show a clue's countries by share
 * and, among equal shares, in that order (and only the first five), so an order that changed from run to run changed
 * what {@code chokepoint audit} printed, and what a cluster's executors sent back.
 */
class ClueTest {
    /** "Sharan", a small place in Russia, Afghanistan and Syria, as the gazetteer gives it (its file order). */
    private static Clue sharan() {
        Map<String, Double> shares = new LinkedHashMap<>();
        shares.put("RU", 1 / 3.0);
        shares.put("AF", 1 / 3.0);
        shares.put("SY", 1 / 3.0);
        return new Clue(ClueKind.PLACE, "Sharan", shares, "GeoNames cities");
    }

    @Test
    void countriesAreListedInAlpha2Order() {
        assertEquals(List.of("AF", "RU", "SY"), List.copyOf(sharan().countries().keySet()));
        assertEquals(List.of("IR", "KP", "SY", "US"), List.copyOf(new Clue(ClueKind.CURRENCY, "X",
                Map.of("US", 0.1, "SY", 0.2, "KP", 0.3, "IR", 0.4), "test").countries().keySet()));
    }

    @Test
    void theOrderSurvivesSerialisation() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(sharan());
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            Clue back = (Clue) in.readObject();
            assertEquals(List.of("AF", "RU", "SY"), List.copyOf(back.countries().keySet()));
            assertEquals(1 / 3.0, back.share("SY"));
        }
    }
}
