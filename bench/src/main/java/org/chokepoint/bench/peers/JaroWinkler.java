package org.chokepoint.bench.peers;

/**
 * The Jaro-Winkler similarity as published by Winkler (1990): the Jaro similarity of two strings, raised for a
 * common prefix of up to four characters by a scale of 0.1. "martha" and "marhta" share six letters with one
 * transposition, Jaro 0.944, and a three-letter prefix lifts it to 0.961. Allocation-free after the first call
 * on a thread; one instance per thread.
 */
public final class JaroWinkler {
    private static final double PREFIX_SCALE = 0.1;
    private static final int MAX_PREFIX = 4;

    private boolean[] aMatched = new boolean[64];
    private boolean[] bMatched = new boolean[64];

    public double similarity(String a, String b) {
        int la = a.length(), lb = b.length();
        if (la == 0 || lb == 0) return la == lb ? 1 : 0;
        if (aMatched.length < la) aMatched = new boolean[la * 2];
        if (bMatched.length < lb) bMatched = new boolean[lb * 2];
        java.util.Arrays.fill(aMatched, 0, la, false);
        java.util.Arrays.fill(bMatched, 0, lb, false);
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        int matches = 0;
        for (int i = 0; i < la; i++) {
            char c = a.charAt(i);
            int from = Math.max(0, i - window), to = Math.min(lb - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!bMatched[j] && b.charAt(j) == c) {
                    aMatched[i] = true;
                    bMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) return 0;
        int halfTranspositions = 0;
        for (int i = 0, j = 0; i < la; i++) {
            if (!aMatched[i]) continue;
            while (!bMatched[j]) j++;
            if (a.charAt(i) != b.charAt(j)) halfTranspositions++;
            j++;
        }
        double m = matches;
        double jaro = (m / la + m / lb + (m - halfTranspositions / 2.0) / m) / 3;
        int prefix = 0;
        for (int limit = Math.min(MAX_PREFIX, Math.min(la, lb)); prefix < limit && a.charAt(prefix) == b.charAt(prefix); ) prefix++;
        return jaro + prefix * PREFIX_SCALE * (1 - jaro);
    }
}
