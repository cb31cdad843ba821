package org.chokepoint.app.report;

import org.chokepoint.rules.Decision;
import org.chokepoint.rules.RuleFinding;
import org.chokepoint.rules.Verdict;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Totals over a batch of decisions for the summary and the report: counts by verdict, exposure (item value) by
 * destination and verdict, exposure by rule (each transaction counted once per rule that raised a non-CLEAR
 * finding), and the first decisions that need attention (capped so huge batches keep a readable report).
 */
public final class BatchSummary {
    static final int KEEP = 2000;
    private final Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    private final Map<String, Map<Verdict, BigDecimal>> byDestination = new HashMap<>();
    private final Map<String, Map<Verdict, BigDecimal>> byRule = new HashMap<>();
    private final List<Decision> kept = new ArrayList<>();
    private final Set<String> currencies = new LinkedHashSet<>();
    private int total;
    private int attention;

    public synchronized void add(Decision d) {
        total++;
        counts.merge(d.verdict(), 1, Integer::sum);
        BigDecimal v = d.value() == null ? BigDecimal.ZERO : d.value();
        if (d.currency() != null) currencies.add(d.currency());
        add(byDestination, d.destination() == null ? "unknown" : d.destination(), d.verdict(), v);
        Map<String, Verdict> rules = new HashMap<>();
        for (RuleFinding f : d.findings()) {
            if (f.verdict() == Verdict.CLEAR) continue;
            rules.merge(family(f.ruleId()), f.verdict(), Verdict::max);
        }
        rules.forEach((rule, verdict) -> add(byRule, rule, verdict, v));
        if (d.verdict() != Verdict.CLEAR) {
            attention++;
            if (kept.size() < KEEP) kept.add(d);
        }
    }

    /** "destination.embargo.kp-ofac" → "destination.embargo"; "party.ofac-sdn-list" stays. */
    static String family(String ruleId) {
        String[] p = ruleId.split("\\.");
        return p.length <= 2 ? ruleId : p[0] + "." + p[1];
    }

    private static void add(Map<String, Map<Verdict, BigDecimal>> m, String key, Verdict v, BigDecimal value) {
        m.computeIfAbsent(key, k -> new EnumMap<>(Verdict.class)).merge(v, value, BigDecimal::add);
    }

    public synchronized int total() { return total; }
    public synchronized int count(Verdict v) { return counts.getOrDefault(v, 0); }
    public synchronized int attention() { return attention; }
    public synchronized List<Decision> kept() { return List.copyOf(kept); }
    public synchronized Map<String, Map<Verdict, BigDecimal>> byDestination() { return Map.copyOf(byDestination); }
    public synchronized Map<String, Map<Verdict, BigDecimal>> byRule() { return Map.copyOf(byRule); }

    /** The one currency of the batch, or a note that values of several currencies are summed as given. */
    public synchronized String currencyLabel() {
        if (currencies.isEmpty()) return "value as given";
        if (currencies.size() == 1) return currencies.iterator().next();
        return "mixed currencies " + String.join("/", currencies) + " summed as given";
    }

    public String line() {
        return String.format("%,d transactions: %,d CLEAR, %,d REVIEW, %,d LICENCE REQUIRED, %,d BLOCK", total(),
                count(Verdict.CLEAR), count(Verdict.REVIEW), count(Verdict.LICENCE_REQUIRED), count(Verdict.BLOCK));
    }
}
