package org.chokepoint.server.review;

import io.javalin.http.Context;
import org.chokepoint.cases.users.Session;
import org.chokepoint.cases.users.Users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Cookies, CSRF tokens and response headers of the review pages. The session cookie is {@code HttpOnly} (no script
 * reads it), {@code SameSite=Strict} (no other site's page sends it) and {@code Secure} over TLS; every form also
 * carries the session's CSRF token, checked on every POST. The login form, before there is a session, checks a
 * random value sent both as a cookie and as a hidden field (double submit).
 */
final class ReviewSecurity {
    static final String SESSION_COOKIE = "cp_session";
    static final String LOGIN_COOKIE = "cp_login";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";

    private final Users users;

    ReviewSecurity(Users users) {
        this.users = users;
    }

    /** Headers of every review response: no inline script, no framing, no sniffing, no referrer, no caching. */
    static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cache-Control", "no-store");
    }

    Optional<Session> session(Context ctx) {
        return users.session(ctx.cookie(SESSION_COOKIE));
    }

    /** True when the form's {@code csrf} field is the expected token (compared in constant time). */
    static boolean csrfMatches(Context ctx, String expected) {
        String sent = ctx.formParam("csrf");
        if (sent == null || expected == null || expected.isEmpty()) return false;
        return MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    void startSession(Context ctx, Session s) {
        setCookie(ctx, SESSION_COOKIE, s.token(), "/review", (int) Users.SESSION_LIFETIME.toSeconds());
        setCookie(ctx, LOGIN_COOKIE, "", "/review/login", 0);
    }

    void endSession(Context ctx) {
        setCookie(ctx, SESSION_COOKIE, "", "/review", 0);
    }

    /** A fresh login-form token, set as a cookie; the form embeds the same value. */
    String newLoginToken(Context ctx) {
        String token = Users.randomToken();
        setCookie(ctx, LOGIN_COOKIE, token, "/review/login", 3600);
        return token;
    }

    static String loginCookie(Context ctx) {
        return ctx.cookie(LOGIN_COOKIE);
    }

    /** Written by hand rather than through the servlet API, so that every attribute is in plain sight. */
    private static void setCookie(Context ctx, String name, String value, String path, int maxAge) {
        StringBuilder c = new StringBuilder(name).append('=').append(value)
                .append("; Path=").append(path).append("; Max-Age=").append(maxAge)
                .append("; HttpOnly; SameSite=Strict");
        if (secure(ctx)) c.append("; Secure");
        ctx.res().addHeader("Set-Cookie", c.toString());
    }

    static boolean secure(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || ctx.req().isSecure();
    }
}
