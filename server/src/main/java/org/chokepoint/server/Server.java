package org.chokepoint.server;

import io.javalin.Javalin;
import org.chokepoint.app.Chokepoint;
import org.chokepoint.cases.Cases;
import org.chokepoint.app.ServedSnapshot;
import org.chokepoint.server.api.AuditApi;
import org.chokepoint.server.api.CallTrail;
import org.chokepoint.server.api.CasesApi;
import org.chokepoint.server.api.AuditJobs;
import org.chokepoint.server.api.DecideApi;
import org.chokepoint.server.api.EntitiesApi;
import org.chokepoint.server.api.HealthApi;
import org.chokepoint.server.api.ListsApi;
import org.chokepoint.server.api.ScreenApi;
import org.chokepoint.server.api.TrailApi;
import org.chokepoint.server.auth.KeyStore;
import io.javalin.http.HttpResponseException;
import org.chokepoint.server.http.Api;
import org.chokepoint.server.http.ApiError;
import org.chokepoint.server.http.ErrorStyle;
import org.chokepoint.server.http.RequestGuard;
import org.chokepoint.server.metrics.Metrics;
import org.chokepoint.server.review.ReviewPages;
import org.chokepoint.server.yente.YenteApi;
import org.chokepoint.sources.snapshot.UpdateConfig;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The HTTP server: Chokepoint's API under {@code /v1}, the yente-compatible API beside it, probes and metrics, over
 * one engine. It listens at once and loads the snapshot in the background ({@code /readyz} says when it is ready),
 * then follows the home's active pointer, so that an activation by another process switches the served index.
 *
 * <pre>{@code
 * try (Cases cases = Cases.open(engine, StoreConfig.embedded(home), CasesOptions.defaults());
 *      Server s = Server.start(engine, cases, ServerConfig.defaults().withPort(0))) {
 *     int port = s.port();
 * }
 * }</pre>
 */
