package org.chokepoint.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of a snapshot build: exact counts per source and code, and a bounded sample of the findings
 * themselves (a snapshot must not grow with the number of defects in a broken file).
 */
public record FindingsSummary(List<FindingCount> counts, List<Finding> samples) {
    /** Findings kept per source and code in a snapshot. */
    public static final int SAMPLES_PER_CODE = 20;

    public FindingsSummary {
        counts = List.copyOf(counts);
        samples = List.copyOf(samples);
    }

    public static FindingsSummary empty() {
        return new FindingsSummary(List.of(), List.of());
    }

    /** Summarises collected findings; counts sorted by source then code. */
    public static FindingsSummary of(Findings findings) {
        List<FindingCount> counts = new ArrayList<>();
        findings.counts().forEach((key, n) -> {
            int space = key.indexOf(' ');
            counts.add(new FindingCount(key.substring(0, space), key.substring(space + 1), n));
        });
        counts.sort(Comparator.comparing(FindingCount::source).thenComparing(FindingCount::code));
        Map<String, Integer> kept = new LinkedHashMap<>();
        List<Finding> samples = new ArrayList<>();
        for (Finding f : findings.all()) {
            if (kept.merge(f.source() + " " + f.code(), 1, Integer::sum) <= SAMPLES_PER_CODE) samples.add(f);
        }
        return new FindingsSummary(counts, samples);
    }

    public int total() {
        return counts.stream().mapToInt(FindingCount::count).sum();
    }

    public int count(String source, String code) {
        return counts.stream().filter(c -> c.source().equals(source) && c.code().equals(code))
                .mapToInt(FindingCount::count).sum();
    }
}
