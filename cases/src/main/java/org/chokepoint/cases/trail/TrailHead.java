package org.chokepoint.cases.trail;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A head of the chain as a monitor keeps it ({@code 20:3f9a…}, as {@code trail verify} prints it). Verifying against a
 * kept head catches what the chain alone cannot: records removed from the end, and a rewrite of the whole chain from
 * some record on (every later hash recomputed).
 *
 * @param seq  the head record's place (from 1)
 * @param hash its hash, 64 lowercase hex digits
 */
public record TrailHead(long seq, String hash) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public TrailHead {
        Objects.requireNonNull(hash, "hash");
        if (seq < 1) throw new IllegalArgumentException("a kept head's seq starts at 1, not " + seq);
        if (!HEX.matcher(hash).matches()) throw new IllegalArgumentException("a kept head's hash is 64 hex digits, not '" + hash + "'");
    }

    /** Reads {@code SEQ:HASH}. */
    public static TrailHead parse(String text) {
        String t = text.strip();
        int colon = t.indexOf(':');
        if (colon < 0) throw new IllegalArgumentException("expected SEQ:HASH (as 'trail verify' prints it), not '" + text + "'");
        long seq;
        try {
            seq = Long.parseLong(t.substring(0, colon));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected SEQ:HASH with a number before the colon, not '" + text + "'");
        }
        return new TrailHead(seq, t.substring(colon + 1).toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return seq + ":" + hash;
    }
}
