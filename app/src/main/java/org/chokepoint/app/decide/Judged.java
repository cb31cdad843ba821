package org.chokepoint.app.decide;

import org.chokepoint.app.Provenance;
import org.chokepoint.rules.Decision;

/** A decision and what produced it: the snapshot it screened against, the rule tables and the matcher. */
public record Judged(Decision decision, Provenance provenance) {
}
