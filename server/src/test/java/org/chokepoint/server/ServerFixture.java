package org.chokepoint.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chokepoint.app.Chokepoint;
import org.chokepoint.cases.Cases;
import org.chokepoint.cases.CasesOptions;
import org.chokepoint.cases.db.StoreConfig;
import org.chokepoint.app.Config;
import org.chokepoint.server.auth.KeyStore;
import org.chokepoint.server.auth.Role;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The real server over the bundled lists on a free port, shared by the tests of this module (started once per
 * test run, on the module's own home), with one key of each role, and a small HTTP client.
 */
public final class ServerFixture {
    public static final ObjectMapper JSON = new ObjectMapper();
    private static ServerFixture shared;

    public final Chokepoint engine;
    public final Cases cases;
    public final Server server;
    public final String screenKey;
    public final String reviewKey;
    public final String adminKey;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServerFixture(ServerConfig config) {
        this(Config.of(Path.of(System.getProperty("chokepoint.data")), Path.of(System.getProperty("chokepoint.home"))), config);
    }

    /**
     * A server of its own over the home given (tests that switch snapshots or tighten limits use a small home of
     * their own, so that the shared server is never disturbed). Close it with {@link #close()}.
     */
    public static ServerFixture over(Path home, ServerConfig config) {
        return new ServerFixture(Config.of(Path.of(System.getProperty("chokepoint.data")), home), config.withPort(0));
    }

    /**
     * A server of its own over a fresh home whose snapshot holds two SDN organisations, {@code 1} ALPHA TRADING and
     * {@code 2} BETA SHIPPING, with the default limits: starts in seconds (fuzzing and hostile-input tests).
     */
    public static ServerFixture twoOrganisations(String name) throws IOException {
        Path home = java.nio.file.Files.createTempDirectory(name);
        new org.chokepoint.sources.snapshot.SnapshotStore(home).saveAndActivate(
                SmallSnapshots.of("2026-11-24T00:00:00Z", "1", "ALPHA TRADING", "2", "BETA SHIPPING"));
        return over(home, ServerConfig.defaults().withWatchMillis(0));
    }

    /** As {@link #over}, but the server is started before the snapshot is loaded (readiness tests). */
    public static ServerFixture overUnloaded(Path home, ServerConfig config) {
        return new ServerFixture(Config.of(Path.of(System.getProperty("chokepoint.data")), home), config.withPort(0), false);
    }

    /**
     * An audit upload whose body has not all arrived: it holds one of the key's in-flight permits until
     * {@link #release} sends the rest. Deterministic, unlike racing slow requests.
     */
    public Socket holdPermit(String key) throws IOException {
        Socket s = new Socket("127.0.0.1", server.port());
        OutputStream out = s.getOutputStream();
        out.write(("POST /v1/audit?name=x.csv HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: " + key
                + "\r\nContent-Length: 5\r\n\r\na").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return s;
    }

    /** Whether a held upload was already answered (refused before it could hold a permit, or closed). */
    public static boolean answered(Socket held) throws IOException {
        held.setSoTimeout(1);
        try {
            held.getInputStream().read(); // a byte or the end of the stream: an answer came
            return true;
        } catch (java.net.SocketTimeoutException stillHeld) {
            return false;
        } finally {
            held.setSoTimeout(0);
        }
    }

    /** Sends the rest of a held upload; returns the status line of its response. */
    public static String release(Socket held) throws IOException {
        held.getOutputStream().write("bcd\n".getBytes(StandardCharsets.US_ASCII));
        held.getOutputStream().flush();
        return new BufferedReader(new InputStreamReader(held.getInputStream(), StandardCharsets.US_ASCII)).readLine();
    }

    public void close() {
        server.close();
        cases.close();
    }

    private ServerFixture(Config c, ServerConfig config) {
        this(c, config, true);
    }

    private ServerFixture(Config c, ServerConfig config, boolean loadFirst) {
        engine = Chokepoint.open(c, notice -> { });
        if (loadFirst) engine.snapshot().current(); // ready before the first test
        try {
            KeyStore keys = new KeyStore(c.home());
            screenKey = keys.create("test-screen", Role.SCREEN).key();
            reviewKey = keys.create("test-review", Role.REVIEW).key();
            adminKey = keys.create("test-admin", Role.ADMIN).key();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.cases = Cases.open(engine, StoreConfig.embedded(c.home()), CasesOptions.defaults());
        server = Server.start(engine, cases, config);
    }

    public static synchronized ServerFixture shared() {
        if (shared == null) shared = new ServerFixture(ServerConfig.defaults().withPort(0).withWatchMillis(0));
        return shared;
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    /** A response with its body parsed as JSON where it is JSON. */
    public record Reply(int status, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }
    }

    public Reply get(String path, String key) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET().timeout(Duration.ofSeconds(60));
        if (key != null) b.header("Authorization", "Bearer " + key);
        return send(b.build());
    }

    public Reply post(String path, String key, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(120));
        if (key != null) b.header("Authorization", "Bearer " + key);
        return send(b.build());
    }

    public Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
