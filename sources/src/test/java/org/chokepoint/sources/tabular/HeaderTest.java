package org.chokepoint.sources.tabular;

import org.chokepoint.sources.ListFormatException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeaderTest {
    @Test
    void cellsAreFoundByNameWhateverTheirPosition() throws ListFormatException {
        Header h = Header.of(List.of(" id", "name ", "name", "country")).require(List.of("id", "name"), "x.csv: line 1", "a test");
        assertEquals(" KP ", List.of("7", " Kim ", "ignored", " KP ").get(h.position("country")));
        assertEquals("Kim", h.cell(List.of("7", " Kim ", "ignored", " KP "), "name")); // the first 'name' wins
        assertEquals("", h.cell(List.of("7"), "country"));                           // short row
        assertEquals("", h.cell(List.of("7", "Kim"), "missing"));
        assertFalse(h.has("NAME"));
        assertTrue(Header.ignoringCase(List.of("Name")).has("name"));
    }

    @Test
    void aMissingRequiredColumnNamesTheFileAndWhatWasFound() {
        ListFormatException e = assertThrows(ListFormatException.class,
                () -> Header.of(List.of("a", "b")).require(List.of("a", "name"), "dpl.txt: line 1", "the DPL layout"));
        assertEquals("dpl.txt: line 1: header has no 'name' column, not the DPL layout (found [a, b])", e.getMessage());
    }

    /** An invisible character in a column name is shown (found by fuzzing the transaction CSV reader). */
    @Test
    void anInvisibleCharacterInAColumnNameIsShown() {
        ListFormatException e = assertThrows(ListFormatException.class,
                () -> Header.of(List.of("transaction_i\u0016d", "date")).require(List.of("transaction_id"), "tx.csv: line 1", "a transaction table"));
        assertEquals("tx.csv: line 1: header has no 'transaction_id' column, not a transaction table (found [transaction_i\\u0016d, date])",
                e.getMessage());
    }
}
