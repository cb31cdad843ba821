package org.chokepoint.sources.testing;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files served over HTTP on 127.0.0.1 for the updater's tests: {@code files} maps a path ("/sdn.csv") to its bytes,
 * and may change while the server runs (a test serves a damaged copy next); an unknown path answers 404.
 */
public final class ServedFiles implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    public ServedFiles() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            byte[] body = files.get(ex.getRequestURI().getPath());
            ex.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            if (body != null) ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
    }

    /** The served files, by path; put one to serve it. */
    public Map<String, byte[]> files() {
        return files;
    }

    /** The address of {@code name} ("sdn.csv"). */
    public String url(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