public final class Server implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Server.class);

    private final Javalin javalin;
    private final AuditJobs auditJobs;
    private final ScheduledExecutorService background;
    private final ExecutorService monitoring;

    private Server(Javalin javalin, AuditJobs auditJobs, ScheduledExecutorService background, ExecutorService monitoring) {
        this.javalin = javalin;
        this.auditJobs = auditJobs;
        this.background = background;
        this.monitoring = monitoring;
    }

    public static Server start(Chokepoint engine, Cases cases, ServerConfig config) {
        ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "snapshot-watch");
            t.setDaemon(true);
            return t;
        });
        // stored parties are re-screened when the served snapshot changes (by this server or another process), one
        // run at a time, off the request threads
        ExecutorService monitoring = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "monitor");
            t.setDaemon(true);
            return t;
        });
        Runnable catchUp = () -> {
            try {
                cases.monitor().catchUp("system", null).ifPresent(run -> LOG.info(
                        "parties re-screened on snapshot {}: {} of {} screened, {} alerts opened, {} closed in {} ms",
                        run.to().substring(0, 12), run.screened(), run.parties(), run.opened(), run.closed(), run.millis()));
            } catch (RuntimeException e) {
                LOG.warn("cannot re-screen the stored parties: {}", e.getMessage());
            }
        };
        engine.snapshot().onSwitch(s -> monitoring.execute(catchUp));
        // the snapshot and its index load while the HTTP server starts; /readyz says when they are ready
        background.execute(() -> {
            long t0 = System.nanoTime();
            ServedSnapshot s = engine.snapshot().current();
            LOG.info("serving snapshot {} ({} entries) after {} ms", s.snapshot().shortId(), s.snapshot().size(), (System.nanoTime() - t0) / 1_000_000);
            engine.countries(); // the country index, for the first request that names a country
            monitoring.execute(catchUp); // a list change made while no server ran
        });
        KeyStore keys = new KeyStore(engine.config().home());
        Metrics metrics = new Metrics();
        AuditJobs auditJobs = new AuditJobs(engine, config.limits().maxAuditJobs());
        auditJobs.cleanLeftovers();
        UpdateConfig updates;
        try {
            updates = config.updateSources() == null ? UpdateConfig.defaults() : UpdateConfig.load(config.updateSources());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the download addresses: " + e.getMessage(), e);
        }
        Javalin javalin = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            // what Javalin reads into memory (review forms); the audit upload streams its body to disk under its own limit
            c.http.maxRequestSize = config.limits().maxBodyBytes();
            c.router.ignoreTrailingSlashes = true;
            QueuedThreadPool threads = new QueuedThreadPool(200, 8, 60_000);
            threads.setName("http");
            c.jetty.threadPool = threads;
            c.jetty.modifyServer(server -> server.setStopTimeout(2_000));
            if (config.keystore() != null) c.jetty.addConnector((server, http) -> tls(server, http, config));
            else {
                c.jetty.host = config.host();
                c.jetty.port = config.port();
            }
            c.routes.before(RequestGuard.plainBodiesOnly(config.limits().maxBodyBytes()));
            c.routes.exception(ApiError.class, (e, ctx) -> Api.error(ctx, ErrorStyle.CHOKEPOINT, e.status(), e.getMessage(), e.limit()));
            Api api = new Api(c.routes, keys, metrics, config.limits());
            new HealthApi(engine, api).register();
            CallTrail calls = new CallTrail(cases.trailWriter());
            new ScreenApi(engine, api, calls).register();
            new DecideApi(engine, api, calls).register();
            new AuditApi(api, auditJobs).register();
            new ListsApi(engine, api, updates).register();
            new EntitiesApi(engine, api).register();
            new TrailApi(cases.trail(), api).register();
            new CasesApi(cases, api).register();
            new YenteApi(engine, api, calls).register();
            new ReviewPages(cases).register(c.routes);
            // an unknown route (not a 404 a handler answered with its own JSON body)
            c.routes.error(404, ctx -> {
                String type = ctx.res().getContentType();
                if (!"application/json".equals(type) && (type == null || !type.startsWith("text/html"))) { // a review page's own 404
                    Api.error(ctx, ErrorStyle.CHOKEPOINT, 404, "no such endpoint: " + ctx.method().name() + " " + ctx.path(), null);
                }
            });
            c.routes.error(405, ctx -> Api.error(ctx, ErrorStyle.CHOKEPOINT, 405, "method not allowed", null));
            c.routes.exception(HttpResponseException.class, (e, ctx) -> Api.error(ctx, ErrorStyle.CHOKEPOINT, e.getStatus(),
                    e.getStatus() == 413 ? "body larger than the limit of " + config.limits().maxBodyBytes() : "the request could not be read",
                    e.getStatus() == 413 ? "body" : null));
            c.routes.exception(Exception.class, (e, ctx) -> {
                LOG.warn("request refused before routing: {}", e.toString());
                Api.error(ctx, ErrorStyle.CHOKEPOINT, 400, "the request could not be read", null);
            });
        });
        metrics.gauge("chokepoint_ready", () -> engine.snapshot().isReady() ? 1.0 : 0.0);
        servedGauge(metrics, engine, "chokepoint_snapshot_age_seconds", s -> (double) Duration.between(s.snapshot().createdAt(), Instant.now()).toSeconds());
        servedGauge(metrics, engine, "chokepoint_index_entities", s -> (double) s.snapshot().size());
        servedGauge(metrics, engine, "chokepoint_index_names", s -> (double) s.screener().index().nameCount());
        servedGauge(metrics, engine, "chokepoint_snapshot_load_seconds", s -> s.readyMillis() / 1000.0);
        // each holds a worker's scratch (docs/benchmarks.md: about 5 MB on the bundled lists, 54 MB at a million entities)
        servedGauge(metrics, engine, "chokepoint_screening_workers", s -> (double) s.screener().workersMade());
        javalin.start();
        if (config.watchMillis() > 0) {
            background.scheduleWithFixedDelay(() -> {
                try {
                    String before = engine.snapshot().isReady() ? engine.snapshot().current().id() : null;
                    ServedSnapshot now = engine.snapshot().refresh();
                    if (before != null && !before.equals(now.id())) LOG.info("switched to snapshot {}", now.snapshot().shortId());
                } catch (IOException | RuntimeException e) {
                    LOG.warn("cannot follow the active snapshot: {}", e.getMessage());
                }
            }, config.watchMillis(), config.watchMillis(), TimeUnit.MILLISECONDS);
        }
        return new Server(javalin, auditJobs, background, monitoring);
    }

    /** A gauge of the served snapshot; absent from the scrape while it loads. */
    private static void servedGauge(Metrics metrics, Chokepoint engine, String name, Function<ServedSnapshot, Double> value) {
        metrics.gauge(name, () -> engine.snapshot().isReady() ? value.apply(engine.snapshot().current()) : null);
    }

    private static ServerConnector tls(org.eclipse.jetty.server.Server server, HttpConfiguration http, ServerConfig config) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(config.keystore().toAbsolutePath().toString());
        if (config.keystorePassword() != null) ssl.setKeyStorePassword(config.keystorePassword());
        HttpConfiguration https = new HttpConfiguration(http);
        https.addCustomizer(new SecureRequestCustomizer(false));
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(https));
        connector.setHost(config.host());
        connector.setPort(config.port());
        return connector;
    }

    public int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        background.shutdownNow();
        monitoring.shutdownNow();
        auditJobs.close();
        javalin.stop();
    }
}
