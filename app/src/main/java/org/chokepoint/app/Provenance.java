package org.chokepoint.app;

import java.util.Objects;

/**
 * What produced a result, so that a stored hit or decision can be traced and reproduced: the list snapshot
 * (content hash), the rule tables' versions and the matcher's version.
 *
 * <pre>{@code
 * Provenance[snapshotId=46b719eaee2f…, rulesVersion=embargoes 2026-11-20, …, matcherVersion=names-7]
 * }</pre>
 */
public record Provenance(String snapshotId, String rulesVersion, String matcherVersion) {
    public Provenance {
        Objects.requireNonNull(snapshotId, "snapshotId");
        Objects.requireNonNull(rulesVersion, "rulesVersion");
        Objects.requireNonNull(matcherVersion, "matcherVersion");
    }
}
