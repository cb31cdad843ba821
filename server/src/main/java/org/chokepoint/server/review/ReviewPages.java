package org.chokepoint.server.review;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.chokepoint.cases.Cases;
import org.chokepoint.cases.db.Clock;
import org.chokepoint.cases.review.ActionKind;
import org.chokepoint.cases.review.ActionRequest;
import org.chokepoint.cases.review.CaseDetail;
import org.chokepoint.cases.review.CaseFilter;
import org.chokepoint.cases.review.CaseState;
import org.chokepoint.cases.review.CaseSummary;
import org.chokepoint.cases.users.Session;
import org.chokepoint.cases.users.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;

/**
 * The review page under {@code /review}: server-rendered HTML for analysts who sign in with a username and
 * password ({@code chokepoint users create}). Every route but the login form needs a session; every POST needs the
 * session's CSRF token; every response carries {@link ReviewSecurity#headers}. Actions are recorded as
 * {@code user:<username>}.
 *
 * <pre>
 * GET  /review                      the queue (filters: source, minScore, age, assignee)
 * GET  /review/cases/{id}           one case, side by side, with the forms
 * POST /review/cases/{id}/actions   confirm, dismiss, escalate, comment, assign, approve, reject
 * GET  /review/cases/{id}/trail     the case's audit trail records
 * GET|POST /review/login, POST /review/logout
 * </pre>
 */
public final class ReviewPages {
    private static final Logger LOG = LoggerFactory.getLogger(ReviewPages.class);
    /** Actions whose form requires a reason (the form says {@code required}; this is the server's own check). */
    private static final Set<ActionKind> NEED_REASON = Set.of(ActionKind.CONFIRM, ActionKind.DISMISS, ActionKind.COMMENT);
    private static final Set<String> ACTING_ROLES = Set.of("review", "admin");

    private final Cases cases;
    private final Users users;
    private final ReviewSecurity security;
    private final LoginThrottle throttle;

    public ReviewPages(Cases cases) {
        this(cases, java.time.Clock.systemUTC());
    }

    ReviewPages(Cases cases, java.time.Clock clock) {
        this.cases = cases;
        this.users = cases.users();
        this.security = new ReviewSecurity(users);
        this.throttle = new LoginThrottle(clock);
    }

    /** A page handler that runs once the session is known (and, for a POST, its CSRF token checked). */
    @FunctionalInterface
    private interface SignedIn {
        void handle(Context ctx, Session session) throws Exception;
    }

    public void register(RoutesConfig routes) {
        routes.get("/review/login", open(this::loginForm));
        routes.post("/review/login", open(this::login));
        routes.post("/review/logout", signedIn(true, this::logout));
        routes.get("/review", signedIn(false, this::queue));
        routes.get("/review/cases/{id}", signedIn(false, this::showCase));
        routes.post("/review/cases/{id}/actions", signedIn(true, this::act));
        routes.get("/review/cases/{id}/trail", signedIn(false, this::trail));
        routes.get("/review/assets/review.css", open(ctx -> asset(ctx, "review.css", "text/css; charset=utf-8")));
        routes.get("/review/assets/review.js", open(ctx -> asset(ctx, "review.js", "text/javascript; charset=utf-8")));
    }

    // ---- sign in and out

    private void loginForm(Context ctx) {
        if (security.session(ctx).isPresent()) {
            ctx.redirect("/review", HttpStatus.SEE_OTHER);
            return;
        }
        ctx.html(LoginPage.render(security.newLoginToken(ctx), null, ""));
    }

