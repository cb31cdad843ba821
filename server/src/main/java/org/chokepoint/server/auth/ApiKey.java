package org.chokepoint.server.auth;

import java.time.Instant;

/**
 * A stored API key: never the key itself, only its SHA-256. The id is the key's first characters, safe to show
 * and to log ("cpk_3fA9x2"), so a key can be named and revoked without being revealed.
 *
 * @param id      public identifier (prefix of the key)
 * @param name    who or what the key is for ("onboarding-service")
 * @param role    what it may do
 * @param sha256  hex SHA-256 of the whole key
 * @param created when it was created
 * @param revoked when it was revoked, or null while valid
 */
public record ApiKey(String id, String name, Role role, String sha256, Instant created, Instant revoked) {
    public boolean active() {
        return revoked == null;
    }

    ApiKey revokedAt(Instant when) {
        return new ApiKey(id, name, role, sha256, created, when);
    }
}
