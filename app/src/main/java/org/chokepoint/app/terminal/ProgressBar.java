package org.chokepoint.app.terminal;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress bar on the terminal (standard error), redrawn at most ten times a second.
 * Silent when standard error is not a terminal, so logs and pipes stay clean. Thread-safe.
 */
public final class ProgressBar implements AutoCloseable {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final String label;
    private final long total;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private volatile long lastDraw;

    /** @param total expected units of work, or -1 when unknown (then a counter is shown) */
    public ProgressBar(String label, long total) {
        this(System.err, label, total, System.console() != null);
    }

    ProgressBar(PrintStream out, String label, long total, boolean enabled) {
        this.out = out;
        this.label = label;
        this.total = total;
        this.enabled = enabled;
    }

    public void step(long units) {
        long now = done.addAndGet(units);
        if (!enabled) return;
        long t = System.nanoTime();
        if (t - lastDraw > 100_000_000L) {
            lastDraw = t;
            draw(now, false);
        }
    }

    public void step() {
        step(1);
    }

    private synchronized void draw(long now, boolean last) {
        double secs = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
        String rate = String.format("%,.0f/s", now / secs);
        String line;
        if (total > 0) {
            double f = Math.min(1.0, (double) now / total);
            int filled = (int) Math.round(f * WIDTH);
            line = String.format("\r%s [%s%s] %3.0f%% %,d/%,d %s", label, "#".repeat(filled), "-".repeat(WIDTH - filled),
                    f * 100, now, total, rate);
        } else {
            line = String.format("\r%s %,d %s", label, now, rate);
        }
        out.print(line);
        if (last) out.println();
        out.flush();
    }

    @Override
    public void close() {
        if (enabled) draw(done.get(), true);
    }
}
