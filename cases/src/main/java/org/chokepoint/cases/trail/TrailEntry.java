package org.chokepoint.cases.trail;

import java.util.Objects;

/** What is appended to the trail; the trail gives it its place, time and hashes. */
public record TrailEntry(String actor, String kind, String subject, String payload) {
    public TrailEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(payload, "payload");
    }
}
