package org.chokepoint.server.metrics;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Request counts and latency histograms per endpoint, errors, and gauges, in the Prometheus text format (0.0.4).
 * Written by hand: a histogram is a fixed array of counters, which costs a few adds per request and needs no
 * metrics library.
 *
 * <pre>
 * chokepoint_http_requests_total{method="POST",route="/v1/screen",status="200"} 1523
 * chokepoint_http_request_duration_seconds_bucket{method="POST",route="/v1/screen",le="0.001"} 1410
 * chokepoint_snapshot_age_seconds 86400
 * </pre>
 */
public final class Metrics {
    /** Upper bounds of the latency buckets, in seconds. */
    static final double[] BUCKETS = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Map<String, Supplier<Double>> gauges = new TreeMap<>();
    private final long started = System.currentTimeMillis();

    /**
     * The counters of one route, made when the route is declared, so that recording a request costs a few adds and
     * no string building or map lookup of its labels.
     */
    public static final class Route {
        private final String labels;
        private final LongAdder[] buckets = new LongAdder[BUCKETS.length + 1];
        private final LongAdder count = new LongAdder();
        private final LongAdder sumNanos = new LongAdder();
        private final LongAdder clientErrors = new LongAdder();
        private final LongAdder serverErrors = new LongAdder();
        private final Map<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();

        private Route(String labels) {
            this.labels = labels;
            for (int i = 0; i < buckets.length; i++) buckets[i] = new LongAdder();
        }

        /** Records one finished request. */
        public void record(int status, long nanos) {
            double s = nanos / 1e9;
            int i = 0;
            while (i < BUCKETS.length && s > BUCKETS[i]) i++;
            buckets[i].increment();
            count.increment();
            sumNanos.add(nanos);
            byStatus.computeIfAbsent(status, k -> new LongAdder()).increment();
            if (status >= 500) serverErrors.increment();
            else if (status >= 400) clientErrors.increment();
        }
    }

    /** The counters of a route, by its pattern ({@code /v1/audit/{job}}), never a raw path. */
    public Route route(String method, String route) {
        String labels = "method=\"" + method + "\",route=\"" + escape(route) + "\"";
        return routes.computeIfAbsent(labels, Route::new);
    }

    /** A value read when scraped (snapshot age, index size). */
    public synchronized void gauge(String name, Supplier<Double> value) {
        gauges.put(name, value);
    }

    public String render() {
        StringBuilder b = new StringBuilder(8192);
        Map<String, Route> sorted = new TreeMap<>(routes);
        b.append("# HELP chokepoint_http_requests_total HTTP requests by route and status.\n");
        b.append("# TYPE chokepoint_http_requests_total counter\n");
        sorted.forEach((l, r) -> new TreeMap<>(r.byStatus).forEach((status, c) ->
                b.append("chokepoint_http_requests_total{").append(l).append(",status=\"").append(status).append("\"} ").append(c.sum()).append('\n')));
        b.append("# HELP chokepoint_http_errors_total HTTP responses with status 4xx (client) or 5xx (server).\n");
        b.append("# TYPE chokepoint_http_errors_total counter\n");
        sorted.forEach((l, r) -> {
            if (r.clientErrors.sum() > 0) b.append("chokepoint_http_errors_total{").append(l).append(",kind=\"client\"} ").append(r.clientErrors.sum()).append('\n');
            if (r.serverErrors.sum() > 0) b.append("chokepoint_http_errors_total{").append(l).append(",kind=\"server\"} ").append(r.serverErrors.sum()).append('\n');
        });
        b.append("# HELP chokepoint_http_request_duration_seconds Time from request to response.\n");
        b.append("# TYPE chokepoint_http_request_duration_seconds histogram\n");
        sorted.forEach((l, r) -> {
            if (r.count.sum() == 0) return;
            long cumulative = 0;
            for (int i = 0; i < BUCKETS.length; i++) {
                cumulative += r.buckets[i].sum();
                b.append("chokepoint_http_request_duration_seconds_bucket{").append(l).append(",le=\"").append(num(BUCKETS[i]))
                        .append("\"} ").append(cumulative).append('\n');
            }
            cumulative += r.buckets[BUCKETS.length].sum();
            b.append("chokepoint_http_request_duration_seconds_bucket{").append(l).append(",le=\"+Inf\"} ").append(cumulative).append('\n');
            b.append("chokepoint_http_request_duration_seconds_sum{").append(l).append("} ").append(num(r.sumNanos.sum() / 1e9)).append('\n');
            b.append("chokepoint_http_request_duration_seconds_count{").append(l).append("} ").append(r.count.sum()).append('\n');
        });
        Map<String, Supplier<Double>> all = new TreeMap<>();
        synchronized (this) {
            all.putAll(gauges);
        }
        all.putAll(jvmGauges());
        all.forEach((name, v) -> {
            Double value = v.get();
            if (value == null) return;
            b.append("# TYPE ").append(name).append(" gauge\n").append(name).append(' ').append(num(value)).append('\n');
        });
        return b.toString();
    }

    private Map<String, Supplier<Double>> jvmGauges() {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        Map<String, Supplier<Double>> m = new TreeMap<>();
        m.put("chokepoint_uptime_seconds", () -> (System.currentTimeMillis() - started) / 1000.0);
        m.put("jvm_memory_heap_used_bytes", () -> (double) mem.getHeapMemoryUsage().getUsed());
        m.put("jvm_memory_heap_max_bytes", () -> (double) mem.getHeapMemoryUsage().getMax());
        m.put("jvm_threads_live", () -> (double) ManagementFactory.getThreadMXBean().getThreadCount());
        m.put("jvm_gc_collection_seconds_total", () -> ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(g -> Math.max(0, g.getCollectionTime())).sum() / 1000.0);
        return m;
    }

    private static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.valueOf((long) v);
        return String.format(Locale.ROOT, "%s", v);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
