package org.chokepoint.cases.users;

import org.chokepoint.cases.db.Database;
import org.chokepoint.cases.db.Sql;
import org.chokepoint.cases.db.TestDatabases;
import org.chokepoint.cases.trail.Trail;
import org.chokepoint.cases.trail.TrailRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UsersTest {
    private static final char[] PASSWORD = "correct horse battery".toCharArray();

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void createLoginSessionLogoutAndTheTrail(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.open(kind, dir)) {
            Trail trail = new Trail(db);
            Users users = new Users(db, trail);
            User ana = users.create("Ana", PASSWORD, "review", "cli:root");
            assertEquals(new User("ana", "review", ana.createdAt(), null), ana);
            assertEquals(List.of(ana), users.list());

            String stored = db.read(c -> Sql.one(c, "SELECT password_hash FROM users WHERE username = 'ana'", r -> r.getString(1))).orElseThrow();
            assertTrue(stored.startsWith("pbkdf2-sha256$210000$"), stored);
            assertFalse(stored.contains("horse"));

            assertTrue(users.login("ana", "wrong password!".toCharArray(), "10.0.0.7").isEmpty());
            assertTrue(users.login("bob", PASSWORD, "10.0.0.7").isEmpty());
            Session s = users.login("ANA", PASSWORD, "10.0.0.7").orElseThrow();
            assertEquals("ana", s.username());
            assertEquals("review", s.role());
            assertNotEquals(s.token(), s.csrfToken());
            assertEquals(Optional.of(s.csrfToken()), users.session(s.token()).map(Session::csrfToken));
            assertTrue(users.session(s.token() + "x").isEmpty());
            assertTrue(users.session(null).isEmpty());
            String tokenHash = db.read(c -> Sql.one(c, "SELECT token_hash FROM sessions", r -> r.getString(1))).orElseThrow();
            assertEquals(Users.sha256(s.token()), tokenHash, "only the token's hash is stored");

            assertTrue(users.logout(s.token()));
            assertTrue(users.session(s.token()).isEmpty());
            assertFalse(users.logout(s.token()));

            List<String> kinds = trail.ofSubject("user:ana").stream().map(TrailRecord::kind).toList();
            assertEquals(List.of("user.create", "user.login-failed", "user.login", "user.logout"), kinds);
            List<TrailRecord> failed = trail.ofSubject("user:ana").stream().filter(r -> r.kind().equals("user.login-failed")).toList();
            assertTrue(failed.get(0).payload().contains("wrong password"), failed.get(0).payload());
            assertFalse(failed.get(0).payload().contains("wrong password!"), "never the password tried");
            assertEquals("user.login-failed", trail.ofSubject("user:bob").get(0).kind());
            assertTrue(trail.verify().ok());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aDisabledUserCannotSignInAndLosesItsSessions(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.open(kind, dir)) {
            Trail trail = new Trail(db);
            Users users = new Users(db, trail);
            users.create("ana", PASSWORD, "admin", "cli:root");
            Session s = users.login("ana", PASSWORD, null).orElseThrow();
            assertTrue(users.disable("ana", "cli:root"));
            assertFalse(users.disable("ana", "cli:root"));
            assertTrue(users.session(s.token()).isEmpty());
            assertTrue(users.login("ana", PASSWORD, null).isEmpty());
            assertFalse(users.list().get(0).active());
            long sessions = db.read(c -> Sql.longValue(c, "SELECT COUNT(*) FROM sessions"));
            assertEquals(0L, sessions);
            assertTrue(trail.ofSubject("user:ana").stream().anyMatch(r -> r.kind().equals("user.disable")));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anExpiredSessionIsRefused(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.open(kind, dir)) {
            Users users = new Users(db, new Trail(db));
            users.create("ana", PASSWORD, "review", "cli:root");
            Session s = users.login("ana", PASSWORD, null).orElseThrow();
            db.write(c -> Sql.update(c, "UPDATE sessions SET expires_at = ?", "2020-01-01T00:00:00.000Z"));
            assertTrue(users.session(s.token()).isEmpty());
        }
    }

    @Test
    void createRefusesBadInput() {
        try (Database db = TestDatabases.open(TestDatabases.Kind.SQLITE, dir)) {
            Users users = new Users(db, new Trail(db));
            assertThrows(IllegalArgumentException.class, () -> users.create("ana", "short".toCharArray(), "review", "t"));
            assertThrows(IllegalArgumentException.class, () -> users.create("ana", PASSWORD, "screen", "t"));
            assertThrows(IllegalArgumentException.class, () -> users.create("<ana>", PASSWORD, "review", "t"));
            users.create("ana", PASSWORD, "review", "t");
            assertThrows(IllegalArgumentException.class, () -> users.create("ana", PASSWORD, "admin", "t"));
        }
    }

    @Test
    void passwordHashesAreSaltedAndVerifyOnlyTheirPassword() {
        String a = PasswordHash.hash(PASSWORD);
        String b = PasswordHash.hash(PASSWORD);
        assertNotEquals(a, b);
        assertTrue(PasswordHash.verify(PASSWORD, a));
        assertFalse(PasswordHash.verify("correct horse battery ".toCharArray(), a));
        assertFalse(PasswordHash.verify(PASSWORD, "pbkdf2-sha256$x$y$z"));
        assertFalse(PasswordHash.verify(PASSWORD, null));
    }
}
