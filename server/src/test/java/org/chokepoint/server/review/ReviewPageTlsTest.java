package org.chokepoint.server.review;

import org.chokepoint.model.Entity;
import org.chokepoint.model.FindingsSummary;
import org.chokepoint.model.Name;
import org.chokepoint.model.Schema;
import org.chokepoint.model.Snapshot;
import org.chokepoint.server.ServerConfig;
import org.chokepoint.server.ServerFixture;
import org.chokepoint.sources.snapshot.SnapshotStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Over HTTPS the review cookies also carry {@code Secure}, so a browser never sends them in clear. */
class ReviewPageTlsTest {
    @Test
    void cookiesAreSecureOverTls(@TempDir Path home) throws Exception {
        Entity e = Entity.builder("ofac-sdn", "1", Schema.ORGANIZATION).name(Name.primary("ALPHA TRADING")).build();
        new SnapshotStore(home).saveAndActivate(Snapshot.of(Instant.parse("2026-11-24T00:00:00Z"), List.of(),
                new FindingsSummary(List.of(), List.of()), List.of(e)));
        Path p12 = home.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "chokepoint", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", p12.toString(), "-storepass", "test-secret", "-dname", "CN=127.0.0.1",
                "-ext", "SAN=ip:127.0.0.1").redirectErrorStream(true).start();
        assertEquals(0, keytool.waitFor(), new String(keytool.getInputStream().readAllBytes()));
        ServerFixture s = ServerFixture.over(home, ServerConfig.defaults().withTls(p12, "test-secret").withWatchMillis(0));
        try {
            s.cases.users().create("ana", ReviewWorld.PASSWORD.toCharArray(), "review", "test");
            KeyStore trust = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(p12)) {
                trust.load(in, "test-secret".toCharArray());
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(null, tmf.getTrustManagers(), null);
            HttpClient client = HttpClient.newBuilder().sslContext(ssl).followRedirects(HttpClient.Redirect.NEVER).build();
            URI base = URI.create("https://127.0.0.1:" + s.server.port());

            HttpResponse<String> form = client.send(HttpRequest.newBuilder(base.resolve("/review/login")).build(), HttpResponse.BodyHandlers.ofString());
            String loginCookie = form.headers().firstValue("Set-Cookie").orElseThrow();
            assertTrue(loginCookie.endsWith("; Secure"), loginCookie);
            Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(form.body());
            assertTrue(m.find());
            String body = "csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8) + "&username=ana&password="
                    + URLEncoder.encode(ReviewWorld.PASSWORD, StandardCharsets.UTF_8);
            HttpResponse<String> in = client.send(HttpRequest.newBuilder(base.resolve("/review/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", loginCookie.split(";", 2)[0])
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(303, in.statusCode(), in.body());
            String session = in.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("cp_session=")).findFirst().orElseThrow();
            assertTrue(List.of(session.split(";\\s*")).containsAll(List.of("HttpOnly", "SameSite=Strict", "Path=/review", "Secure")), session);
        } finally {
            s.close();
        }
    }
}
