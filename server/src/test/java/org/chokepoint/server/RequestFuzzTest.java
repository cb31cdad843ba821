package org.chokepoint.server;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coverage-guided fuzzing (Jazzer) of the server's request parsing: JSON bodies, query parameters and API key
 * headers of the screen, yente match, decide, party and case endpoints, sent over HTTP to the real server (the
 * parsing lives in the handlers, behind Javalin's context, so there is no narrower way in). The server runs in
 * this JVM, so the fuzzer sees the coverage of the handlers.
 *
 * <p>An input is a request as text: the first line is the method and the path with its query, then header lines,
 * an empty line and the body. In headers {@code {screen}}, {@code {review}} and {@code {admin}} stand for the keys
 * of those roles:
 * <pre>
 * POST /v1/screen?threshold=0.9
 * X-API-Key: {screen}
 *
 * {"name": "Alpha Trading", "type": "organization"}
 * </pre>
 * The contract: every answer is a 2xx or a 4xx; never a 500 (an exception a handler did not turn into an error), and
 * no answer carries a stack trace or a Java class name. Paths outside the endpoints above are not sent (the list
 * update and the audit upload start background work). Seeds and every input that once failed are under
 * {@code RequestFuzzTestInputs/}.
 */
class RequestFuzzTest {
    private static final List<String> ENDPOINTS = List.of("/v1/screen", "/v1/decide", "/v1/parties", "/v1/cases", "/v1/changes",
            "/v1/entities/", "/v1/lists/diff", "/v1/trail", "/match/", "/search/", "/entities/");
    private static final Set<String> METHODS = Set.of("GET", "POST", "DELETE");
    /** Headers the JDK's client sets itself (and refuses). */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private static ServerFixture server;

    @BeforeAll
    static void start() throws IOException {
        server = ServerFixture.twoOrganisations("request-fuzz");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @FuzzTest(maxDuration = "30s")
    void requests(byte[] bytes) {
        // the fuzzer's network detector: this target connects to its own server, and only there
        BugDetectors.allowNetworkConnections((host, port) -> port == server.server.port()
                && (host.equals("127.0.0.1") || host.equals("localhost")));
        String text = new String(bytes, StandardCharsets.UTF_8);
        int eol = text.indexOf('\n');
        if (eol < 0) return;
        String[] start = text.substring(0, eol).strip().split(" ", 2);
        if (start.length != 2 || !METHODS.contains(start[0])) return;
        String target = start[1].strip();
        if (ENDPOINTS.stream().noneMatch(target::startsWith)) return;
        URI uri;
        try {
            uri = URI.create("http://127.0.0.1:" + server.server.port() + target);
        } catch (IllegalArgumentException notAUri) {
            return; // the client could not send it
        }
        int bodyAt = text.indexOf("\n\n", eol);
        String headers = bodyAt < 0 ? text.substring(eol + 1) : text.substring(Math.min(eol + 1, bodyAt), bodyAt);
        byte[] body = bodyAt < 0 ? new byte[0] : text.substring(bodyAt + 2).getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder b;
        try {
            b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .method(start[0], body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        } catch (IllegalArgumentException notSendable) {
            return;
        }
        for (String line : headers.split("\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) continue;
            String name = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip().replace("{screen}", server.screenKey)
                    .replace("{review}", server.reviewKey).replace("{admin}", server.adminKey);
            if (RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) continue;
            try {
                b.header(name, value);
            } catch (IllegalArgumentException notAHeader) {
                // a name or value the client will not send
            }
        }
        ServerFixture.Reply r = server.send(b.build());
        assertNotEquals(500, r.status(), () -> "500 for " + text + "\n→ " + r.body());
        assertTrue(r.status() < 500, () -> r.status() + " for " + text + "\n→ " + r.body());
        String answer = r.body();
        assertFalse(answer.contains("Exception") || answer.contains("\tat ") || answer.contains("java.")
                || answer.contains("com.fasterxml") || answer.contains("org.chokepoint"), () -> "internals in " + answer);
    }
}
