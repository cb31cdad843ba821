package org.chokepoint.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.chokepoint.cases.db.Database;
import org.chokepoint.cases.db.Sql;
import org.chokepoint.cases.db.StoreConfig;
import org.chokepoint.cases.trail.TrailEntry;
import org.chokepoint.cases.trail.TrailRecord;
import org.chokepoint.model.Snapshot;
import org.chokepoint.sources.snapshot.SnapshotStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code GET /v1/trail} and {@code GET /v1/trail/verify}, each test on a server and trail of its own. */
class TrailApiTest {
    @TempDir
    Path home;

    private ServerFixture f;
    private final List<TrailRecord> appended = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        Snapshot small = SmallSnapshots.of("2026-11-20T00:00:00Z", "1", "ALPHA TRADING");
        new SnapshotStore(home).saveAndActivate(small);
        // parties already screened on the served snapshot: the server's start-up catch-up writes nothing, and the
        // trail holds exactly the five records below
        try (Database db = Database.open(StoreConfig.embedded(home))) {
            db.write(c -> Sql.update(c, "INSERT INTO settings (name, value) VALUES ('monitor.snapshot', ?)", small.id()));
        }
        f = ServerFixture.over(home, ServerConfig.defaults().withWatchMillis(0));
        for (int i = 1; i <= 5; i++) {
            appended.add(f.cases.trail().append(new TrailEntry("user:ana", "case.comment", "case:" + i, "{\"n\":" + i + "}")));
        }
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void onlyAnAdminKeyReadsTheTrail() {
        for (String path : List.of("/v1/trail", "/v1/trail/verify")) {
            assertEquals(401, f.get(path, null).status(), path);
            ServerFixture.Reply screen = f.get(path, f.screenKey);
            assertEquals(403, screen.status(), path);
            assertEquals("this endpoint needs a key with role 'admin'; this key has 'screen'", screen.json().get("error").asText());
            assertEquals(403, f.get(path, f.reviewKey).status(), path);
            assertEquals(200, f.get(path, f.adminKey).status(), path);
        }
    }

    @Test
    void recordsComeAsTheyAreStored() {
        JsonNode page = f.get("/v1/trail", f.adminKey).json();
        assertTrue(page.get("next").isNull());
        assertEquals(5, page.get("records").size());
        JsonNode third = page.get("records").get(2);
        TrailRecord r = appended.get(2);
        assertEquals(3, third.get("seq").asLong());
        assertEquals(r.at(), third.get("at").asText());
        assertEquals("user:ana", third.get("actor").asText());
        assertEquals("case.comment", third.get("kind").asText());
        assertEquals("case:3", third.get("subject").asText());
        assertEquals(3, third.get("payload").get("n").asInt(), "the payload is JSON, not a string");
        assertEquals(appended.get(1).hash(), third.get("prevHash").asText());
        assertEquals(r.hash(), third.get("hash").asText());
    }

    @Test
    void pagesFollowNextUntilNull() {
        JsonNode one = f.get("/v1/trail?limit=2", f.adminKey).json();
        assertEquals(List.of(1L, 2L), seqs(one));
        assertEquals(2, one.get("next").asLong());
        JsonNode two = f.get("/v1/trail?limit=2&after=2", f.adminKey).json();
        assertEquals(List.of(3L, 4L), seqs(two));
        assertEquals(4, two.get("next").asLong());
        JsonNode three = f.get("/v1/trail?limit=2&after=4", f.adminKey).json();
        assertEquals(List.of(5L), seqs(three));
        assertTrue(three.get("next").isNull());
        JsonNode exact = f.get("/v1/trail?limit=5", f.adminKey).json();
        assertEquals(5, exact.get("records").size());
        assertTrue(exact.get("next").isNull(), "a page that ends with the last record says so");
        assertEquals(List.of(), seqs(f.get("/v1/trail?after=5", f.adminKey).json()));
    }

