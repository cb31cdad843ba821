package org.chokepoint.cases.users;

/**
 * A user of the review page.
 *
 * @param role       {@code review} or {@code admin}
 * @param disabledAt when the user was disabled, or null while the user may sign in
 */
public record User(String username, String role, String createdAt, String disabledAt) {
    public boolean active() {
        return disabledAt == null;
    }
}
