package org.chokepoint.model;

/** How many findings of one code a source produced. */
public record FindingCount(String source, String code, int count) {
}
