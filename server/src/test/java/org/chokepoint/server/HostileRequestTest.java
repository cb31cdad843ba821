package org.chokepoint.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile request bodies against the real server over HTTP, in a JVM of {@code -Xmx256m -XX:+ExitOnOutOfMemoryError}
 * (a surefire execution of its own, so an out-of-memory error fails the build), with the default limits: 4 MiB a
 * JSON body, 1,000 records a batch, 64 MiB an audit upload. Every input is generated as it is sent; nothing large is
 * committed or held in memory by the test. Each must end in a 4xx with a JSON error naming the limit, and the server
 * must answer normally afterwards.
 */
class HostileRequestTest {
    private static final long MB = 1 << 20;
    private static ServerFixture server;

    @BeforeAll
    static void start() throws IOException {
        server = ServerFixture.twoOrganisations("hostile-requests");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** {@code head}, then {@code unit} until {@code total} bytes, then {@code tail}; generated as it is read. */
    private static InputStream repeated(String head, String unit, long total, String tail) {
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] u = unit.getBytes(StandardCharsets.UTF_8);
        byte[] t = tail.getBytes(StandardCharsets.UTF_8);
        long units = Math.max(0, (total - h.length - t.length) / u.length);
        return new InputStream() {
            long pos;
            final long size = h.length + units * u.length + t.length;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos >= size) return -1;
                int n = 0;
                while (n < len && pos < size) {
                    long p = pos;
                    if (p < h.length) b[off + n] = h[(int) p];
                    else if (p < h.length + units * u.length) b[off + n] = u[(int) ((p - h.length) % u.length)];
                    else b[off + n] = t[(int) (p - h.length - units * u.length)];
                    n++;
                    pos++;
                }
                return n;
            }
        };
    }

    /** A POST whose body is streamed without a length (chunked), as a client that does not say how much it sends. */
    private static ServerFixture.Reply stream(String path, String key, InputStream body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofMinutes(3))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).header("X-API-Key", key);
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return server.send(b.build());
    }

    private static void assertRefused(ServerFixture.Reply r, int status, String limitOrText) {
        assertEquals(status, r.status(), r.body());
        JsonNode err = r.json();
        String message = err.has("error") ? err.get("error").asText() : err.get("detail").asText(); // yente's routes say "detail"
        String said = err.has("limit") ? err.get("limit").asText() + " " + message : message;
        assertTrue(said.contains(limitOrText), said);
    }

    private static void assertStillServing() {
        ServerFixture.Reply ok = server.post("/v1/screen", server.screenKey, "{\"name\": \"Alpha Trading\"}");
        assertEquals(200, ok.status(), ok.body());
        assertEquals("1", ok.json().get("hits").get(0).get("sourceId").asText());
    }

    /**
     * A gigabyte sent without a length: the server stops reading one byte past the limit and answers 413. A client
     * that keeps writing may see the connection closed before it reads the answer (the server does not drain a
     * gigabyte to be polite); either way far less than the gigabyte was taken.
     */
    @Test
    void aBodyOfAGigabyteWithoutALengthIsCutAtTheLimit() {
        String[][] routes = {{"/v1/screen", "{\"name\": \"", "A", "\"}"}, {"/v1/decide", "{\"id\": \"", "A", "\"}"},
                {"/match/default", "{\"queries\": {\"a\": {\"schema\": \"Person\", \"properties\": {\"name\": [\"", "A", "\"]}}}}"},
                {"/v1/parties", "{\"parties\": [", "{\"id\":\"x\",\"name\":\"y\"},", "{}]}"}};
        for (String[] route : routes) {
            String key = route[0].equals("/v1/parties") ? server.reviewKey : server.screenKey;
            assertCutOff(route[0], key, repeated(route[1], route[2], 1L << 30, route[3]), "body");
        }
        assertStillServing();
    }

    /** A 413 naming the limit, or the connection closed while the client still wrote; a small part of the body read. */
    private static void assertCutOff(String path, String key, InputStream gigabyte, String limit, String... headers) {
        Counted body = new Counted(gigabyte);
        try {
            ServerFixture.Reply r = stream(path, key, body, headers);
            if (limit == null) assertEquals(413, r.status(), r.body());
            else assertRefused(r, 413, limit);
        } catch (java.io.UncheckedIOException closedWhileSending) {
            // the refusal was lost with the connection; what matters is that reading stopped
        }
        assertTrue(body.read < 256 * MB, path + ": " + body.read + " bytes taken of a gigabyte");
    }

    /** Counts what the client took from a body, so a test can tell the server stopped reading. */
    private static final class Counted extends java.io.FilterInputStream {
        volatile long read;

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) read += n;
            return n;
        }
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeReading() {
        HttpRequest r = HttpRequest.newBuilder(server.uri("/v1/screen")).header("X-API-Key", server.screenKey)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                        () -> repeated("", " ", 10 * MB, "")), 10 * MB)).build();
        assertRefused(server.send(r), 413, "body");
        assertStillServing();
    }

    @Test
    void deeplyNestedJsonIsRefusedWithTheDepthNamed() {
        assertRefused(stream("/v1/screen", server.screenKey, repeated("", "[", 3 * MB, "")), 400, "nest");
        assertRefused(stream("/v1/decide", server.screenKey, repeated("", "{\"a\":", 3 * MB, "")), 400, "nest");
        assertStillServing();
    }

    /** Bodies within the byte limit holding a million records each, several at once: refused, without the heap filling. */
    @Test
    void aMillionRecordsInOneBodyAreRefusedEvenManyAtOnce() {
        List<CompletableFuture<ServerFixture.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String[] route = switch (i % 4) {
                case 0 -> new String[]{"/v1/screen", "{\"queries\": [", "{},", "{}]}"};
                case 1 -> new String[]{"/v1/decide", "{\"transactions\": [", "{},", "{}]}"};
                case 2 -> new String[]{"/v1/parties", "{\"parties\": [", "{},", "{}]}"};
                default -> new String[]{"/match/default", "{\"queries\": {", "\"q\":{},", "\"z\":{}}}"};
            };
            String key = i % 4 == 2 ? server.reviewKey : server.screenKey;
            replies.add(CompletableFuture.supplyAsync(() -> stream(route[0], key, repeated(route[1], route[2], 4 * MB - 16, route[3]))));
        }
        for (CompletableFuture<ServerFixture.Reply> f : replies) assertRefused(f.join(), 413, "tokens");
        assertStillServing();
    }

    @Test
    void aCompressedBodyIsRefusedNotInflated() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bomb)) {
            gz.write("{\"name\": \"".getBytes(StandardCharsets.US_ASCII));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) 'A');
            for (int i = 0; i < 256; i++) gz.write(spaces);
            gz.write("\"}".getBytes(StandardCharsets.US_ASCII));
        }
        for (String path : List.of("/v1/screen", "/v1/audit?name=x.csv")) {
            ServerFixture.Reply r = stream(path, server.screenKey, new java.io.ByteArrayInputStream(bomb.toByteArray()), "Content-Encoding", "gzip");
            assertRefused(r, 415, "Content-Encoding");
        }
        assertStillServing();
    }

    @Test
    void aReviewFormOfAGigabyteIsCutAtTheLimit() {
        assertCutOff("/review/login", "none", repeated("csrf=abc&username=", "a", 1L << 30, "&password=x"), null,
                "Content-Type", "application/x-www-form-urlencoded", "Cookie", "cp_login=abc");
        assertStillServing();
    }

    @Test
    void anUploadOverItsLimitIsCutWhileStreaming() {
        assertCutOff("/v1/audit?name=x.csv", server.screenKey, repeated("name,country\n", "A,KP\n", 1L << 30, ""), "upload");
        assertStillServing();
    }
}
