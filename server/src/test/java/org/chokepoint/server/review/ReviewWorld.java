package org.chokepoint.server.review;

import org.chokepoint.cases.db.Clock;
import org.chokepoint.cases.db.Database;
import org.chokepoint.cases.db.Sql;
import org.chokepoint.model.Entity;
import org.chokepoint.model.FindingsSummary;
import org.chokepoint.model.Name;
import org.chokepoint.model.Schema;
import org.chokepoint.model.Snapshot;
import org.chokepoint.server.ServerConfig;
import org.chokepoint.server.ServerFixture;
import org.chokepoint.sources.snapshot.SnapshotStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A server of its own over a small home for the review page's tests (so the queue holds only what a test put
 * there), its users, and cases inserted directly with SQL as the monitor would have opened them.
 */
final class ReviewWorld implements AutoCloseable {
    static final String PASSWORD = "review-page-test-password";

    final ServerFixture server;

    private ReviewWorld(ServerFixture server) {
        this.server = server;
    }

    static ReviewWorld start(Path home) {
        try {
            Entity e = Entity.builder("ofac-sdn", "1", Schema.ORGANIZATION).name(Name.primary("ALPHA TRADING")).build();
            new SnapshotStore(home).saveAndActivate(Snapshot.of(Instant.parse("2026-11-24T00:00:00Z"), List.of(),
                    new FindingsSummary(List.of(), List.of()), List.of(e)));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return new ReviewWorld(ServerFixture.over(home, ServerConfig.defaults().withWatchMillis(0)));
    }

    Database db() {
        return server.cases.database();
    }

    String base() {
        return "http://127.0.0.1:" + server.server.port();
    }

    /** A new user with {@link #PASSWORD}; returns the username. */
    String user(String name, String role) {
        server.cases.users().create(name, PASSWORD.toCharArray(), role, "test");
        return name;
    }

    /** An open case of one new party with one open alert on an SDN-like entry; returns the case id. */
    long openCase(String partyName, String entryName, double score) {
        String partyId = "P-" + UUID.randomUUID().toString().substring(0, 8);
        String now = Clock.now();
        String opened = Clock.format(Instant.now().minus(Duration.ofDays(3)));
        String entityKey = "ofac-sdn:" + Math.abs(partyId.hashCode());
        String words = partyName.toLowerCase(java.util.Locale.ROOT);
        String firstWord = words.replaceAll("[^\\p{L}\\p{N} ]", " ").strip().split("\\s+")[0];
        String explanation = "{\"summary\":\"name matches (" + score + "); birth year agrees\","
                + "\"tokens\":[{\"queryToken\":" + json(firstWord) + ",\"listToken\":" + json(firstWord)
                + ",\"method\":\"exact\",\"similarity\":1.0}],"
                + "\"evidence\":[{\"fact\":\"birth year 1961 on both\",\"effect\":\"supports\",\"note\":null}]}";
        String entity = "{\"key\":" + json(entityKey) + ",\"source\":\"ofac-sdn\",\"sourceId\":\"" + entityKey.substring(9) + "\","
                + "\"schema\":\"PERSON\",\"names\":[{\"value\":" + json(entryName) + ",\"kind\":\"PRIMARY\"},"
                + "{\"value\":" + json(firstWord + " alias") + ",\"kind\":\"ALIAS\"}],"
                + "\"birthDates\":[{\"raw\":\"1961-03-04\"}],\"nationalities\":[\"KP\"],\"programs\":[\"DPRK3\"],"
                + "\"identifiers\":[{\"type\":\"Passport\",\"value\":\"PD1234567\",\"country\":\"KP\"}],"
                + "\"addresses\":[{\"full\":\"Pyongyang, North Korea\"}],"
                + "\"links\":[{\"type\":\"OWNED_BY\",\"targetName\":\"Korea Mining Development\"}]}";
        return db().inTransaction(c -> {
            Sql.update(c, "INSERT INTO parties (party_id, version, deleted_at, updated_at) VALUES (?, 1, NULL, ?)", partyId, now);
            Sql.update(c, "INSERT INTO party_versions (party_id, version, name, schema, country, birth_date, identifiers, attributes,"
                    + " content_hash, created_at) VALUES (?, 1, ?, 'Person', 'KP', '1961-03-04', ?, '{}', ?, ?)",
                    partyId, partyName, "[\"passport:PD1234567\"]", "hash-" + partyId, now);
            long caseId = Sql.insertReturningId(c, "INSERT INTO cases (party_id, state, escalated, assignee, opened_at, updated_at)"
                    + " VALUES (?, 'OPEN', 0, NULL, ?, ?) RETURNING case_id", partyId, opened, now);
            Sql.update(c, "INSERT INTO alerts (case_id, party_id, party_version, party_hash, entity_key, entity_hash, entity_json,"
                    + " source, snapshot_id, score, matched_name, explanation, state, note, created_at, resolved_at)"
                    + " VALUES (?, ?, 1, ?, ?, ?, ?, 'ofac-sdn', ?, ?, ?, ?, 'OPEN', NULL, ?, NULL)",
                    caseId, partyId, "hash-" + partyId, entityKey, "ehash-" + entityKey, entity, "46b7c0ffee", score, entryName,
                    explanation, opened);
            return caseId;
        });
    }

    long alertOf(long caseId) {
        return db().read(c -> Sql.longValue(c, "SELECT alert_id FROM alerts WHERE case_id = ?", caseId));
    }

    static String json(String s) {
        return org.chokepoint.server.ServerFixture.JSON.getNodeFactory().textNode(s).toString();
    }

    @Override
    public void close() {
        server.close();
    }
}
