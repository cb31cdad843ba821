package org.chokepoint.cases.db;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Database.open skips Flyway when the schema is current: its constant must name the newest migration. */
class SchemaVersionTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theConstantIsTheNewestMigrationAndAReopenedStoreKeepsIt(TestDatabases.Kind kind) throws IOException, URISyntaxException {
        Pattern name = Pattern.compile("V(\\d+)__.*\\.sql");
        int newest = 0;
        try (Stream<Path> files = Files.list(Path.of(Database.class.getResource("/db/migration").toURI()))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = name.matcher(f.getFileName().toString());
                if (m.matches()) newest = Math.max(newest, Integer.parseInt(m.group(1)));
            }
        }
        assertEquals(newest, Database.SCHEMA_VERSION);
        StoreConfig config = TestDatabases.config(kind, dir);
        try (Database db = Database.open(config)) {
            db.write(c -> Sql.update(c, "INSERT INTO settings (name, value) VALUES ('x', 'kept')"));
        }
        try (Database again = Database.open(config)) { // the fast path: no migration, the data as it was
            assertEquals("kept", again.read(c -> Sql.one(c, "SELECT value FROM settings WHERE name = 'x'", r -> r.getString(1))).orElseThrow());
            assertEquals(1L, (long) again.read(c -> Sql.longValue(c, "SELECT COUNT(*) FROM flyway_schema_history WHERE version IS NOT NULL")));
        }
    }
}
