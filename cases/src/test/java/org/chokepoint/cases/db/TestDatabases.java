package org.chokepoint.cases.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * Real databases for tests: a fresh SQLite file, or a fresh database on the PostgreSQL server that {@code .ci/postgres}
 * starts (its address in {@code CHOKEPOINT_TEST_PG_URL}, {@code _USER}, {@code _PASSWORD}). Without that server the
 * PostgreSQL tests fail and say how to start it: they are never skipped.
 */
public final class TestDatabases {
    public enum Kind { SQLITE, POSTGRES }

    private TestDatabases() {
    }

    public static StoreConfig config(Kind kind, Path dir) {
        return kind == Kind.SQLITE ? StoreConfig.embedded(dir) : freshPostgres();
    }

    public static Database open(Kind kind, Path dir) {
        return Database.open(config(kind, dir));
    }

    /** A new, empty database on the test server, so that every test starts from nothing. */
    public static StoreConfig freshPostgres() {
        String url = System.getenv("CHOKEPOINT_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("CHOKEPOINT_TEST_PG_URL is not set: start the test PostgreSQL server with"
                    + " 'eval \"$(bash .ci/postgres)\"' (the README's test command does this)");
        }
        String user = System.getenv("CHOKEPOINT_TEST_PG_USER");
        String password = System.getenv("CHOKEPOINT_TEST_PG_PASSWORD");
        String name = "cp_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name); // a generated identifier, never caller input
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + url + ": " + e.getMessage(), e);
        }
        int slash = url.lastIndexOf('/');
        return StoreConfig.of(url.substring(0, slash + 1) + name, user, password);
    }
}
