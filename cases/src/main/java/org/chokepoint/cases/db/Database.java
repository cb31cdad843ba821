package org.chokepoint.cases.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The case database, migrated to the current schema when opened: SQLite in one file under the home (created on
 * first use), or PostgreSQL. Every write goes through {@link #inTransaction}, which commits all of its statements or
 * none of them; a process killed halfway leaves the database as it was before the transaction began.
 *
 * <pre>{@code
 * try (Database db = Database.open(StoreConfig.embedded(home))) {
 *     long parties = db.read(c -> Sql.longValue(c, "SELECT COUNT(*) FROM parties"));
 *     db.write(c -> Sql.update(c, "UPDATE cases SET assignee = ? WHERE case_id = ?", "ana", 7L));
 * }
 * }</pre>
 *
 * SQLite allows one writer at a time, so its pool holds one connection and callers queue for it (WAL journal, so a
 * crash mid-commit rolls back cleanly).
 * PostgreSQL gets a small pool.
 */
public final class Database implements AutoCloseable {
    /** The newest migration in {@code db/migration} ({@code V1__cases.sql}); a test keeps the two in step. */
    public static final int SCHEMA_VERSION = 1;

    /** Lock id for the trail's head under PostgreSQL (an arbitrary constant shared by every Chokepoint process). */
    private static final long TRAIL_LOCK = 0x43484b5054524cL;

    private final StoreConfig config;
    private final HikariDataSource pool;

    private Database(StoreConfig config, HikariDataSource pool) {
        this.config = config;
        this.pool = pool;
    }

    public static Database open(StoreConfig config) {
        HikariConfig h = new HikariConfig();
        h.setJdbcUrl(config.url());
        h.setPoolName("chokepoint-cases");
        h.setAutoCommit(true);
        if (config.isEmbedded()) {
            Path file = Path.of(config.url().substring("jdbc:sqlite:".length()));
            try {
                if (file.getParent() != null) Files.createDirectories(file.getParent());
            } catch (java.io.IOException e) {
                throw new StoreException("cannot create the folder of the case database " + file + ": " + e.getMessage(), e);
            }
            h.setMaximumPoolSize(1);
            h.addDataSourceProperty("foreign_keys", "true");
            h.addDataSourceProperty("journal_mode", "WAL");
            // a transaction takes the write lock when it begins, so two processes never both read and then both
            // try to write (which SQLite would refuse to one of them midway)
            h.addDataSourceProperty("transaction_mode", "IMMEDIATE");
            // in WAL mode NORMAL loses no committed transaction when the process is killed, only (rarely) the last
            // ones on a power cut; FULL would cost an fsync per screening call's trail record
            h.addDataSourceProperty("synchronous", "NORMAL");
            h.addDataSourceProperty("busy_timeout", "30000");
            h.addDataSourceProperty("cache_size", "-65536"); // 64 MiB of pages: the trail's indexes stay in memory
            h.setConnectionTimeout(120_000);
        } else {
            if (config.user() != null) h.setUsername(config.user());
            if (config.password() != null) h.setPassword(config.password());
            h.setMaximumPoolSize(8);
            h.setConnectionTimeout(30_000);
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(h);
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to the case database " + config.describe() + ": " + rootMessage(e), e);
        }
        try {
            if (!isCurrent(pool)) migrate(pool, config);
        } catch (RuntimeException e) {
            pool.close();
            throw new StoreException("cannot migrate the case database " + config.describe() + ": " + rootMessage(e), e);
        }
        return new Database(config, pool);
    }

    /**
     * Whether the schema is at {@link #SCHEMA_VERSION} already: then Flyway, which scans the class path and takes
     * half a second, is not started (a command-line run that writes one trail record would pay it every time).
     */
    private static boolean isCurrent(HikariDataSource pool) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success = "
                     + (pool.getJdbcUrl().startsWith("jdbc:sqlite:") ? "1" : "TRUE"))) {
            int newest = 0;
            while (r.next()) {
                String v = r.getString(1);
                if (v != null) newest = Math.max(newest, Integer.parseInt(v));
            }
            return newest == SCHEMA_VERSION;
        } catch (SQLException | NumberFormatException noHistoryYet) {
            return false;
        }
    }

    private static void migrate(HikariDataSource pool, StoreConfig config) {
        Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .placeholders(Map.of("autoId", config.isEmbedded()
                        ? "INTEGER PRIMARY KEY AUTOINCREMENT"
                        : "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"))
                .load()
                .migrate();
    }

    public StoreConfig config() {
        return config;
    }

    public boolean isEmbedded() {
        return config.isEmbedded();
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    @FunctionalInterface
    public interface VoidWork {
        void run(Connection c) throws SQLException;
    }

    /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(c, e);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("case database: " + e.getMessage(), e);
        }
    }

    /** {@link #inTransaction} for work that returns nothing. */
    public void write(VoidWork work) {
        inTransaction(c -> {
            work.run(c);
            return null;
        });
    }

    /** Reads in one transaction, so that what is read belongs to one state of the database. */
    public <T> T read(Work<T> work) {
        return inTransaction(work);
    }

    /**
     * Serialises appends to the trail across processes: PostgreSQL takes a transaction-scoped advisory lock; SQLite
     * needs nothing, as every transaction there already excludes every other writer.
     */
    public void lockTrail(Connection c) throws SQLException {
        if (isEmbedded()) return; // every transaction began IMMEDIATE: it is the only writer
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(" + TRAIL_LOCK + ")");
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
