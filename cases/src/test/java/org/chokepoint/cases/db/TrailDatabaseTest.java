package org.chokepoint.cases.db;

import org.chokepoint.cases.trail.Trail;
import org.chokepoint.cases.trail.TrailEntry;
import org.chokepoint.cases.trail.TrailVerification;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrailDatabaseTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void chainHoldsAndAnEditIsFound(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.open(kind, dir)) {
            Trail trail = new Trail(db);
            for (int i = 1; i <= 5; i++) trail.append(new TrailEntry("user:ana", "case.comment", "case:1", "{\"n\":" + i + "}"));
            TrailVerification ok = trail.verify();
            assertTrue(ok.ok(), ok.problem());
            assertEquals(5, ok.headSeq());
            db.write(c -> Sql.update(c, "UPDATE trail SET payload = ? WHERE seq = 3", "{\"n\":33}"));
            TrailVerification bad = trail.verify();
            assertEquals(3, bad.brokenAt(), bad.problem());
        }
    }
}
