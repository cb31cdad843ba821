package org.chokepoint.audit;

import org.chokepoint.model.Country;
import org.chokepoint.model.CountryIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Naive-Bayes decoding of a code from the clues of its rows.
 *
 * <p>Each clue either names the true country, with probability ρ, and then points to country c with its share
 * p(c), or is noise and says nothing. So P(clue | c) = ρ·p(c) + (1−ρ)/N over N countries, and a clue multiplies
 * the odds of c by N·ρ·p(c) + (1−ρ) against a country it does not point to. ρ starts at the kind's reliability
 * and is learnt per value from the file's open rows (a value seen with many countries openly, like USD or
 * "Ministry of Communications", loses its weight). Rows sharing a code repeat the same clue, and the repeats
 * are not independent: a value seen in n rows counts 1 + ln n times.
 *
 * <p>Prior: countries that appear openly elsewhere in the file are less likely to be hidden behind a code
 * (×{@value #OPEN_PRIOR}, softly, so enough evidence still wins), and the destinations under comprehensive US
 * embargo — EAR Country Groups E:1 and E:2, 15 CFR part 740 Supplement No. 1: Cuba, Iran, North Korea, Syria —
 * are what codes are typically made to hide (×{@value #EMBARGO_PRIOR}).
 *
 * <p>A row with clues of its own is decoded from them with its code's verdict as prior (weighted
 * {@value #ROW_CODE_WEIGHT}, the rest the file prior), so a row whose own evidence clearly names another country
 * is shown as such; a row without clues inherits.
 */
public final class CodeDecoder {
    static final double OPEN_PRIOR = 0.25;
    static final double EMBARGO_PRIOR = 2.0;
    static final Set<String> EMBARGOED = Set.of("CU", "IR", "KP", "SY");
    /** Pseudo-count pulling a value's learnt reliability toward its kind's reliability in its column. */
    static final double SHRINK = 3;
    /** Pseudo-count pulling a kind's reliability in a column toward the kind's prior. */
    static final double KIND_SHRINK = 20;
    /** A clue pointing to at most this many countries is specific enough to measure its kind's reliability by. */
    static final int SPECIFIC = 3;
    static final double MAX_RELIABILITY = 0.98;
    /** A clue the open rows have discredited below this (USD, "Mobile", a word that is also a town) is no evidence. */
    static final double MIN_RELIABILITY = 0.2;
    /** Tempering of all log-likelihoods; 1 is plain naive Bayes. Set from the dev export's reliability table. */
    static final double TEMPERATURE = 1.0;
    /**
     * Weight of the code's verdict in a row's prior. At 0.95 one clue, even a telephone code, does not make a row
     * differ from its code; two independent strong clues do.
     */
    static final double ROW_CODE_WEIGHT = 0.95;

    private final List<Country> all;
    private final Map<String, Integer> position = new HashMap<>();
    private final Map<String, double[]> clueStats;
    private final Map<String, double[]> kindStats;
    private final double[] logPrior;
    private final int n;

    /**
     * @param clueStats clue key → {open rows carrying it, summed share of those rows' countries}
     * @param kindStats {@link #kindKey} → the same over the specific clues of a kind in a column
     */
    public CodeDecoder(CountryIndex countries, Map<String, Long> openCountries, Map<String, double[]> clueStats,
                       Map<String, double[]> kindStats) {
        this.all = countries.countries();
        this.n = all.size();
        this.clueStats = clueStats;
        this.kindStats = kindStats;
        this.logPrior = new double[n];
        for (int i = 0; i < n; i++) {
            String a2 = all.get(i).alpha2();
            position.put(a2, i);
            double p = 1;
            if (openCountries.containsKey(a2)) p *= OPEN_PRIOR;
            if (EMBARGOED.contains(a2)) p *= EMBARGO_PRIOR;
            logPrior[i] = Math.log(p);
        }
    }

    static String kindKey(ClueKind kind, int column) {
        return kind.name() + '@' + column;
    }

    /**
     * ρ for a clue found in a column: the kind's prior, moved by how often specific clues of that kind in that
     * column named the open rows' country, then by how often this very value did.
     */
    double reliability(Clue clue, int column) {
        double prior = clue.kind().reliability();
        double[] k = kindStats.get(kindKey(clue.kind(), column));
        double kind = k == null ? prior : (k[1] + KIND_SHRINK * prior) / (k[0] + KIND_SHRINK);
        double[] s = clueStats.get(clue.key());
        double r = s == null ? kind : (s[1] + SHRINK * kind) / (s[0] + SHRINK);
        return Math.min(MAX_RELIABILITY, r);
    }

    /** Adds one clue's log-likelihood ratios, counted {@code times}, into {@code scores}. */
    private void add(double[] scores, Clue clue, int column, double times) {
        double rho = reliability(clue, column);
        double floor = Math.log(1 - rho);
        for (Map.Entry<String, Double> e : clue.countries().entrySet()) {
            Integer i = position.get(e.getKey());
            if (i == null) continue;
            scores[i] += TEMPERATURE * times * (Math.log(n * rho * e.getValue() + (1 - rho)) - floor);
        }
    }

    private double weightFor(Clue clue, int column, String alpha2, double times) {
        double rho = reliability(clue, column);
        return TEMPERATURE * times * (Math.log(n * rho * clue.share(alpha2) + (1 - rho)) - Math.log(1 - rho));
    }

    private static double[] normalise(double[] logScores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : logScores) max = Math.max(max, v);
        double sum = 0;
        double[] p = new double[logScores.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.exp(logScores[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) p[i] /= sum;
        return p;
    }

    private List<CountryShare> top(double[] p, int k) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        java.util.Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
        List<CountryShare> out = new ArrayList<>(k);
        for (int i = 0; i < k && i < n; i++) {
            Country c = all.get(order[i]);
            out.add(new CountryShare(c.alpha2(), c.commonName(), p[order[i]]));
        }
        return out;
    }

    private String name(String alpha2) {
        Integer i = position.get(alpha2);
        return i == null ? alpha2 : all.get(i).commonName();
    }

    CodeVerdict decode(String code, List<Auditor.Suspect> rows, IntFunction<String> header) {
        Map<String, Aggregate> byClue = new LinkedHashMap<>();
        int withEvidence = 0;
        List<List<Auditor.Found>> own = new ArrayList<>(rows.size());
        for (Auditor.Suspect s : rows) {
            List<Auditor.Found> kept = s.clues().stream().filter(f -> reliability(f.clue(), f.column()) >= MIN_RELIABILITY).toList();
            own.add(kept);
            if (!kept.isEmpty()) withEvidence++;
            for (Auditor.Found f : kept) {
                Aggregate a = byClue.computeIfAbsent(f.clue().key() + '@' + f.column(), k -> new Aggregate(f.clue(), f.column()));
                a.rows++;
                a.columns.add(header.apply(f.column()));
            }
        }
        if (byClue.isEmpty()) {
            List<RowVerdict> verdicts = rows.stream().map(s -> verdict(code, s, null, 0, true)).toList();
            return new CodeVerdict(code, rows.size(), 0, List.of(), List.of(), verdicts);
        }
        double[] scores = logPrior.clone();
        for (Aggregate a : byClue.values()) add(scores, a.clue, a.column, 1 + Math.log(a.rows));
        double[] posterior = normalise(scores);
        List<CountryShare> candidates = top(posterior, 5);
        String best = candidates.get(0).alpha2();

        List<EvidenceLine> evidence = new ArrayList<>();
        for (Aggregate a : byClue.values()) {
            List<CountryShare> points = a.clue.countries().entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(5)
                    .map(e -> new CountryShare(e.getKey(), name(e.getKey()), e.getValue())).toList();
            evidence.add(new EvidenceLine(a.clue.kind(), String.join(", ", a.columns), a.clue.value(), a.rows, points,
                    reliability(a.clue, a.column), weightFor(a.clue, a.column, best, 1 + Math.log(a.rows)), a.clue.source()));
        }
        evidence.sort(Comparator.comparingDouble(EvidenceLine::weight).reversed().thenComparing(EvidenceLine::rows, Comparator.reverseOrder()));

        // row prior: the code's verdict, with a little of the file prior left so that strong own evidence can differ
        double[] filePrior = normalise(logPrior);
        double[] rowPrior = new double[n];
        for (int i = 0; i < n; i++) rowPrior[i] = Math.log(ROW_CODE_WEIGHT * posterior[i] + (1 - ROW_CODE_WEIGHT) * filePrior[i]);
        List<RowVerdict> verdicts = new ArrayList<>(rows.size());
        for (int k = 0; k < rows.size(); k++) {
            Auditor.Suspect s = rows.get(k);
            List<Auditor.Found> clues = own.get(k);
            if (clues.isEmpty()) {
                verdicts.add(verdict(code, s, best, candidates.get(0).probability(), true));
                continue;
            }
            double[] r = rowPrior.clone();
            double[] alone = logPrior.clone();
            for (Auditor.Found f : clues) {
                add(r, f.clue(), f.column(), 1);
                add(alone, f.clue(), f.column(), 1);
            }
            double[] p = normalise(r);
            int arg = argmax(p);
            double[] pa = normalise(alone);
            int argAlone = argmax(pa);
            List<String> ev = clues.stream()
                    .map(f -> header.apply(f.column()) + ": " + f.clue().value() + " (" + f.clue().kind().label() + ")").toList();
            verdicts.add(new RowVerdict(s.line(), s.id(), code, all.get(arg).alpha2(), p[arg], false, ev,
                    all.get(argAlone).alpha2(), pa[argAlone], s.amount(),
                    s.currency(), s.date(), s.customer()));
        }
        return new CodeVerdict(code, rows.size(), withEvidence, candidates, evidence, verdicts);
    }

    private static int argmax(double[] p) {
        int arg = 0;
        for (int i = 1; i < p.length; i++) if (p[i] > p[arg]) arg = i;
        return arg;
    }

    private static RowVerdict verdict(String code, Auditor.Suspect s, String country, double p, boolean inherited) {
        return new RowVerdict(s.line(), s.id(), code, country, p, inherited, List.of(), null, 0, s.amount(), s.currency(), s.date(), s.customer());
    }

    /** One clue in one column, over the rows of a code. */
    private static final class Aggregate {
        final Clue clue;
        final int column;
        final LinkedHashSet<String> columns = new LinkedHashSet<>();
        int rows;

        Aggregate(Clue clue, int column) {
            this.clue = clue;
            this.column = column;
        }
    }
}
