package org.chokepoint.server;

import java.nio.file.Path;

/**
 * How the server listens and what it accepts.
 *
 * <pre>{@code
 * ServerConfig c = ServerConfig.defaults();          // 127.0.0.1:8080, no TLS, the limits below
 * ServerConfig test = c.withPort(0);                 // a free port (tests)
 * }</pre>
 *
 * @param host              interface to bind; 127.0.0.1 by default, so nothing is exposed by accident
 * @param port              TCP port, 0 for any free one
 * @param keystore          a PKCS#12 keystore to serve HTTPS from, or null for plain HTTP
 * @param keystorePassword  its password (from {@code CHOKEPOINT_KEYSTORE_PASSWORD}), or null
 * @param limits            what one request may ask for
 * @param watchMillis       how often the home's active pointer is checked, so that {@code lists activate} or
 *                          {@code lists update} in another process switches the served snapshot; 0 = never
 * @param updateSources     download addresses for {@code POST /v1/lists/update} (properties, as {@code lists update
 *                          --config}), or null for the official ones
 */
public record ServerConfig(String host, int port, Path keystore, String keystorePassword, Limits limits, long watchMillis,
                           Path updateSources) {
    /**
     * @param maxBodyBytes      largest JSON body
     * @param maxBatch          most records in one {@code /v1/screen} or {@code /v1/decide} batch
     * @param maxMatchQueries   most queries in one yente {@code /match} request
     * @param maxNameLength     longest name screened, in characters
     * @param maxUploadBytes    largest export uploaded to {@code /v1/audit}
     * @param maxConcurrentPerKey requests one key may have in flight at once
     * @param maxAuditJobs      audit jobs kept (running and finished) before the oldest finished ones are dropped
     */
    public record Limits(long maxBodyBytes, int maxBatch, int maxMatchQueries, int maxNameLength, long maxUploadBytes,
                         int maxConcurrentPerKey, int maxAuditJobs) {
        public static Limits defaults() {
            return new Limits(4L << 20, 1000, 100, 500, 64L << 20, 64, 100);
        }
    }

    public static ServerConfig defaults() {
        return new ServerConfig("127.0.0.1", 8080, null, null, Limits.defaults(), 5000, null);
    }

    public ServerConfig withPort(int port) {
        return new ServerConfig(host, port, keystore, keystorePassword, limits, watchMillis, updateSources);
    }

    public ServerConfig withHost(String host) {
        return new ServerConfig(host, port, keystore, keystorePassword, limits, watchMillis, updateSources);
    }

    public ServerConfig withLimits(Limits limits) {
        return new ServerConfig(host, port, keystore, keystorePassword, limits, watchMillis, updateSources);
    }

    public ServerConfig withTls(Path keystore, String password) {
        return new ServerConfig(host, port, keystore, password, limits, watchMillis, updateSources);
    }

    public ServerConfig withUpdateSources(Path properties) {
        return new ServerConfig(host, port, keystore, keystorePassword, limits, watchMillis, properties);
    }

    public ServerConfig withWatchMillis(long millis) {
        return new ServerConfig(host, port, keystore, keystorePassword, limits, millis, updateSources);
    }
}
