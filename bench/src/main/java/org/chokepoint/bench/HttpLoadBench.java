package org.chokepoint.bench;

import org.chokepoint.app.terminal.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code bench http}: load on a running server over loopback, open loop, at fixed offered rates, then closed loop at
 * the maximum. Each of {@code --connections} keep-alive connections sends its share of a fixed schedule (request i
 * is due at {@code start + i / rate}); latency is measured from when a request was due, not from when it was sent,
 * so a server that falls behind is charged for the wait it causes (no coordinated omission). Prints, per rate, the
 * achieved throughput, errors and p50 / p90 / p99 / p99.9 / max.
 *
 * <pre>
 * java -jar bench/target/chokepoint-bench.jar http --url http://127.0.0.1:8080/v1/screen --key $KEY \
 *      --body '{"name": "Kim Jong Un"}' --rates 500,1000,2000,4000,max --duration 60
 * </pre>
 * Only loopback addresses are accepted: the benchmark never sends traffic off the machine.
 */
@Command(name = "http", mixinStandardHelpOptions = true,
        description = "Load a running Chokepoint server over loopback at fixed rates (open loop) and at the maximum.")
public final class HttpLoadBench implements Callable<Integer> {
    @Option(names = "--url", required = true, description = "endpoint, e.g. http://127.0.0.1:8080/v1/screen")
    URI url;

    @Option(names = "--key", required = true, description = "API key")
    String key;

    @Option(names = "--body", description = "JSON body to POST")
    String body;

    @Option(names = "--body-file", description = "file holding the JSON body")
    Path bodyFile;

    @Option(names = "--rates", split = ",", description = "offered rates in requests/s, and 'max' for closed loop (default ${DEFAULT-VALUE})")
    List<String> rates = List.of("500", "1000", "2000", "4000", "max");

    @Option(names = "--duration", description = "seconds per rate (default ${DEFAULT-VALUE})")
    int duration = 60;

    @Option(names = "--warmup", description = "seconds of warm-up at the first rate, not recorded (default ${DEFAULT-VALUE})")
    int warmup = 10;

    @Option(names = "--connections", description = "keep-alive connections (default ${DEFAULT-VALUE})")
    int connections = 32;

    @Override
    public Integer call() throws Exception {
        if (!url.getHost().equals("127.0.0.1") && !url.getHost().equals("localhost") && !url.getHost().equals("[::1]")) {
            throw new IllegalArgumentException("only loopback addresses are loaded: " + url.getHost());
        }
        byte[] payload = (bodyFile != null ? Files.readString(bodyFile) : body == null ? "" : body).getBytes(StandardCharsets.UTF_8);
        byte[] request = request(payload);
        System.out.printf(Locale.ROOT, "load on %s, %d connections, %d s per rate, body %d bytes%n", url, connections, duration, payload.length);
        run(request, rates.get(0).equals("max") ? -1 : Double.parseDouble(rates.get(0)), warmup, "warm-up");
        System.out.printf(Locale.ROOT, "%-8s %10s %8s %8s %8s %8s %8s %8s %8s%n", "offered", "achieved", "errors", "p50 ms", "p90 ms",
                "p99 ms", "p99.9 ms", "max ms", "requests");
        for (String r : rates) {
            double rate = r.equals("max") ? -1 : Double.parseDouble(r);
            Result res = run(request, rate, duration, "load " + r + "/s");
            System.out.printf(Locale.ROOT, "%-8s %10.0f %8d %8.2f %8.2f %8.2f %8.2f %8.2f %8d%n", r, res.throughput(), res.errors(),
                    res.percentile(0.50), res.percentile(0.90), res.percentile(0.99), res.percentile(0.999), res.percentile(1.0), res.latencies().length);
        }
        return 0;
    }

    private byte[] request(byte[] payload) {
        String path = url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        String head = (payload.length > 0 ? "POST " : "GET ") + path + " HTTP/1.1\r\nHost: " + url.getHost() + "\r\nX-API-Key: " + key
                + "\r\nContent-Type: application/json\r\nContent-Length: " + payload.length + "\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(h, h.length + payload.length);
        System.arraycopy(payload, 0, all, h.length, payload.length);
        return all;
    }

    record Result(long[] latencies, long errors, double seconds) {
        double throughput() {
            return latencies.length / seconds;
        }

