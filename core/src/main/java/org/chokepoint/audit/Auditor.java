package org.chokepoint.audit;

import org.chokepoint.model.Country;
import org.chokepoint.model.CountryIndex;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Reads an export row by row (memory grows with the rows that carry codes and, up to {@value #UNNAMED_LIMIT}, the
 * rows with no destination that carry clues, not with the file) and, at the end, decodes the codes and those rows
 * with {@link CodeDecoder}. A row whose country cell resolves is open and is never flagged; its clues teach how
 * reliable each clue value is in this file (USD names no country; KPW does).
 */
public final class Auditor {
    private static final int CACHE_LIMIT = 200_000;
    /** Rows with no destination kept for decoding (those with clues); beyond this they are counted only. */
    static final int UNNAMED_LIMIT = 200_000;
    private static final String UNNAMED_OVERFLOW = "more than " + UNNAMED_LIMIT + " rows without a destination carry clues; later ones are not decoded";
    /** Problems listed in the result; beyond this one line says that there were more. */
    private static final int PROBLEM_LIMIT = 100;

    private final String file;
    private final CountryIndex countries;
    private final EvidenceLexicon lexicon;
    private final List<ColumnProfile> columns;
    private final int countryCol;
    private final int idCol;
    private final int amountCol;
    private final int currencyCol;
    private final int dateCol;
    private final int customerCol;
    private final int[] evidenceCols;
    private final Map<String, Optional<Country>> resolved = new HashMap<>();
    private final List<Map<String, List<Clue>>> clueCache = new ArrayList<>();
    private final Evidence evidence = new Evidence();

    /** A clue and the column it was found in. */
    record Found(int column, Clue clue) implements Serializable {
    }

    /** A row whose country cell holds an unresolved value, with what decoding and judging need. */
    record Suspect(long line, String id, List<Found> clues, Double amount, String currency, LocalDate date, String customer)
            implements Serializable {
    }

    /** A problem met while reading, with how many clue-bearing rows without a destination came before it. */
    private record Problem(String message, long unnamedBefore) implements Serializable {
    }

    /**
     * What the rows read so far say, apart from the reading: row counts, the open rows' countries, how often each
     * clue agreed with them, the rows behind each code, the rows without a destination that carry clues, and the
     * problems met. Parts of one export read in several places (the partitions of a cluster job) are combined with
     * {@link Auditor#absorb} in file order, the order the rows would have been read in one pass: counts, rows and
     * problems then come out as one reader's. For example, parts of 150,000 and 80,000 clue-bearing blank rows keep
     * the first 200,000 of them ({@link #UNNAMED_LIMIT}), and the note that later ones are not decoded stands
     * among the problems where one reader would have written it: after the problems of the first part and of the
     * second part's first 50,000 such rows. The agreement sums are added part by part, so their last bits may
     * differ from one pass's (floating-point addition is not associative).
     */
    public static final class Evidence implements Serializable {
        private static final long serialVersionUID = 2L;
        private final Map<String, long[]> openCounts = new TreeMap<>();
        private final Map<String, double[]> clueStats = new HashMap<>();
        /** kind@column|value → {open rows, summed agreement}, for specific clues only. */
        private final Map<String, double[]> valueStats = new HashMap<>();
        private final Map<String, List<Suspect>> suspects = new LinkedHashMap<>();
        /** The first {@link #UNNAMED_LIMIT} rows without a destination that carry clues. */
        private final List<Suspect> unnamed = new ArrayList<>();
        /** The first {@link #PROBLEM_LIMIT} problems; {@code moreProblems} when others were met. */
        private final List<Problem> problems = new ArrayList<>();
        private boolean moreProblems;
        private long rows;
        private long openRows;
        private long blankRows;
        /** Rows without a destination that carry clues, kept or not. */
        private long unnamedRows;
        /** Open rows whose specific clues include their named country, and those whose specific clues all point elsewhere. */
        private long faithfulRows;
        private long strayRows;

        private void note(String message, long unnamedBefore) {
            if (problems.size() < PROBLEM_LIMIT) problems.add(new Problem(message, unnamedBefore));
            else moreProblems = true;
        }

        /**
         * The problems as listed in the result: the note that rows without a destination are left undecoded goes
         * where the first row past {@link #UNNAMED_LIMIT} came, and past {@link #PROBLEM_LIMIT} a last line says
         * that more were met.
         */
        private List<String> listed(List<String> atEnd) {
            List<String> all = new ArrayList<>();
            boolean overflowNoted = unnamedRows <= UNNAMED_LIMIT;
            for (Problem p : problems) {
                if (!overflowNoted && p.unnamedBefore() > UNNAMED_LIMIT) {
                    all.add(UNNAMED_OVERFLOW);
                    overflowNoted = true;
                }
                all.add(p.message());
            }
            if (!overflowNoted && !moreProblems) all.add(UNNAMED_OVERFLOW);
            if (!moreProblems) all.addAll(atEnd);
            if (all.size() <= PROBLEM_LIMIT && !moreProblems) return all;
            List<String> shown = new ArrayList<>(all.subList(0, Math.min(all.size(), PROBLEM_LIMIT)));
            shown.add("further problems not listed");
            return shown;
        }
    }

    public Auditor(String file, CountryIndex countries, EvidenceLexicon lexicon, List<ColumnProfile> columns) {
        this.file = file;
        this.countries = countries;
        this.lexicon = lexicon;
        this.columns = List.copyOf(columns);
        this.countryCol = first(ColumnRole.COUNTRY);
        this.idCol = first(ColumnRole.ID);
        this.amountCol = first(ColumnRole.AMOUNT);
        this.currencyCol = first(ColumnRole.CURRENCY);
        this.dateCol = first(ColumnRole.DATE);
        this.customerCol = first(ColumnRole.CUSTOMER);
        this.evidenceCols = columns.stream().filter(c -> switch (c.role()) {
            case CITY, CUSTOMER, CURRENCY, PHONE, TEXT -> true;
            default -> false;
        }).mapToInt(ColumnProfile::index).toArray();
        for (int i = 0; i < columns.size(); i++) clueCache.add(new HashMap<>());
    }

    private int first(ColumnRole role) {
        return columns.stream().filter(c -> c.role() == role).mapToInt(ColumnProfile::index).findFirst().orElse(-1);
    }

    /** Notes a problem met while reading (it goes into the result). */
    public void problem(String message) {
        evidence.note(message, evidence.unnamedRows);
    }

    /** What this auditor has read so far (to be sent where the parts of an export are combined). */
    public Evidence evidence() {
        return evidence;
    }

    /**
     * Adds what another auditor of the same export and columns read; {@code later} must hold rows that come after
     * every row read here (see {@link Evidence}).
     */
    public void absorb(Evidence later) {
        Evidence e = evidence;
        later.problems.forEach(p -> e.note(p.message(), e.unnamedRows + p.unnamedBefore()));
        e.moreProblems |= later.moreProblems;
        e.rows += later.rows;
        e.openRows += later.openRows;
        e.blankRows += later.blankRows;
        e.unnamedRows += later.unnamedRows;
        e.faithfulRows += later.faithfulRows;
        e.strayRows += later.strayRows;
        later.openCounts.forEach((k, v) -> e.openCounts.computeIfAbsent(k, x -> new long[1])[0] += v[0]);
        addSums(e.clueStats, later.clueStats);
        addSums(e.valueStats, later.valueStats);
        later.suspects.forEach((code, rows) -> e.suspects.computeIfAbsent(code, k -> new ArrayList<>()).addAll(rows));
        e.unnamed.addAll(later.unnamed.subList(0, Math.min(later.unnamed.size(), UNNAMED_LIMIT - e.unnamed.size())));
    }

    private static void addSums(Map<String, double[]> into, Map<String, double[]> from) {
        from.forEach((k, v) -> {
            double[] s = into.computeIfAbsent(k, x -> new double[2]);
            s[0] += v[0];
            s[1] += v[1];
        });
    }

    /** Takes one data row. */
    public void accept(long line, List<String> cells) {
        Evidence e = evidence;
        e.rows++;
        if (countryCol < 0) return;
        String shown = cell(cells, countryCol);
        if (Cells.isPlaceholder(shown)) {
            e.blankRows++;
            // a blank destination on a row whose clues all say North Korea is exactly what hides a shipment
            Suspect s = suspect(line, cells);
            if (!s.clues().isEmpty()) {
                if (e.unnamed.size() < UNNAMED_LIMIT) e.unnamed.add(s);
                e.unnamedRows++;
            }
            return;
        }
        Optional<Country> country = resolved.get(shown);
        if (country == null) {
            if (resolved.size() > CACHE_LIMIT) resolved.clear();
            country = countries.resolve(shown);
            resolved.put(shown, country);
        }
        if (country.isPresent()) {
            String a2 = country.get().alpha2();
            e.openRows++;
            e.openCounts.computeIfAbsent(a2, k -> new long[1])[0]++;
            boolean specific = false;
            boolean supports = false;
            for (int j : evidenceCols) {
                for (Clue c : clues(j, cell(cells, j))) {
                    double agree = c.share(a2);
                    if (c.countries().size() <= CodeDecoder.SPECIFIC && c.kind() != ClueKind.HUB && c.kind() != ClueKind.TRANSIT) {
                        specific = true;
                        supports |= agree > 0;
                    }
                    double[] s = e.clueStats.computeIfAbsent(c.key(), k -> new double[2]);
                    s[0]++;
                    s[1] += agree;
                    if (c.countries().size() <= CodeDecoder.SPECIFIC) {
                        double[] v = e.valueStats.computeIfAbsent(CodeDecoder.kindKey(c.kind(), j) + '|' + c.value(), x -> new double[2]);
                        v[0]++;
                        v[1] += agree;
                    }
                }
            }
            if (supports) e.faithfulRows++;
            else if (specific) e.strayRows++;
            return;
        }
        e.suspects.computeIfAbsent(shown.strip(), k -> new ArrayList<>()).add(suspect(line, cells));
    }

    private Suspect suspect(long line, List<String> cells) {
        List<Found> found = new ArrayList<>(2);
        for (int j : evidenceCols) {
            for (Clue c : clues(j, cell(cells, j))) found.add(new Found(j, c));
        }
        OptionalDouble amount = amountCol < 0 ? OptionalDouble.empty() : Cells.amount(cell(cells, amountCol));
        return new Suspect(line, idCol < 0 ? null : cell(cells, idCol), found,
                amount.isPresent() ? amount.getAsDouble() : null,
                currencyCol < 0 ? null : emptyToNull(cell(cells, currencyCol)),
                dateCol < 0 ? null : Cells.dateOrSerial(cell(cells, dateCol)),
                customerCol < 0 ? null : emptyToNull(cell(cells, customerCol)));
    }

    private List<Clue> clues(int column, String value) {
        if (value.isBlank()) return List.of();
        Map<String, List<Clue>> cache = clueCache.get(column);
        List<Clue> c = cache.get(value);
        if (c == null) {
            if (cache.size() > CACHE_LIMIT) cache.clear();
            c = lexicon.clues(columns.get(column).role(), value);
            cache.put(value, c);
        }
        return c;
    }

    private static String cell(List<String> cells, int j) {
        return j < cells.size() && cells.get(j) != null ? cells.get(j) : "";
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Decodes what was read. */
    public AuditResult finish() {
        Evidence e = evidence;
        long rows = e.rows;
        if (rows == 0) return AuditResult.notJudgeable(file, "the file holds no data rows", 0, columns, e.listed(List.of()));
        if (countryCol < 0) {
            return AuditResult.notJudgeable(file, "no column holds country names or codes (fewer than 30 % of any column's values resolve to a country)",
                    rows, columns, e.listed(List.of()));
        }
        List<String> problems = e.listed(e.openRows == 0 && !e.suspects.isEmpty()
                ? List.of("no row names a country openly: clue reliabilities rest on the reference data alone")
                : List.of());
        // a kind's reliability in a column: the mean agreement of its distinct values, each value counted once
        // (a word seen in every open row must not outweigh the many values seen once)
        Map<String, double[]> kindStats = new HashMap<>();
        e.valueStats.forEach((key, v) -> {
            double[] k = kindStats.computeIfAbsent(key.substring(0, key.indexOf('|')), x -> new double[2]);
            k[0]++;
            k[1] += v[1] / v[0];
        });
        Map<String, Long> open = new LinkedHashMap<>();
        e.openCounts.forEach((k, v) -> open.put(k, v[0]));
        CodeDecoder decoder = new CodeDecoder(countries, open, e.clueStats, kindStats, e.faithfulRows, e.strayRows);
        List<CodeVerdict> codes = new ArrayList<>();
        e.suspects.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()))
                .forEach(code -> codes.add(decoder.decode(code.getKey(), code.getValue(), this::header)));
        boolean anyCode = !codes.isEmpty();
        boolean embargoedBlank = false;
        if (!e.unnamed.isEmpty()) {
            CodeVerdict blank = decoder.decodeUnnamed(e.unnamed, this::header);
            embargoedBlank = blank.verdicts().stream().anyMatch(v -> CodeDecoder.embargoed(v.country()));
            codes.add(blank);
        }
        AuditResult.Status status = anyCode ? AuditResult.Status.CODES_FOUND
                : embargoedBlank ? AuditResult.Status.HIDDEN_IN_BLANKS : AuditResult.Status.NOTHING_HIDDEN;
        return new AuditResult(file, status, null, rows, columns, e.openRows, open, e.blankRows, codes, problems);
    }

    private String header(int column) {
        return columns.get(column).header();
    }
}
