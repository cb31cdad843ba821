package org.chokepoint.cases.users;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chokepoint.cases.db.Clock;
import org.chokepoint.cases.db.Database;
import org.chokepoint.cases.db.Sql;
import org.chokepoint.cases.trail.Trail;
import org.chokepoint.cases.trail.TrailEntry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The review page's users, their hashed passwords and their sessions. Every change and every sign-in attempt is
 * recorded in the trail (never a password or a token).
 *
 * <pre>{@code
 * users.create("ana", password, "review", "cli:root");
 * Optional<Session> s = users.login("ana", password, "10.0.0.7");   // empty: wrong password, unknown or disabled
 * users.session(s.get().token());                                     // the session, while it has not expired
 * users.logout(s.get().token());
 * }</pre>
 */
public final class Users {
    public static final Duration SESSION_LIFETIME = Duration.ofHours(8);
    public static final Set<String> ROLES = Set.of("review", "admin");
    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,63}");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Verified against when the user is unknown, so that an unknown name takes as long as a wrong password. */
    private static final String DUMMY_HASH = PasswordHash.hash("not-a-password-of-anyone".toCharArray());

    private final Database db;
    private final Trail trail;

    public Users(Database db, Trail trail) {
        this.db = db;
        this.trail = trail;
    }

    /** Creates an active user; the name is kept lower-case. Refuses a taken name, an unknown role, a short password. */
    public User create(String username, char[] password, String role, String actor) {
        String name = normalise(username);
        if (!USERNAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a username is 1 to 64 of a-z 0-9 . _ @ - (starting with a letter or digit): " + username);
        }
        String r = role == null ? "" : role.strip().toLowerCase(Locale.ROOT);
        if (!ROLES.contains(r)) throw new IllegalArgumentException("unknown role '" + role + "' (review or admin)");
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("a password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        String hash = PasswordHash.hash(password); // outside the transaction: it takes a while
        String now = Clock.now();
        return db.inTransaction(c -> {
            if (find(c, name).isPresent()) throw new IllegalArgumentException("user '" + name + "' exists already");
            Sql.update(c, "INSERT INTO users (username, password_hash, role, created_at, disabled_at) VALUES (?, ?, ?, ?, NULL)",
                    name, hash, r, now);
            trail.append(c, new TrailEntry(actor, "user.create", subject(name), payload().put("role", r).toString()));
            return new User(name, r, now, null);
        });
    }

    /** Disables a user and ends the user's sessions; false when there is no such active user. */
    public boolean disable(String username, String actor) {
        String name = normalise(username);
        return db.inTransaction(c -> {
            int n = Sql.update(c, "UPDATE users SET disabled_at = ? WHERE username = ? AND disabled_at IS NULL", Clock.now(), name);
            if (n == 0) return false;
            int ended = Sql.update(c, "DELETE FROM sessions WHERE username = ?", name);
            trail.append(c, new TrailEntry(actor, "user.disable", subject(name), payload().put("sessionsEnded", ended).toString()));
            return true;
        });
    }

    public List<User> list() {
        return db.read(c -> Sql.list(c, "SELECT username, role, created_at, disabled_at FROM users ORDER BY username", Users::row));
    }

    public Optional<User> find(String username) {
        return db.read(c -> find(c, normalise(username)));
    }

    /**
     * Checks the password; the user when it is right and the user is active. Takes the same time for an unknown
     * user (a dummy hash is verified), so the answer's timing does not tell which names exist.
     */
    public Optional<User> authenticate(String username, char[] password) {
        String name = normalise(username);
        Optional<String> stored = db.read(c -> Sql.one(c, "SELECT password_hash FROM users WHERE username = ?", r -> r.getString(1), name));
        boolean ok = PasswordHash.verify(password, stored.orElse(DUMMY_HASH)) && stored.isPresent();
        if (!ok) return Optional.empty();
        return find(name).filter(User::active);
    }

    /**
     * Signs in: a new session when the password is right and the user is active, else empty. Either way the trail
     * records the attempt ({@code user.login} or {@code user.login-failed}, with the client address).
     */
    public Optional<Session> login(String username, char[] password, String client) {
        String name = normalise(username);
        Optional<User> user = authenticate(name, password);
        if (user.isEmpty()) {
            String reason = find(name).map(u -> u.active() ? "wrong password" : "user disabled").orElse("unknown user");
            trail.append(new TrailEntry("anonymous", "user.login-failed", subject(name),
                    payload().put("reason", reason).put("client", client == null ? "" : client).toString()));
            return Optional.empty();
        }
        String token = randomToken();
        String csrf = randomToken();
        Instant now = Instant.now();
        String expires = Clock.format(now.plus(SESSION_LIFETIME));
        return Optional.of(db.inTransaction(c -> {
            Sql.update(c, "DELETE FROM sessions WHERE expires_at <= ?", Clock.format(now)); // housekeeping
            Sql.update(c, "INSERT INTO sessions (token_hash, username, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                    sha256(token), name, csrf, Clock.format(now), expires);
            trail.append(c, new TrailEntry("user:" + name, "user.login", subject(name),
                    payload().put("expiresAt", expires).put("client", client == null ? "" : client).toString()));
            return new Session(token, csrf, name, user.get().role(), expires);
        }));
    }

    /** The session of this token while it has not expired and its user is active. */
    public Optional<Session> session(String token) {
        if (token == null || token.isBlank()) return Optional.empty();
        return db.read(c -> Sql.one(c, "SELECT s.csrf_token, s.username, u.role, s.expires_at FROM sessions s"
                        + " JOIN users u ON u.username = s.username"
                        + " WHERE s.token_hash = ? AND s.expires_at > ? AND u.disabled_at IS NULL",
                r -> new Session(token, r.getString(1), r.getString(2), r.getString(3), r.getString(4)),
                sha256(token), Clock.now()));
    }

    /** Ends the session of this token; false when there was none. */
    public boolean logout(String token) {
        if (token == null || token.isBlank()) return false;
        return db.inTransaction(c -> {
            Optional<String> name = Sql.one(c, "SELECT username FROM sessions WHERE token_hash = ?", r -> r.getString(1), sha256(token));
            if (name.isEmpty()) return false;
            Sql.update(c, "DELETE FROM sessions WHERE token_hash = ?", sha256(token));
            trail.append(c, new TrailEntry("user:" + name.get(), "user.logout", subject(name.get()), "{}"));
            return true;
        });
    }

    /** 32 random bytes, base64url without padding (a session token, a CSRF token). */
    public static String randomToken() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static Optional<User> find(Connection c, String name) throws SQLException {
        return Sql.one(c, "SELECT username, role, created_at, disabled_at FROM users WHERE username = ?", Users::row, name);
    }

    private static User row(ResultSet r) throws SQLException {
        return new User(r.getString(1), r.getString(2), r.getString(3), r.getString(4));
    }

    private static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static String subject(String name) {
        return "user:" + name;
    }

    private static ObjectNode payload() {
        return JsonNodeFactory.instance.objectNode();
    }
}
