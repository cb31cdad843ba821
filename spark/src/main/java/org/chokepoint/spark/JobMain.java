package org.chokepoint.spark;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How a job's {@code main} ends: the job's own status, 2 with a one-line message for bad usage or unreadable input
 * (the stack trace only with {@code CHOKEPOINT_DEBUG=1}), as the command line ends.
 */
final class JobMain {
    private static final int WARNINGS = 10;
    private static final AtomicInteger warned = new AtomicInteger();

    private JobMain() {
    }

    static void run(String job, String[] args, Callable<Integer> body) {
        int status;
        try {
            status = body.call();
        } catch (IllegalArgumentException | java.io.IOException | IllegalStateException e) {
            System.err.println("chokepoint " + job + ": " + e.getMessage());
            if ("1".equals(System.getenv("CHOKEPOINT_DEBUG"))) e.printStackTrace();
            status = 2;
        } catch (Exception e) {
            System.err.println("chokepoint " + job + ": failed: " + e);
            if ("1".equals(System.getenv("CHOKEPOINT_DEBUG"))) e.printStackTrace();
            status = 2;
        }
        System.exit(status);
    }

    /** Prints the first few row-level warnings of this JVM (an executor's log), not millions. */
    static void warnOnce(String message) {
        int n = warned.incrementAndGet();
        if (n <= WARNINGS) System.err.println("chokepoint: " + message);
        else if (n == WARNINGS + 1) System.err.println("chokepoint: further rows not screened are counted, not listed");
    }
}
