package org.chokepoint.audit;

import java.util.List;

/** Finds country evidence in a cell, given what the column holds. Implementations must be thread-safe. */
public interface EvidenceLexicon {
    /** The clues in one cell (empty when none). */
    List<Clue> clues(ColumnRole role, String cell);
}
