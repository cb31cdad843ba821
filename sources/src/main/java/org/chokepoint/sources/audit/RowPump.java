package org.chokepoint.sources.audit;

import org.chokepoint.sources.tabular.TabularReader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Parses rows on a thread of its own and hands them over in batches, so that parsing and auditing use both
 * cores. Blank rows are dropped; the first non-blank row of every reader after the first (a further sheet's
 * header) is skipped. A reading error ends the stream and is rethrown by {@link #next()} after the rows before it.
 */
final class RowPump implements AutoCloseable {
    private static final int BATCH = 512;

    /** One row and where it was read. */
    record Row(long line, List<String> cells, TabularReader from) {
    }

    private record Batch(List<Row> rows, Exception error, boolean end) {
    }

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(32);
    private final Thread thread;
    private volatile boolean closed;
    private List<Row> current = List.of();
    private int pos;
    private boolean ended;
    private Exception error;

    RowPump(List<TabularReader> readers) {
        thread = new Thread(() -> pump(readers), "audit-reader");
        thread.setDaemon(true);
        thread.start();
    }

    private void pump(List<TabularReader> readers) {
        List<Row> batch = new ArrayList<>(BATCH);
        Exception error = null;
        try {
            for (int i = 0; i < readers.size() && !closed; i++) {
                TabularReader t = readers.get(i);
                boolean skipHeader = i > 0;
                List<String> row;
                while (!closed && (row = t.next()) != null) {
                    if (blank(row)) continue;
                    if (skipHeader) {
                        skipHeader = false;
                        continue;
                    }
                    batch.add(new Row(t.recordLine(), row, t));
                    if (batch.size() == BATCH) {
                        queue.put(new Batch(batch, null, false));
                        batch = new ArrayList<>(BATCH);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (IOException | RuntimeException e) {
            error = e;
        }
        try {
            queue.put(new Batch(batch, error, true));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean blank(List<String> row) {
        for (String c : row) if (c != null && !c.isBlank()) return false;
        return true;
    }

    /** The next row, or null at the end; after the last row read, rethrows the error that ended reading early. */
    Row next() throws IOException {
        while (pos == current.size()) {
            if (ended) {
                Exception e = error;
                error = null;
                if (e != null) throwError(e);
                return null;
            }
            Batch b;
            try {
                b = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading", e);
            }
            current = b.rows;
            pos = 0;
            if (b.end) {
                ended = true;
                error = b.error;
            }
        }
        return current.get(pos++);
    }

    private static void throwError(Exception e) throws IOException {
        if (e instanceof IOException io) throw io;
        throw (RuntimeException) e;
    }

    @Override
    public void close() {
        closed = true;
        queue.clear();
        thread.interrupt();
    }
}
