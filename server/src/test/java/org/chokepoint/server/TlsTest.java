package org.chokepoint.server;

import org.chokepoint.sources.snapshot.SnapshotStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HTTPS from a PKCS#12 keystore made with the JDK's keytool, as docs/server.md shows. */
class TlsTest {
    @Test
    void servesHttpsFromAKeystoreAndNoPlainHttp(@TempDir Path home) throws Exception {
        new SnapshotStore(home).saveAndActivate(SmallSnapshots.of("2026-11-24T00:00:00Z", "1", "ALPHA TRADING"));
        Path p12 = home.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "chokepoint", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", p12.toString(), "-storepass", "test-secret", "-dname", "CN=127.0.0.1",
                "-ext", "SAN=ip:127.0.0.1").redirectErrorStream(true).start();
        assertEquals(0, keytool.waitFor(), new String(keytool.getInputStream().readAllBytes()));

        ServerFixture s = ServerFixture.over(home, ServerConfig.defaults().withTls(p12, "test-secret").withWatchMillis(0));
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(p12)) {
                trust.load(in, "test-secret".toCharArray());
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(null, tmf.getTrustManagers(), null);
            HttpClient client = HttpClient.newBuilder().sslContext(ssl).build();
            URI https = URI.create("https://127.0.0.1:" + s.server.port());
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(https.resolve("/v1/screen")).header("X-API-Key", s.screenKey)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Alpha Trading\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("\"sourceId\":\"1\""), r.body());
            HttpClient plain = HttpClient.newHttpClient();
            assertThrows(java.io.IOException.class, () -> plain.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.server.port() + "/healthz"))
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        } finally {
            s.close();
        }
    }
}
