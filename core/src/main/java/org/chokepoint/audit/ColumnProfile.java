package org.chokepoint.audit;

import java.io.Serializable;

/**
 * A column of an export and the role its values show.
 *
 * @param index  0-based position
 * @param header header text, or "column N" when the file has none
 * @param role   what it holds
 * @param score  share of the sampled non-empty values that fit the role (0–1)
 */
public record ColumnProfile(int index, String header, ColumnRole role, double score) implements Serializable {
}