    @Test
    void timeBoundsAreFromInclusiveToExclusive() {
        String first = appended.get(0).at();
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), seqs(f.get("/v1/trail?from=" + first, f.adminKey).json()));
        assertEquals(List.of(), seqs(f.get("/v1/trail?to=" + first, f.adminKey).json()));
        assertEquals(List.of(), seqs(f.get("/v1/trail?from=2099-01-01", f.adminKey).json()));
        assertEquals(List.of(4L, 5L), seqs(f.get("/v1/trail?from=2026-01-01&after=3", f.adminKey).json()));
    }

    @Test
    void badParametersAreNamed() {
        assertBad("/v1/trail?limit=0", "limit: must be between 1 and 10000, not 0");
        assertBad("/v1/trail?limit=10001", "limit: must be between 1 and 10000, not 10001");
        assertBad("/v1/trail?limit=ten", "limit: not a whole number: 'ten'");
        assertBad("/v1/trail?after=-1", "after: must be between 0 and " + Long.MAX_VALUE + ", not -1");
        assertBad("/v1/trail?from=yesterday", "from: not a timestamp (use 2026-12-01 or 2026-12-01T10:00:00Z): yesterday");
        assertBad("/v1/trail?to=2026-13-01", "to: not a timestamp (use 2026-12-01 or 2026-12-01T10:00:00Z): 2026-13-01");
        assertBad("/v1/trail/verify?expectHead=5", "expectHead: expected SEQ:HASH (as 'trail verify' prints it), not '5'");
    }

    private void assertBad(String path, String error) {
        ServerFixture.Reply r = f.get(path, f.adminKey);
        assertEquals(400, r.status(), path);
        assertEquals(error, r.json().get("error").asText());
        assertEquals(400, r.json().get("status").asInt());
    }

    @Test
    void verifyHoldsThenNamesADirectEdit() {
        JsonNode ok = f.get("/v1/trail/verify", f.adminKey).json();
        assertTrue(ok.get("ok").asBoolean());
        assertEquals(5, ok.get("records").asLong());
        assertEquals(5, ok.get("headSeq").asLong());
        assertEquals(appended.get(4).hash(), ok.get("headHash").asText());
        assertTrue(ok.get("brokenAt").isNull());
        assertTrue(ok.get("problem").isNull());
        String kept = "5:" + appended.get(4).hash();
        assertTrue(f.get("/v1/trail/verify?expectHead=" + kept, f.adminKey).json().get("ok").asBoolean());

        f.cases.database().write(c -> Sql.update(c, "UPDATE trail SET payload = ? WHERE seq = 2", "{\"n\":20}"));
        JsonNode broken = f.get("/v1/trail/verify", f.adminKey).json();
        assertFalse(broken.get("ok").asBoolean());
        assertEquals(5, broken.get("records").asLong());
        assertEquals(0, broken.get("headSeq").asLong());
        assertTrue(broken.get("headHash").isNull());
        assertEquals(2, broken.get("brokenAt").asLong());
        assertEquals("record 2 was altered (its hash does not match its contents)", broken.get("problem").asText());
    }

    @Test
    void verifyAgainstAKeptHeadNamesRecordsRemovedFromTheEnd() {
        String kept = "5:" + appended.get(4).hash();
        f.cases.database().write(c -> Sql.update(c, "DELETE FROM trail WHERE seq = 5"));
        assertTrue(f.get("/v1/trail/verify", f.adminKey).json().get("ok").asBoolean(), "1 … 4 hold by themselves");
        JsonNode v = f.get("/v1/trail/verify?expectHead=" + kept, f.adminKey).json();
        assertFalse(v.get("ok").asBoolean());
        assertEquals(5, v.get("brokenAt").asLong());
        assertEquals("record 5 was removed (the trail ends at 4, before the kept head 5)", v.get("problem").asText());
    }

    private static List<Long> seqs(JsonNode page) {
        List<Long> out = new ArrayList<>();
        page.get("records").forEach(r -> out.add(r.get("seq").asLong()));
        return out;
    }
}
