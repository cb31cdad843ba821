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
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * Decodes a code from the clues of its rows, with probabilities meant to be read as such.
 *
 * <p>A clue either names the true country, with probability ρ, and then points to country c with its share p(c),
 * or is noise: P(clue | c) = ρ·p(c) + (1−ρ)/N over N countries. ρ starts at the kind's reliability and is learnt
 * per value from the file's open rows (USD or "Ministry of Communications", seen openly with many countries, lose
 * their weight). Naive Bayes would multiply every clue's likelihood ratio; it then states 1.0000 from one
 * reseller's telephone code and city, which are one fact written twice. So evidence is grouped and bounded:
 * <ul>
 *   <li>one clue adds at most the log-odds that make it alone {@value #ONE_CLUE} sure against N − 1 others;</li>
 *   <li>in a row, the clues of one kind (all telephone codes, all places …) add at most {@value #KIND_CAPS} times
 *       that;</li>
 *   <li>a transshipment hub (Dubai → Iran) and, in the rows that name it, every clue of the hub's own country (its
 *       city, telephone code, currency) are one group, combined by maximum: the intermediary is one fact;</li>
 *   <li>a row is faithful with probability φ (learnt from the open rows: how many carry a specific clue of their
 *       named country, against how many carry only clues of others), or shows someone else — a reseller, a
 *       forwarder — and then all its clues point elsewhere together. However many clues it carries, a row adds at
 *       most about ln(1 + N·φ/(1−φ)); confidence grows with independent rows and kinds, and rows with the very
 *       same clues count 1 + ½·ln n times.</li>
 * </ul>
 * Worked example: a code on 3 rows, each with "+971 4 …" and "Dubai". Naive Bayes: 1.00 United Arab Emirates.
 * Here the hub group is all there is, so the code is reported as {@link CodeVerdict.Kind#INTERMEDIARY} with the
 * candidates Iran (hub evidence) and the United Arab Emirates (the intermediary's own country), nothing decided.
 * A code on one row with a +850 number and "KPW": North Korea at about φ; on twenty such rows, above 0.99.
 *
 * <p>Prior: countries that appear openly elsewhere in the file are less likely to be hidden behind a code
 * (×{@value #OPEN_PRIOR}), and the destinations under comprehensive US embargo — EAR Country Groups E:1 and E:2,
 * 15 CFR part 740 Supplement No. 1: Cuba, Iran, North Korea, Syria — are what codes are typically made to hide
 * (×{@value #EMBARGO_PRIOR}).
 *
 * <p>Rows: a row of a code decoded as one country is that country, with the probability its own clues leave it
 * (prior: the code's verdict, weighted {@value #ROW_CODE_WEIGHT}); what its clues say alone is kept beside it. No
 * clue, nor two, flips such a row: a row pointing elsewhere is far more often a reseller's than another
 * destination under the same code. A code whose rows with clear own evidence name two or more countries (each on
 * at least {@value #REGION_MIN_ROWS} rows and {@value #REGION_MIN_SHARE} of them) is a region, decoded row by row.
 */
public final class CodeDecoder {
    static final double OPEN_PRIOR = 0.5;
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
    /** How sure one clue can make a code against a uniform prior, whatever its kind's reliability. */
    static final double ONE_CLUE = 0.7;
    /** How many clue caps one kind can add, however many rows and values of it there are. */
    static final double KIND_CAPS = 1.5;
    /** Weight of the repeats of one value: n rows count 1 + this·ln n. */
    static final double REPEAT = 0.5;
    /** Weight of the code's verdict in a row's prior (the rest is the file prior). */
    static final double ROW_CODE_WEIGHT = 0.99;
    /** A row names a country (for telling a region) when its clues alone, from a uniform prior, make it at least this probable. */
    static final double CLEAR_ROW = 0.5;
    static final int REGION_MIN_ROWS = 2;
    /** Weight of a region's countries in the prior of its rows. */
    static final double REGION_ROW_WEIGHT = 0.9;
    static final double REGION_MIN_SHARE = 0.2;
    /** A row with no destination is flagged when its clues make an embargoed destination at least this probable. */
    static final double FLAG_BLANK = 0.5;
    static final String HUB_GROUP = "intermediary";
    /** Prior share of rows whose clues are the destination's own (not a reseller's or forwarder's), before the open rows say more. */
    static final double FAITHFUL = 0.85;
    /** Pseudo-count pulling the faithful share measured on the open rows toward {@value #FAITHFUL}. */
    static final double FAITHFUL_SHRINK = 20;
    private static final double MAX_LOG = 60;

    private final List<Country> all;
    private final Map<String, Integer> position = new HashMap<>();
    private final Map<String, double[]> clueStats;
    private final Map<String, double[]> kindStats;
    private final double[] logPrior;
    private final double[] filePrior;
    private final int n;
    private final double clueCap;
    private final double phi;

    /**
     * @param clueStats clue key → {open rows carrying it, summed share of those rows' countries}
     * @param kindStats {@link #kindKey} → the same over the specific clues of a kind in a column
     */
    public CodeDecoder(CountryIndex countries, Map<String, Long> openCountries, Map<String, double[]> clueStats,
                       Map<String, double[]> kindStats) {
        this(countries, openCountries, clueStats, kindStats, 0, 0);
    }

    /**
     * @param faithfulRows open rows whose specific clues include their named country
     * @param strayRows    open rows whose specific clues all point elsewhere: the file's own rate of rows that show
     *                     someone else (φ, the faithful share, is learnt from the two)
     */
    public CodeDecoder(CountryIndex countries, Map<String, Long> openCountries, Map<String, double[]> clueStats,
                       Map<String, double[]> kindStats, long faithfulRows, long strayRows) {
        this.phi = Math.max(0.5, Math.min(0.97, (faithfulRows + FAITHFUL_SHRINK * FAITHFUL) / (faithfulRows + strayRows + FAITHFUL_SHRINK)));
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
        this.filePrior = normalise(logPrior);
        this.clueCap = Math.log(Math.max(2, n - 1) * ONE_CLUE / (1 - ONE_CLUE));
    }

    /** φ: the share of rows whose clues are taken to be their destination's own. */
    public double faithful() {
        return phi;
    }

    static String kindKey(ClueKind kind, int column) {
        return kind.name() + '@' + column;
    }

    /** The most log-odds one clue adds: against N − 1 equally likely others it then stands at {@value #ONE_CLUE}. */
    double clueCap() {
        return clueCap;
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

    /** Log-likelihood ratio of one occurrence of a clue for a country it points to with share p, capped. */
    private double logRatio(double rho, double p) {
        return Math.min(clueCap, Math.log(n * rho * p + (1 - rho)) - Math.log(1 - rho));
    }

    /**
     * Evidence for the countries, in groups: a group is one clue kind (summed, capped at {@value #KIND_CAPS} clue
     * caps) or the intermediary (combined by maximum).
     */
    private final class Evidence {
        final Map<String, Map<Integer, Double>> groups = new LinkedHashMap<>();
        /** Whether a specific clue other than an intermediary's was added (USD, in twenty countries, is not one). */
        boolean independent;

        void add(Clue clue, int column, boolean hubFact, double times) {
            boolean hub = hubFact || clue.kind() == ClueKind.HUB;
            independent |= !hub && clue.countries().size() <= SPECIFIC;
            Map<Integer, Double> g = groups.computeIfAbsent(hub ? HUB_GROUP : clue.kind().name(), k -> new HashMap<>());
            double rho = reliability(clue, column);
            for (Map.Entry<String, Double> e : clue.countries().entrySet()) {
                Integer i = position.get(e.getKey());
                if (i == null) continue;
                double w = times * logRatio(rho, e.getValue());
                if (hub) g.merge(i, w, Math::max);
                else g.merge(i, w, Double::sum);
            }
        }

        double group(Map<Integer, Double> g, int i) {
            return Math.min(KIND_CAPS * clueCap, g.getOrDefault(i, 0.0));
        }

        /** The row's evidence as the posterior from {@code prior}: see {@link #addRow}. */
        double[] posterior(double[] prior) {
            double[] s = prior.clone();
            addRow(s, 1);
            return normalise(s);
        }

        /**
         * Adds this row's log-likelihood ratios, {@code times}, into {@code scores}. A row is faithful (its clues
         * point to its country) with probability φ, or it shows someone else — a reseller, a forwarder — and then
         * all its clues point to that other country together. So P(row | c) = φ·Λ(c) + (1−φ)·M, with Λ(c) the
         * grouped likelihood ratio of its clues for c and M their mean over all countries: however many clues a
         * row carries, it adds at most about ln(1 + N·φ/(1−φ)), and confidence grows with independent rows.
         */
        void addRow(double[] scores, double times) {
            Map<Integer, Double> total = new HashMap<>();
            for (Map<Integer, Double> g : groups.values()) for (Integer i : g.keySet()) total.merge(i, group(g, i), Double::sum);
            double m = n - total.size();
            for (double v : total.values()) m += Math.exp(Math.min(MAX_LOG, v));
            m /= n;
            double base = Math.log(phi + (1 - phi) * m);
            for (Map.Entry<Integer, Double> e : total.entrySet()) {
                scores[e.getKey()] += times * (Math.log(phi * Math.exp(Math.min(MAX_LOG, e.getValue())) + (1 - phi) * m) - base);
            }
        }

        /** An intermediary's clues, and nothing specific besides. */
        boolean onlyIntermediary() {
            return groups.containsKey(HUB_GROUP) && !independent;
        }

        /** log-odds the group of this clue's kind adds for country i (shown in the evidence table). */
        double weight(Clue clue, boolean hubFact, String alpha2) {
            Integer i = position.get(alpha2);
            Map<Integer, Double> g = groups.get(hubFact || clue.kind() == ClueKind.HUB ? HUB_GROUP : clue.kind().name());
            return i == null || g == null ? 0 : group(g, i);
        }
    }

    /** The clues of one row that count, and whether each is a fact about an intermediary named in the same row. */
    private record RowClues(List<Auditor.Found> clues, boolean[] hubFacts) {
        boolean isHubFact(int k) {
            return hubFacts[k];
        }

        String signature() {
            List<String> keys = new ArrayList<>(clues.size());
            for (int k = 0; k < clues.size(); k++) keys.add(clues.get(k).clue().key() + '@' + clues.get(k).column() + (hubFacts[k] ? "#" : ""));
            java.util.Collections.sort(keys);
            return String.join("|", keys);
        }
    }

    private RowClues kept(Auditor.Suspect s) {
        List<Auditor.Found> kept = s.clues().stream().filter(f -> reliability(f.clue(), f.column()) >= MIN_RELIABILITY).toList();
        Set<String> hubs = new LinkedHashSet<>();
        for (Auditor.Found f : kept) if (f.clue().intermediary() != null) hubs.add(f.clue().intermediary());
        boolean[] facts = new boolean[kept.size()];
        for (int k = 0; k < kept.size(); k++) {
            Clue c = kept.get(k).clue();
            facts[k] = c.kind() != ClueKind.HUB && hubs.contains(c.dominant());
        }
        return new RowClues(kept, facts);
    }

    private Evidence rowEvidence(RowClues rc) {
        Evidence e = new Evidence();
        for (int k = 0; k < rc.clues.size(); k++) e.add(rc.clues.get(k).clue(), rc.clues.get(k).column(), rc.isHubFact(k), 1);
        return e;
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

    private static int argmax(double[] p) {
        int arg = 0;
        for (int i = 1; i < p.length; i++) if (p[i] > p[arg]) arg = i;
        return arg;
    }

    /** One clue in one column, over the rows of a code. */
    private static final class Aggregate {
        final Clue clue;
        final int column;
        final boolean hubFact;
        final LinkedHashSet<String> columns = new LinkedHashSet<>();
        int rows;

        Aggregate(Clue clue, int column, boolean hubFact) {
            this.clue = clue;
            this.column = column;
            this.hubFact = hubFact;
        }
    }

    CodeVerdict decode(String code, List<Auditor.Suspect> rows, IntFunction<String> header) {
        Map<String, Aggregate> byClue = new LinkedHashMap<>();
        int withEvidence = 0;
        List<RowClues> own = new ArrayList<>(rows.size());
        for (Auditor.Suspect s : rows) {
            RowClues rc = kept(s);
            own.add(rc);
            if (!rc.clues.isEmpty()) withEvidence++;
            for (int k = 0; k < rc.clues.size(); k++) {
                Auditor.Found f = rc.clues.get(k);
                boolean fact = rc.isHubFact(k);
                Aggregate a = byClue.computeIfAbsent(f.clue().key() + '@' + f.column() + (fact ? "#hub" : ""),
                        x -> new Aggregate(f.clue(), f.column(), fact));
                a.rows++;
                a.columns.add(header.apply(f.column()));
            }
        }
        if (byClue.isEmpty()) {
            List<RowVerdict> verdicts = rows.stream().map(s -> inherited(code, s, null, 0)).toList();
            return new CodeVerdict(code, rows.size(), 0, List.of(), List.of(), verdicts, CodeVerdict.Kind.UNDECODED, null);
        }
        Evidence ev = new Evidence();
        for (Aggregate a : byClue.values()) ev.add(a.clue, a.column, a.hubFact, 1 + REPEAT * Math.log(a.rows));
        // rows with the same clues are one fact repeated: they count 1 + ½·ln n times
        Map<String, RowClues> signatures = new LinkedHashMap<>();
        Map<String, Integer> repeats = new HashMap<>();
        for (RowClues rc : own) {
            if (rc.clues.isEmpty()) continue;
            String sig = rc.signature();
            signatures.putIfAbsent(sig, rc);
            repeats.merge(sig, 1, Integer::sum);
        }
        double[] scores = logPrior.clone();
        signatures.forEach((sig, rc) -> rowEvidence(rc).addRow(scores, 1 + REPEAT * Math.log(repeats.get(sig))));
        double[] posterior = normalise(scores);
        List<CountryShare> candidates = top(posterior, 5);
        String best = candidates.get(0).alpha2();
        List<EvidenceLine> evidence = evidenceLines(byClue, ev, best);

        if (ev.onlyIntermediary()) return intermediary(code, rows, own, withEvidence, byClue, candidates, evidence, header);

        // what each row's own clues say, without its code: a region's rows disagree clearly among themselves
        Map<String, Integer> clear = new TreeMap<>();
        int clearRows = 0;
        for (RowClues rc : own) {
            if (rc.clues.isEmpty()) continue;
            Evidence re = rowEvidence(rc);
            if (re.onlyIntermediary()) continue;
            double[] pa = re.posterior(new double[n]);
            int arg = argmax(pa);
            if (pa[arg] >= CLEAR_ROW) {
                clear.merge(all.get(arg).alpha2(), 1, Integer::sum);
                clearRows++;
            }
        }
        int total = clearRows;
        List<Map.Entry<String, Integer>> named = clear.entrySet().stream()
                .filter(e -> e.getValue() >= REGION_MIN_ROWS && e.getValue() >= REGION_MIN_SHARE * total)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        if (named.size() >= 2) return region(code, rows, own, withEvidence, named, total, evidence, header);

        double[] rowPrior = new double[n];
        for (int i = 0; i < n; i++) rowPrior[i] = Math.log(ROW_CODE_WEIGHT * posterior[i] + (1 - ROW_CODE_WEIGHT) * filePrior[i]);
        int bestIndex = position.get(best);
        List<RowVerdict> verdicts = new ArrayList<>(rows.size());
        for (int k = 0; k < rows.size(); k++) {
            Auditor.Suspect s = rows.get(k);
            RowClues rc = own.get(k);
            if (rc.clues.isEmpty()) {
                verdicts.add(inherited(code, s, best, candidates.get(0).probability()));
                continue;
            }
            // a row of a one-country code is that country; how sure, its own clues say (and what they say alone is kept)
            Evidence re = rowEvidence(rc);
            double[] p = re.posterior(rowPrior);
            verdicts.add(ownVerdict(code, s, rc, re, best, p[bestIndex], header));
        }
        return new CodeVerdict(code, rows.size(), withEvidence, candidates, evidence, verdicts, CodeVerdict.Kind.COUNTRY, null);
    }

    private List<EvidenceLine> evidenceLines(Map<String, Aggregate> byClue, Evidence ev, String best) {
        List<EvidenceLine> evidence = new ArrayList<>();
        for (Aggregate a : byClue.values()) {
            List<CountryShare> points = a.clue.countries().entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(5)
                    .map(e -> new CountryShare(e.getKey(), name(e.getKey()), e.getValue())).toList();
            double rho = reliability(a.clue, a.column);
            double w = (1 + REPEAT * Math.log(a.rows)) * logRatio(rho, a.clue.share(best));
            evidence.add(new EvidenceLine(a.clue.kind(), String.join(", ", a.columns), a.clue.value(), a.rows, points,
                    rho, Math.min(w, ev.weight(a.clue, a.hubFact, best)), a.clue.source()));
        }
        evidence.sort(Comparator.comparingDouble(EvidenceLine::weight).reversed().thenComparing(EvidenceLine::rows, Comparator.reverseOrder()));
        return evidence;
    }

    /** Every clue belongs to an intermediary: say so, list the candidates, decide nothing. */
    private CodeVerdict intermediary(String code, List<Auditor.Suspect> rows, List<RowClues> own, int withEvidence,
                                     Map<String, Aggregate> byClue, List<CountryShare> candidates, List<EvidenceLine> evidence,
                                     IntFunction<String> header) {
        Set<String> hubNames = new LinkedHashSet<>();
        Set<String> served = new LinkedHashSet<>();
        Set<String> hubCountries = new LinkedHashSet<>();
        for (Aggregate a : byClue.values()) {
            if (a.clue.kind() != ClueKind.HUB) continue;
            String v = a.clue.value();
            hubNames.add(v.contains(" (") ? v.substring(0, v.indexOf(" (")) : v);
            served.addAll(a.clue.countries().keySet());
            if (a.clue.intermediary() != null) hubCountries.add(a.clue.intermediary());
        }
        List<String> listed = new ArrayList<>();
        for (CountryShare c : candidates) {
            if (c.probability() < 0.05) continue;
            String why = served.contains(c.alpha2()) ? "hub evidence" : hubCountries.contains(c.alpha2()) ? "the intermediary's own country" : "weak clue";
            listed.add(String.format("%s (%s, %.2f)", c.name(), why, c.probability()));
        }
        String note = "rows show " + (hubNames.size() == 1 ? "a " + hubNames.iterator().next() : "the " + String.join(", ", hubNames))
                + " intermediary; final destination not evidenced; candidates " + String.join(", ", listed);
        List<RowVerdict> verdicts = new ArrayList<>(rows.size());
        for (int k = 0; k < rows.size(); k++) verdicts.add(undecided(code, rows.get(k), own.get(k), header));
        return new CodeVerdict(code, rows.size(), withEvidence, candidates, evidence, verdicts, CodeVerdict.Kind.INTERMEDIARY, note);
    }

    /** The rows of a region code disagree: each row is decoded from its own clues among the region's countries. */
    private CodeVerdict region(String code, List<Auditor.Suspect> rows, List<RowClues> own, int withEvidence,
                               List<Map.Entry<String, Integer>> named, int clearRows, List<EvidenceLine> evidence,
                               IntFunction<String> header) {
        double[] regionPrior = new double[n];
        double sum = named.stream().mapToInt(Map.Entry::getValue).sum();
        double[] mix = new double[n];
        for (Map.Entry<String, Integer> e : named) mix[position.get(e.getKey())] = e.getValue() / sum;
        for (int i = 0; i < n; i++) regionPrior[i] = Math.log(REGION_ROW_WEIGHT * mix[i] + (1 - REGION_ROW_WEIGHT) * filePrior[i]);
        List<CountryShare> candidates = named.stream()
                .map(e -> new CountryShare(e.getKey(), name(e.getKey()), e.getValue() / (double) clearRows)).toList();
        List<RowVerdict> verdicts = new ArrayList<>(rows.size());
        for (int k = 0; k < rows.size(); k++) {
            RowClues rc = own.get(k);
            if (rc.clues.isEmpty()) {
                verdicts.add(inherited(code, rows.get(k), null, 0));
                continue;
            }
            Evidence re = rowEvidence(rc);
            // a row whose clues favour none of the region's countries is not guessed among them
            int alone = argmax(re.posterior(new double[n]));
            if (mix[alone] == 0) {
                verdicts.add(undecided(code, rows.get(k), rc, header));
                continue;
            }
            double[] p = re.posterior(regionPrior);
            int arg = argmax(p);
            verdicts.add(ownVerdict(code, rows.get(k), rc, re, all.get(arg).alpha2(), p[arg], header));
        }
        String note = "rows disagree among themselves: a region code; rows with clear own evidence name "
                + named.stream().map(e -> name(e.getKey()) + " (" + e.getValue() + ")").reduce((a, b) -> a + ", " + b).orElse("")
                + " of " + clearRows + "; each row is decoded from its own clues";
        return new CodeVerdict(code, rows.size(), withEvidence, candidates, evidence, verdicts, CodeVerdict.Kind.REGION, note);
    }

    /**
     * Rows with a blank or placeholder destination, each decoded from its own clues (prior: the embargoed
     * destinations ×{@value #EMBARGO_PRIOR}, no discount for the open countries); a row is
     * given a country only when its clues make one at least {@value #FLAG_BLANK} probable and come from an
     * independent group (an intermediary alone decides nothing).
     */
    CodeVerdict decodeUnnamed(List<Auditor.Suspect> rows, IntFunction<String> header) {
        String code = CodeVerdict.NO_DESTINATION_CODE;
        // a row that merely lacks its destination is as likely one of the file's open countries as any: no open-row discount
        double[] blankPrior = new double[n];
        for (int i = 0; i < n; i++) blankPrior[i] = EMBARGOED.contains(all.get(i).alpha2()) ? Math.log(EMBARGO_PRIOR) : 0;
        List<RowVerdict> verdicts = new ArrayList<>(rows.size());
        Map<String, Integer> counts = new TreeMap<>();
        int withEvidence = 0;
        Map<String, Aggregate> byClue = new LinkedHashMap<>();
        for (Auditor.Suspect s : rows) {
            RowClues rc = kept(s);
            if (rc.clues.isEmpty()) {
                verdicts.add(inherited(code, s, null, 0));
                continue;
            }
            withEvidence++;
            Evidence re = rowEvidence(rc);
            double[] p = re.posterior(blankPrior);
            int arg = argmax(p);
            if (re.onlyIntermediary() || p[arg] < FLAG_BLANK) {
                verdicts.add(undecided(code, s, rc, header));
                continue;
            }
            String a2 = all.get(arg).alpha2();
            counts.merge(a2, 1, Integer::sum);
            verdicts.add(ownVerdict(code, s, rc, re, a2, p[arg], header));
            if (EMBARGOED.contains(a2)) {
                for (int k = 0; k < rc.clues.size(); k++) {
                    Auditor.Found f = rc.clues.get(k);
                    boolean fact = rc.isHubFact(k);
                    Aggregate a = byClue.computeIfAbsent(f.clue().key() + '@' + f.column() + (fact ? "#hub" : ""), x -> new Aggregate(f.clue(), f.column(), fact));
                    a.rows++;
                    a.columns.add(header.apply(f.column()));
                }
            }
        }
        int decoded = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<CountryShare> candidates = counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> new CountryShare(e.getKey(), name(e.getKey()), e.getValue() / (double) Math.max(1, decoded))).toList();
        long flagged = verdicts.stream().filter(v -> v.country() != null && EMBARGOED.contains(v.country())).count();
        Evidence ev = new Evidence();
        for (Aggregate a : byClue.values()) ev.add(a.clue, a.column, a.hubFact, 1 + REPEAT * Math.log(a.rows));
        String worst = candidates.stream().map(CountryShare::alpha2).filter(EMBARGOED::contains).findFirst().orElse(null);
        List<EvidenceLine> evidence = worst == null ? List.of() : evidenceLines(byClue, ev, worst);
        String note = rows.size() + " rows name no destination; " + decoded + " decoded from their own clues"
                + (flagged > 0 ? ", " + flagged + " of them to embargoed destinations ("
                + candidates.stream().filter(c -> EMBARGOED.contains(c.alpha2())).map(c -> name(c.alpha2())).reduce((a, b) -> a + ", " + b).orElse("") + ")" : "");
        return new CodeVerdict(code, rows.size(), withEvidence, candidates, evidence, verdicts, CodeVerdict.Kind.NO_DESTINATION, note);
    }

    /** Whether a decoded country is under comprehensive embargo (E:1/E:2). */
    public static boolean embargoed(String alpha2) {
        return alpha2 != null && EMBARGOED.contains(alpha2);
    }

    private RowVerdict ownVerdict(String code, Auditor.Suspect s, RowClues rc, Evidence re, String country, double p, IntFunction<String> header) {
        double[] pa = re.posterior(logPrior);
        int argAlone = argmax(pa);
        return new RowVerdict(s.line(), s.id(), code, country, p, false, describe(rc, header),
                all.get(argAlone).alpha2(), pa[argAlone], s.amount(), s.currency(), s.date(), s.customer());
    }

    /** A row with clues whose destination is not decided (an intermediary's, or too weak): what they say alone is kept. */
    private RowVerdict undecided(String code, Auditor.Suspect s, RowClues rc, IntFunction<String> header) {
        if (rc.clues.isEmpty()) return inherited(code, s, null, 0);
        double[] pa = rowEvidence(rc).posterior(logPrior);
        int argAlone = argmax(pa);
        return new RowVerdict(s.line(), s.id(), code, null, 0, false, describe(rc, header), all.get(argAlone).alpha2(), pa[argAlone],
                s.amount(), s.currency(), s.date(), s.customer());
    }

    private static List<String> describe(RowClues rc, IntFunction<String> header) {
        return rc.clues.stream().map(f -> header.apply(f.column()) + ": " + f.clue().value() + " (" + f.clue().kind().label() + ")").toList();
    }

    private static RowVerdict inherited(String code, Auditor.Suspect s, String country, double p) {
        return new RowVerdict(s.line(), s.id(), code, country, p, true, List.of(), null, 0, s.amount(), s.currency(), s.date(), s.customer());
    }
}
