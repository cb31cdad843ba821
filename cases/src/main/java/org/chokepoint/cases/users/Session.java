package org.chokepoint.cases.users;

/**
 * A signed-in user's session. Only the SHA-256 of {@code token} is stored, so a copy of the database does not let
 * anyone sign in; the token itself exists in the user's cookie and in this record, returned once at login.
 *
 * @param token     the session cookie's value (null when read back from the store: only its hash is there)
 * @param csrfToken the value every form of this session must send back
 * @param role      the user's role ({@code review} or {@code admin})
 * @param expiresAt UTC ISO-8601 ({@link org.chokepoint.cases.db.Clock})
 */
public record Session(String token, String csrfToken, String username, String role, String expiresAt) {
    @Override
    public String toString() {
        return "Session[" + username + ", until " + expiresAt + "]"; // never the tokens
    }
}