        double percentile(double p) {
            if (latencies.length == 0) return Double.NaN;
            int i = (int) Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1);
            return latencies[Math.max(0, i)] / 1e6;
        }
    }

    /** One connection's share of the load: its latencies, in order of completion. */
    private static final class Connection {
        final long[] latencies;
        int count;

        Connection(int capacity) {
            latencies = new long[capacity];
        }
    }

    /** @param rate requests per second, or -1 for closed loop */
    private Result run(byte[] request, double rate, int seconds, String label) throws InterruptedException {
        long start = System.nanoTime() + 50_000_000L;
        long end = start + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        List<Connection> conns = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        int capacity = rate > 0 ? (int) (rate * seconds / connections) + 2 : 4_000_000 / connections;
        try (ProgressBar bar = new ProgressBar(label, seconds)) {
            for (int c = 0; c < connections; c++) {
                Connection conn = new Connection(capacity);
                conns.add(conn);
                int index = c;
                Thread t = new Thread(() -> load(request, rate, index, start, end, conn, errors), "load-" + c);
                t.setDaemon(true);
                threads.add(t);
                t.start();
            }
            long shown = 0;
            while (System.nanoTime() < end) {
                Thread.sleep(200);
                long s = Math.max(0, (System.nanoTime() - start) / 1_000_000_000L);
                if (s > shown) {
                    bar.step(s - shown);
                    shown = s;
                }
            }
            for (Thread t : threads) t.join(30_000);
        }
        long[] all = new long[conns.stream().mapToInt(c -> c.count).sum()];
        int at = 0;
        for (Connection c : conns) {
            System.arraycopy(c.latencies, 0, all, at, c.count);
            at += c.count;
        }
        Arrays.sort(all);
        return new Result(all, errors.get(), seconds);
    }

    /** One connection's share of the schedule (request {@code index + k * connections}), or as fast as it can. */
    private void load(byte[] request, double rate, int index, long start, long end, Connection conn, AtomicLong errors) {
        long k = 0;
        Socket socket = null;
        InputStream in = null;
        byte[] buf = new byte[1 << 16];
        while (true) {
            long due = rate > 0 ? start + (long) ((index + k * connections) * 1e9 / rate) : Math.max(start, System.nanoTime());
            if (due >= end || conn.count >= conn.latencies.length) break;
            long wait = due - System.nanoTime();
            if (wait > 0) LockSupport.parkNanos(wait);
            k++;
            try {
                if (socket == null) {
                    socket = new Socket(url.getHost(), url.getPort());
                    socket.setTcpNoDelay(true);
                    in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
                }
                OutputStream out = socket.getOutputStream();
                out.write(request);
                out.flush();
                int status = readResponse(in, buf);
                if (status != 200) errors.incrementAndGet();
                conn.latencies[conn.count++] = System.nanoTime() - due;
            } catch (IOException | RuntimeException e) {
                errors.incrementAndGet();
                closeQuietly(socket);
                socket = null;
            }
        }
        closeQuietly(socket);
    }

    /** Reads one HTTP/1.1 response (Content-Length or chunked) and returns its status. */
    private static int readResponse(InputStream in, byte[] buf) throws IOException {
        String status = line(in);
        if (status == null) throw new IOException("connection closed");
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        String h;
        while ((h = line(in)) != null && !h.isEmpty()) {
            String lower = h.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) length = Long.parseLong(h.substring(15).strip());
            if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) chunked = true;
        }
        if (chunked) {
            while (true) {
                long size = Long.parseLong(line(in).strip().split(";")[0], 16);
                skip(in, size, buf);
                line(in);
                if (size == 0) break;
            }
        } else if (length > 0) {
            skip(in, length, buf);
        }
        return code;
    }

    private static void skip(InputStream in, long n, byte[] buf) throws IOException {
        while (n > 0) {
            int r = in.read(buf, 0, (int) Math.min(buf.length, n));
            if (r < 0) throw new IOException("connection closed mid-body");
            n -= r;
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder(64);
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') return b.toString();
            if (c != '\r') b.append((char) c);
        }
        return b.length() == 0 ? null : b.toString();
    }

    private static void closeQuietly(Socket s) {
        try {
            if (s != null) s.close();
        } catch (IOException ignored) {
            // closing a broken connection
        }
    }
}
