package org.chokepoint.audit;

import org.chokepoint.model.Country;
import org.chokepoint.model.CountryIndex;

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
 * Reads an export row by row (memory grows with the rows that carry codes, not with the file) and, at the end,
 * decodes the codes with {@link CodeDecoder}. A row whose country cell resolves is open and is never flagged;
 * its clues teach how reliable each clue value is in this file (USD names no country; KPW does).
 */
public final class Auditor {
    private static final int CACHE_LIMIT = 200_000;
    /** Rows with no destination kept for decoding (those with clues); beyond this they are counted only. */
    static final int UNNAMED_LIMIT = 200_000;

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
    private final Map<String, long[]> openCounts = new TreeMap<>();
    private final Map<String, double[]> clueStats = new HashMap<>();
    /** kind@column|value → {open rows, summed agreement}, for specific clues only. */
    private final Map<String, double[]> valueStats = new HashMap<>();
    private final Map<String, List<Suspect>> suspects = new LinkedHashMap<>();
    private final List<Suspect> unnamed = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private long rows;
    private long openRows;
    private long blankRows;
    /** Open rows whose specific clues include their named country, and those whose specific clues all point elsewhere. */
    private long faithfulRows;
    private long strayRows;

    /** A clue and the column it was found in. */
    record Found(int column, Clue clue) {
    }

    /** A row whose country cell holds an unresolved value, with what decoding and judging need. */
    record Suspect(long line, String id, List<Found> clues, Double amount, String currency, LocalDate date, String customer) {
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
        if (problems.size() < 100) problems.add(message);
        else if (problems.size() == 100) problems.add("further problems not listed");
    }

    /** Takes one data row. */
    public void accept(long line, List<String> cells) {
        rows++;
        if (countryCol < 0) return;
        String shown = cell(cells, countryCol);
        if (Cells.isPlaceholder(shown)) {
            blankRows++;
            // a blank destination on a row whose clues all say North Korea is exactly what hides a shipment
            Suspect s = suspect(line, cells);
            if (!s.clues().isEmpty()) {
                if (unnamed.size() < UNNAMED_LIMIT) unnamed.add(s);
                else if (unnamed.size() == UNNAMED_LIMIT) problem("more than " + UNNAMED_LIMIT + " rows without a destination carry clues; later ones are not decoded");
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
            openRows++;
            openCounts.computeIfAbsent(a2, k -> new long[1])[0]++;
            boolean specific = false;
            boolean supports = false;
            for (int j : evidenceCols) {
                for (Clue c : clues(j, cell(cells, j))) {
                    double agree = c.share(a2);
                    if (c.countries().size() <= CodeDecoder.SPECIFIC && c.kind() != ClueKind.HUB && c.kind() != ClueKind.TRANSIT) {
                        specific = true;
                        supports |= agree > 0;
                    }
                    double[] s = clueStats.computeIfAbsent(c.key(), k -> new double[2]);
                    s[0]++;
                    s[1] += agree;
                    if (c.countries().size() <= CodeDecoder.SPECIFIC) {
                        double[] v = valueStats.computeIfAbsent(CodeDecoder.kindKey(c.kind(), j) + '|' + c.value(), x -> new double[2]);
                        v[0]++;
                        v[1] += agree;
                    }
                }
            }
            if (supports) faithfulRows++;
            else if (specific) strayRows++;
            return;
        }
        suspects.computeIfAbsent(shown.strip(), k -> new ArrayList<>()).add(suspect(line, cells));
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
        if (rows == 0) return AuditResult.notJudgeable(file, "the file holds no data rows", 0, columns, problems);
        if (countryCol < 0) {
            return AuditResult.notJudgeable(file, "no column holds country names or codes (fewer than 30 % of any column's values resolve to a country)",
                    rows, columns, problems);
        }
        if (openRows == 0 && !suspects.isEmpty()) {
            problem("no row names a country openly: clue reliabilities rest on the reference data alone");
        }
        // a kind's reliability in a column: the mean agreement of its distinct values, each value counted once
        // (a word seen in every open row must not outweigh the many values seen once)
        Map<String, double[]> kindStats = new HashMap<>();
        valueStats.forEach((key, v) -> {
            double[] k = kindStats.computeIfAbsent(key.substring(0, key.indexOf('|')), x -> new double[2]);
            k[0]++;
            k[1] += v[1] / v[0];
        });
        Map<String, Long> open = new LinkedHashMap<>();
        openCounts.forEach((k, v) -> open.put(k, v[0]));
        CodeDecoder decoder = new CodeDecoder(countries, open, clueStats, kindStats, faithfulRows, strayRows);
        List<CodeVerdict> codes = new ArrayList<>();
        suspects.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()))
                .forEach(e -> codes.add(decoder.decode(e.getKey(), e.getValue(), this::header)));
        boolean anyCode = !codes.isEmpty();
        boolean embargoedBlank = false;
        if (!unnamed.isEmpty()) {
            CodeVerdict blank = decoder.decodeUnnamed(unnamed, this::header);
            embargoedBlank = blank.verdicts().stream().anyMatch(v -> CodeDecoder.embargoed(v.country()));
            codes.add(blank);
        }
        AuditResult.Status status = anyCode ? AuditResult.Status.CODES_FOUND
                : embargoedBlank ? AuditResult.Status.HIDDEN_IN_BLANKS : AuditResult.Status.NOTHING_HIDDEN;
        return new AuditResult(file, status, null, rows, columns, openRows, open, blankRows, codes, problems);
    }

    private String header(int column) {
        return columns.get(column).header();
    }
}
