package org.chokepoint.server.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failed sign-ins within {@link #WINDOW} for one username, or
 * {@value #MAX_FAILURES_PER_ADDRESS} from one address, further attempts are refused until the oldest failure leaves
 * the window, even with the right password. Counted in memory per server process: a restart forgets, which still
 * leaves a guesser a few attempts a quarter hour.
 *
 * <pre>
 * 5 wrong passwords for "ana" at 10:00 → at 10:01 even the right one is refused; at 10:15 she may try again
 * </pre>
 */
final class LoginThrottle {
    static final int MAX_FAILURES = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Most keys remembered; beyond it the oldest are forgotten, so a flood of names cannot exhaust memory. */
    private static final int MAX_KEYS = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether a sign-in for this user from this address may be tried now. */
    boolean allows(String username, String address) {
        return count(userKey(username)) < MAX_FAILURES && count(addressKey(address)) < MAX_FAILURES_PER_ADDRESS;
    }

    void failed(String username, String address) {
        if (failures.size() > MAX_KEYS) failures.clear();
        record(userKey(username));
        record(addressKey(address));
    }

    void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private int count(String key) {
        Deque<Instant> d = failures.get(key);
        if (d == null) return 0;
        synchronized (d) {
            Instant cutoff = clock.instant().minus(WINDOW);
            while (!d.isEmpty() && d.peekFirst().isBefore(cutoff)) d.pollFirst();
            return d.size();
        }
    }

    private void record(String key) {
        Deque<Instant> d = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (d) {
            d.addLast(clock.instant());
            while (d.size() > MAX_FAILURES_PER_ADDRESS) d.pollFirst();
        }
    }

    private static String userKey(String username) {
        return "u:" + username.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }
}
