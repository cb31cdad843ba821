package org.chokepoint.cases.db;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Which database holds the cases: the embedded file under the home by default, a PostgreSQL server when a JDBC URL
 * is configured.
 *
 * <pre>{@code
 * StoreConfig.embedded(home)                                   // jdbc:sqlite:<home>/chokepoint.db
 * StoreConfig.of("jdbc:postgresql://db:5432/chokepoint", "cp", secret)
 * StoreConfig.resolve(home, System.getenv())                   // CHOKEPOINT_DB_URL, else <home>/database.properties, else embedded
 * }</pre>
 *
 * @param url      JDBC URL: {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://...}
 * @param user     PostgreSQL user (null for SQLite)
 * @param password PostgreSQL password (null for SQLite); never printed by {@link #toString()}
 */
public record StoreConfig(String url, String user, String password) {
    public static final String EMBEDDED_FILE = "chokepoint.db";
    public static final String PROPERTIES_FILE = "database.properties";

    public StoreConfig {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("database URL must start with jdbc:sqlite: or jdbc:postgresql:, not " + redact(url));
        }
    }

    public static StoreConfig embedded(Path home) {
        return new StoreConfig("jdbc:sqlite:" + home.toAbsolutePath().normalize().resolve(EMBEDDED_FILE), null, null);
    }

    public static StoreConfig of(String url, String user, String password) {
        return new StoreConfig(url, user, password);
    }

    /**
     * The database the environment names: {@code CHOKEPOINT_DB_URL} (with {@code CHOKEPOINT_DB_USER} and
     * {@code CHOKEPOINT_DB_PASSWORD}); else {@code url}, {@code user} and {@code password} in the home's
     * {@value #PROPERTIES_FILE}; else the embedded file.
     */
    public static StoreConfig resolve(Path home, Map<String, String> env) throws IOException {
        String url = env.get("CHOKEPOINT_DB_URL");
        if (url != null && !url.isBlank()) {
            return new StoreConfig(url.strip(), env.get("CHOKEPOINT_DB_USER"), env.get("CHOKEPOINT_DB_PASSWORD"));
        }
        Path props = home.resolve(PROPERTIES_FILE);
        if (Files.isRegularFile(props)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(props)) {
                p.load(r);
            }
            String u = p.getProperty("url");
            if (u == null || u.isBlank()) throw new IOException(props + ": no 'url' property");
            return new StoreConfig(u.strip(), p.getProperty("user"), p.getProperty("password"));
        }
        return embedded(home);
    }

    public boolean isEmbedded() {
        return url.startsWith("jdbc:sqlite:");
    }

    /** The URL without credentials a URL may carry in its query (safe to print). */
    public String describe() {
        return redact(url) + (user == null ? "" : " as " + user);
    }

    @Override
    public String toString() {
        return "StoreConfig[" + describe() + "]";
    }

    private static String redact(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q) + "?…";
    }
}
