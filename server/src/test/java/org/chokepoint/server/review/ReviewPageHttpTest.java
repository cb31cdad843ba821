package org.chokepoint.server.review;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The review page's security at the HTTP level, against the real server: sign-in, cookies, CSRF, headers. */
class ReviewPageHttpTest {
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @TempDir
    static Path home;
    static ReviewWorld world;
    static String user;

    @BeforeAll
    static void start() {
        world = ReviewWorld.start(home);
        user = world.user("ana", "review");
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    /** One browser-like client: remembers cookies by name (every review cookie is for this host), follows no redirect. */
    static final class Client {
        final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
        final Map<String, String> cookies = new LinkedHashMap<>();

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(world.base() + path)).GET());
        }

        HttpResponse<String> post(String path, Map<String, String> form) {
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(world.base() + path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        HttpResponse<String> send(HttpRequest.Builder b) {
            if (!cookies.isEmpty()) b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
            try {
                HttpResponse<String> r = http.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                for (String c : r.headers().allValues("Set-Cookie")) {
                    String pair = c.split(";", 2)[0];
                    int eq = pair.indexOf('=');
                    String name = pair.substring(0, eq).strip();
                    String value = pair.substring(eq + 1).strip();
                    if (value.isEmpty() || c.contains("Max-Age=0")) cookies.remove(name);
                    else cookies.put(name, value);
                }
                return r;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Opens the login form and signs in; returns the response to the POST. */
        HttpResponse<String> login(String name, String password) {
            String csrf = csrf(get("/review/login").body());
            return post("/review/login", Map.of("csrf", csrf, "username", name, "password", password));
        }
    }

    static String csrf(String html) {
        Matcher m = CSRF_FIELD.matcher(html);
        assertTrue(m.find(), "a csrf field in: " + html);
        return m.group(1);
    }

    static String setCookie(HttpResponse<String> r, String name) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst().orElse(null);
    }

    @Test
    void everyPageButTheLoginFormRedirectsToIt() {
        Client c = new Client();
        for (String path : List.of("/review", "/review/cases/1", "/review/cases/1/trail", "/review?source=ofac-sdn")) {
            HttpResponse<String> r = c.get(path);
            assertEquals(303, r.statusCode(), path);
            assertEquals("/review/login", r.headers().firstValue("Location").orElse(""), path);
        }
        HttpResponse<String> post = c.post("/review/cases/1/actions", Map.of("kind", "dismiss", "reason", "x"));
        assertEquals(303, post.statusCode());
        assertEquals("/review/login", post.headers().firstValue("Location").orElse(""));
        assertEquals(200, c.get("/review/login").statusCode());
    }

    @Test
    void securityHeadersOnEveryReviewResponse() {
        Client c = new Client();
        for (HttpResponse<String> r : List.of(c.get("/review/login"), c.get("/review"), c.post("/review/login", Map.of()))) {
            assertEquals("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
                    r.headers().firstValue("Content-Security-Policy").orElse(""), r.uri().toString());
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""));
        }
        HttpResponse<String> js = c.get("/review/assets/review.js");
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(js.body().contains("ArrowDown"));
        assertFalse(c.get("/review/login").body().contains("<script>"), "no inline script (the policy would block it)");
    }

    @Test
    void fiveWrongPasswordsLockTheUserOutEvenWithTheRightOne() {
        String guessed = world.user("ben", "review");
        Client c = new Client();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) assertEquals(401, c.login(guessed, "guess-" + i).statusCode());
        HttpResponse<String> locked = c.login(guessed, ReviewWorld.PASSWORD);
        assertEquals(429, locked.statusCode());
        assertTrue(locked.body().contains("Too many failed sign-ins. Try again in 15 minutes."), locked.body());
        assertFalse(c.cookies.containsKey(ReviewSecurity.SESSION_COOKIE));
        assertEquals(303, new Client().login(user, ReviewWorld.PASSWORD).statusCode(), "another user is not locked out");
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIsRefusedAndStartsNoSession() {
        Client c = new Client();
        HttpResponse<String> wrong = c.login(user, "not-the-password-at-all");
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.body().contains("Wrong username or password."), wrong.body());
        assertEquals(null, setCookie(wrong, ReviewSecurity.SESSION_COOKIE));
        assertFalse(c.cookies.containsKey(ReviewSecurity.SESSION_COOKIE));
        HttpResponse<String> unknown = c.login("nobody-" + System.nanoTime(), ReviewWorld.PASSWORD);
        assertEquals(401, unknown.statusCode());
        assertEquals(303, c.get("/review").statusCode());
        assertTrue(world.server.cases.trail().ofSubject("user:" + user).stream().anyMatch(r -> r.kind().equals("user.login-failed")
                && !r.payload().contains("not-the-password")), "the failure is in the trail, the password is not");
    }

    @Test
    void theLoginFormNeedsItsOwnCsrfToken() {
        Client c = new Client();
        c.get("/review/login");
        HttpResponse<String> without = c.post("/review/login", Map.of("username", user, "password", ReviewWorld.PASSWORD));
        assertEquals(403, without.statusCode());
        HttpResponse<String> forged = c.post("/review/login", Map.of("csrf", "forged", "username", user, "password", ReviewWorld.PASSWORD));
        assertEquals(403, forged.statusCode());
        Client noCookie = new Client();
        String csrf = csrf(new Client().get("/review/login").body()); // a token from another client's form
        assertEquals(403, noCookie.post("/review/login", Map.of("csrf", csrf, "username", user, "password", ReviewWorld.PASSWORD)).statusCode());
        assertFalse(noCookie.cookies.containsKey(ReviewSecurity.SESSION_COOKIE));
    }

    @Test
    void theSessionCookieIsHttpOnlyStrictAndScopedToReview() {
        Client c = new Client();
        String loginCookie = setCookie(c.get("/review/login"), ReviewSecurity.LOGIN_COOKIE);
        assertNotNull(loginCookie);
        assertTrue(loginCookie.contains("HttpOnly") && loginCookie.contains("SameSite=Strict"), loginCookie);
        HttpResponse<String> ok = c.login(user, ReviewWorld.PASSWORD);
        assertEquals(303, ok.statusCode(), ok.body());
        assertEquals("/review", ok.headers().firstValue("Location").orElse(""));
        String cookie = setCookie(ok, ReviewSecurity.SESSION_COOKIE);
        assertNotNull(cookie, ok.headers().toString());
        List<String> attributes = List.of(cookie.split(";\\s*"));
        assertTrue(attributes.contains("HttpOnly"), cookie);
        assertTrue(attributes.contains("SameSite=Strict"), cookie);
        assertTrue(attributes.contains("Path=/review"), cookie);
        assertFalse(attributes.contains("Secure"), "plain HTTP: no Secure attribute (the browser would drop the cookie)");
        String token = cookie.split(";", 2)[0].substring(ReviewSecurity.SESSION_COOKIE.length() + 1);
        assertTrue(token.length() >= 43, "32 random bytes");
        assertTrue(world.server.cases.users().session(token).isPresent());
        HttpResponse<String> again = c.get("/review/login");
        assertEquals(303, again.statusCode(), "a signed-in user goes to the queue");
    }

    @Test
    void aPostWithoutTheSessionsCsrfTokenIsRefused() {
        Client c = new Client();
        assertEquals(303, c.login(user, ReviewWorld.PASSWORD).statusCode());
        long caseId = world.openCase("Csrf Target", "CSRF TARGET", 0.91);
        HttpResponse<String> none = c.post("/review/cases/" + caseId + "/actions", Map.of("kind", "dismiss", "reason", "forged"));
        assertEquals(403, none.statusCode());
        HttpResponse<String> wrong = c.post("/review/cases/" + caseId + "/actions", Map.of("kind", "dismiss", "reason", "forged", "csrf", "nope"));
        assertEquals(403, wrong.statusCode());
        assertEquals(403, c.post("/review/logout", Map.of()).statusCode());
        long actions = world.db().read(conn -> org.chokepoint.cases.db.Sql.longValue(conn, "SELECT COUNT(*) FROM case_actions WHERE case_id = ?", caseId));
        assertEquals(0L, actions, "nothing was done");
        String state = world.db().read(conn -> org.chokepoint.cases.db.Sql.one(conn, "SELECT state FROM alerts WHERE case_id = ?", r -> r.getString(1), caseId)).orElseThrow();
        assertEquals("OPEN", state);
    }

    @Test
    void aDismissWithoutAReasonIsRefusedByTheServerToo() {
        Client c = new Client();
        assertEquals(303, c.login(user, ReviewWorld.PASSWORD).statusCode());
        String csrf = world.server.cases.users().session(c.cookies.get(ReviewSecurity.SESSION_COOKIE)).orElseThrow().csrfToken();
        long caseId = world.openCase("No Reason Given", "NO REASON", 0.9);
        HttpResponse<String> r = c.post("/review/cases/" + caseId + "/actions",
                Map.of("csrf", csrf, "kind", "dismiss", "alertId", String.valueOf(world.alertOf(caseId)), "reason", "   "));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("A reason is required to dismiss."), r.body());
    }

    @Test
    void logoutEndsTheSession() {
        Client c = new Client();
        assertEquals(303, c.login(user, ReviewWorld.PASSWORD).statusCode());
        String token = c.cookies.get(ReviewSecurity.SESSION_COOKIE);
        String csrf = world.server.cases.users().session(token).orElseThrow().csrfToken();
        HttpResponse<String> out = c.post("/review/logout", Map.of("csrf", csrf));
        assertEquals(303, out.statusCode());
        assertEquals("/review/login", out.headers().firstValue("Location").orElse(""));
        assertTrue(setCookie(out, ReviewSecurity.SESSION_COOKIE).contains("Max-Age=0"));
        assertTrue(world.server.cases.users().session(token).isEmpty());
        c.cookies.put(ReviewSecurity.SESSION_COOKIE, token); // a copy of the old cookie no longer works
        assertEquals(303, c.get("/review").statusCode());
    }
}
