package org.chokepoint.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects findings during a read. Keeps every finding up to a cap per code (a badly broken file must not
 * fill memory) and counts all of them, so the summary stays exact.
 */
public final class Findings {
    private static final int KEEP_PER_CODE = 200;
    private final List<Finding> kept = new ArrayList<>();
    private final Map<String, Integer> counts = new TreeMap<>();

    public synchronized void add(Finding f) {
        int n = counts.merge(f.source() + " " + f.code(), 1, Integer::sum);
        if (n <= KEEP_PER_CODE) kept.add(f);
    }

    public void warn(String source, String location, String code, String message) {
        add(new Finding(Finding.Severity.WARNING, source, location, code, message));
    }

    public void error(String source, String location, String code, String message) {
        add(new Finding(Finding.Severity.ERROR, source, location, code, message));
    }

    public void info(String source, String location, String code, String message) {
        add(new Finding(Finding.Severity.INFO, source, location, code, message));
    }

    public synchronized List<Finding> all() {
        return List.copyOf(kept);
    }

    /** Exact number of findings per "source code", including those beyond the kept cap. */
    public synchronized Map<String, Integer> counts() {
        return Map.copyOf(counts);
    }

    public synchronized int count(String source, String code) {
        return counts.getOrDefault(source + " " + code, 0);
    }

    public synchronized boolean isEmpty() {
        return counts.isEmpty();
    }
}