    private void login(Context ctx) {
        String cookie = ReviewSecurity.loginCookie(ctx);
        if (!ReviewSecurity.csrfMatches(ctx, cookie)) {
            ctx.status(403).html(Layout.message("Form expired", null,
                    "The sign-in form was not sent from this site or has expired. Open it again.", "/review/login", "Sign in"));
            return;
        }
        String username = ctx.formParam("username");
        String password = ctx.formParam("password");
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            ctx.status(400).html(LoginPage.render(security.newLoginToken(ctx), "Enter your username and password.", username));
            return;
        }
        if (!throttle.allows(username, ctx.ip())) {
            ctx.status(429).html(LoginPage.render(security.newLoginToken(ctx),
                    "Too many failed sign-ins. Try again in " + LoginThrottle.WINDOW.toMinutes() + " minutes.", username));
            return;
        }
        char[] pw = password.toCharArray();
        var session = users.login(username, pw, ctx.ip());
        java.util.Arrays.fill(pw, '\0');
        if (session.isEmpty() || !ACTING_ROLES.contains(session.get().role())) {
            throttle.failed(username, ctx.ip());
            ctx.status(401).html(LoginPage.render(security.newLoginToken(ctx), "Wrong username or password.", username));
            return;
        }
        throttle.succeeded(username);
        security.startSession(ctx, session.get());
        ctx.redirect("/review", HttpStatus.SEE_OTHER);
    }

    private void logout(Context ctx, Session s) {
        users.logout(s.token());
        security.endSession(ctx);
        ctx.redirect("/review/login", HttpStatus.SEE_OTHER);
    }

    // ---- pages

    private void queue(Context ctx, Session s) {
        QueuePage.Filter f = new QueuePage.Filter(param(ctx, "source"), param(ctx, "minScore"), param(ctx, "age"), param(ctx, "assignee"));
        Double minScore = f.minScore().isEmpty() ? null : number(f.minScore(), "minimum score");
        String openedBefore = null;
        if (!f.ageDays().isEmpty()) {
            long days = (long) (double) number(f.ageDays(), "age in days");
            openedBefore = Clock.format(Instant.now().minus(Duration.ofDays(Math.max(0, days))));
        }
        String assignee = f.assignee().isEmpty() ? null : f.assignee().equals("unassigned") ? "" : f.assignee();
        CaseFilter filter = new CaseFilter(CaseState.OPEN, f.source().isEmpty() ? null : f.source(), minScore, openedBefore, assignee, 200, 0);
        List<CaseSummary> list = cases.cases().queue(filter);
        ctx.html(QueuePage.render(s, f, list, users.list()));
    }

    private void showCase(Context ctx, Session s) {
        long id = caseId(ctx);
        CaseDetail d = cases.cases().detail(id).orElseThrow(() -> new NoSuchElementException("no case " + id));
        ctx.html(CasePage.render(s, d, users.list()));
    }

    private void trail(Context ctx, Session s) {
        long id = caseId(ctx);
        ctx.html(TrailPage.render(s, id, cases.trail().ofSubject("case:" + id)));
    }

    private void act(Context ctx, Session s) {
        long id = caseId(ctx);
        ActionKind kind = ActionKind.parse(ctx.formParam("kind"))
                .orElseThrow(() -> new IllegalArgumentException("unknown action '" + ctx.formParam("kind") + "'"));
        String reason = ctx.formParam("reason");
        if (NEED_REASON.contains(kind) && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("A reason is required to " + kind.wire() + ".");
        }
        String assignee = ctx.formParam("assignee");
        ActionRequest request = new ActionRequest(kind, optionalLong(ctx.formParam("alertId"), "alert"), reason,
                assignee == null || assignee.isBlank() ? null : assignee.strip(), optionalLong(ctx.formParam("approves"), "action"));
        cases.cases().act(id, request, "user:" + s.username());
        ctx.redirect(kind.decides() ? "/review" : "/review/cases/" + id, HttpStatus.SEE_OTHER);
    }

    // ---- the wrapping every route gets, in plain sight

    private Handler open(Handler h) {
        return ctx -> {
            ReviewSecurity.headers(ctx);
            guarded(ctx, null, () -> h.handle(ctx));
        };
    }

    private Handler signedIn(boolean post, SignedIn h) {
        return ctx -> {
            ReviewSecurity.headers(ctx);
            Session s = security.session(ctx).orElse(null);
            if (s == null) {
                ctx.redirect("/review/login", HttpStatus.SEE_OTHER);
                return;
            }
            if (!ACTING_ROLES.contains(s.role())) {
                ctx.status(403).html(Layout.message("Not allowed", s, "Your role may not review cases.", "/review/login", "Sign in"));
                return;
            }
            if (post && !ReviewSecurity.csrfMatches(ctx, s.csrfToken())) {
                ctx.status(403).html(Layout.message("Form refused", s,
                        "This form did not carry this session's token (sent from another site, or from before you signed in again).",
                        "/review", "Back to the queue"));
                return;
            }
            guarded(ctx, s, () -> h.handle(ctx, s));
        };
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    /** Refusals become readable pages; anything unexpected is logged with an incident id, which alone is shown. */
    private static void guarded(Context ctx, Session s, Work w) {
        String back = ctx.path().startsWith("/review/cases/") ? "/review/cases/" + ctx.pathParamMap().getOrDefault("id", "") : "/review";
        try {
            w.run();
        } catch (NoSuchElementException e) {
            ctx.status(404).html(Layout.message("Not found", s, e.getMessage(), "/review", "Back to the queue"));
        } catch (IllegalArgumentException | IllegalStateException e) {
            ctx.status(400).html(Layout.message("Cannot do that", s, e.getMessage(), back, "Back"));
        } catch (HttpResponseException e) {
            // the form could not be read: larger than the body limit (413), or cut off
            ctx.status(e.getStatus()).html(Layout.message(e.getStatus() == 413 ? "Form too large" : "Form not read", s,
                    e.getStatus() == 413 ? "The form sent is larger than the server accepts." : "The form could not be read.", back, "Back"));
        } catch (Exception e) {
            String incident = UUID.randomUUID().toString();
            LOG.error("incident {} on {} {}", incident, ctx.method().name(), ctx.path(), e);
            ctx.status(500).html(Layout.message("Something went wrong", s, "Internal error (incident " + incident + ").", "/review", "Back to the queue"));
        }
    }

    private static void asset(Context ctx, String name, String type) {
        try (InputStream in = ReviewPages.class.getResourceAsStream("/review/" + name)) {
            if (in == null) throw new NoSuchElementException("no asset " + name);
            ctx.contentType(type).header("Cache-Control", "max-age=3600").result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long caseId(Context ctx) {
        String raw = ctx.pathParam("id");
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new NoSuchElementException("no case " + raw);
        }
    }

    private static String param(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null ? "" : v.strip();
    }

    private static Double number(String text, String what) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number for the " + what + ": " + text);
        }
    }

    private static Long optionalLong(String text, String what) {
        if (text == null || text.isBlank()) return null;
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an " + what + " number: " + text);
        }
    }
}
