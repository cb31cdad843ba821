package org.chokepoint.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chokepoint.audit.Clue;
import org.chokepoint.audit.ColumnRole;
import org.chokepoint.audit.EvidenceLexicon;
import org.chokepoint.model.Country;
import org.chokepoint.model.CountryIndex;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;

/**
 * Writes operations exports with known answers, for measuring how well the audit's stated probabilities hold.
 * Each export draws its own layout and its own difficulty from the seed: column order and header language,
 * delimiter, ISO or day-first or Excel serial dates, text or numeric order numbers, CSV or an XLSX with a cover
 * sheet and a two-row header; 1–6 codes, some on a handful of rows, some hiding ordinary countries (also named
 * openly elsewhere), a region code over two or three countries, a code whose rows show only a Dubai, Beirut,
 * Dandong or Colón intermediary, rows with a blank or placeholder destination; clue density, misleading clues
 * (another country's value) and reseller rows (a hub's city and telephone on a row of a hidden country).
 *
 * <p>Clue values are real reference data, each checked against the lexicon to point to its country: telephone
 * calling codes, currencies, cities of the GeoNames gazetteer, operator brands of the MCC-MNC list, country
 * names. The generator knows what it wrote; the audit does not.
 */
final class AuditExportGenerator {
    /** What a code truly stands for. */
    enum Truth { COUNTRY, REGION, INTERMEDIARY }

    record CodeTruth(Truth truth, List<String> countries, int rows) {
    }

    /** A written export and its key: per code, and per row (by id and by line) the true country, null for an intermediary's. */
    record Export(Path file, String layout, boolean numericIds, Map<String, CodeTruth> codes, Map<String, String> rowById,
                  Map<Long, String> rowByLine, Map<String, String> blankById, Map<Long, String> blankByLine) {
    }

    static final List<String> EMBARGOED = List.of("CU", "IR", "KP", "SY");
    /** Hub city, its country, the country it serves ("" for a re-export hub), as the hubs table of the sources module has them. */
    private static final String[][] HUBS = {{"Dubai", "AE", "IR"}, {"Beirut", "LB", "SY"}, {"Dandong", "CN", "KP"}, {"Colón", "PA", ""}};
    private static final String[] ROLES = {"id", "country", "city", "customer", "value", "currency", "phone", "remarks", "date"};
    private static final Map<String, String[]> HEADERS = Map.of(
            "id", new String[]{"Project ID", "Ref", "Auftrag", "Referencia", "Order No"},
            "country", new String[]{"Country", "Land", "País", "Destination", "Pays"},
            "city", new String[]{"Site", "City", "Ort", "Ciudad", "Ville"},
            "customer", new String[]{"Customer", "Kunde", "Cliente", "Consignee", "Operator"},
            "value", new String[]{"Contract Value", "Betrag", "Importe", "Amount", "Montant"},
            "currency", new String[]{"Currency", "Währung", "Moneda", "Ccy", "Devise"},
            "phone", new String[]{"Contact Phone", "Telefon", "Teléfono", "Tel", "Phone"},
            "remarks", new String[]{"Remarks", "Bemerkung", "Notas", "Comments", "Note"},
            "date", new String[]{"Start Date", "Datum", "Fecha", "Order date", "Date"});
    private static final String[] GENERIC_CUSTOMERS = {"Ministry of Communications", "Global Networks Ltd", "Trading House", "National Telecom"};
    private static final String[] GENERIC_REMARKS = {"spares", "renewal", "urgent", "phase 2", "", "", "warranty"};
    private static final String[] PLACEHOLDERS = {"", "n/a", "-", "unknown", "N/A", "tbd"};

    private final Map<String, Country> byAlpha2 = new HashMap<>();
    private final List<String> ordinary = new ArrayList<>();
    private final Map<String, List<String>> cities = new HashMap<>();
    private final Map<String, List<String>> operators = new HashMap<>();
    private final Map<String, String> currency = new HashMap<>();
    private final Map<String, String> callingCode = new HashMap<>();

    /** Learns, from the reference data, the clue values that the lexicon takes to point to one country. */
    AuditExportGenerator(CountryIndex index, EvidenceLexicon lexicon, Path refdata) throws IOException {
        for (Country c : index.countries()) byAlpha2.put(c.alpha2(), c);
        List<String> wanted = new ArrayList<>(List.of("DE", "FR", "IT", "ES", "PL", "NL", "SE", "TR", "EG", "MA", "NG", "KE", "ZA", "GH",
                "IN", "PK", "BD", "ID", "MY", "TH", "VN", "PH", "JP", "KR", "BR", "AR", "MX", "CO", "PE", "CL", "AU", "NZ", "SA",
                "JO", "KZ", "UZ", "UA", "RO", "HU", "CZ", "PT", "GR", "TZ", "ET", "DZ", "TN", "IQ", "LK", "NP", "MM"));
        wanted.addAll(EMBARGOED);
        wanted.addAll(List.of("AE", "LB", "CN", "PA"));
        for (String a2 : wanted) {
            Country c = byAlpha2.get(a2);
            if (c == null) continue;
            for (String cc : c.callingCodes()) {
                if (points(lexicon, ColumnRole.PHONE, "+" + cc + " 21 555 0100", a2)) {
                    callingCode.put(a2, cc);
                    break;
                }
            }
            for (String cur : c.currencies()) if (points(lexicon, ColumnRole.CURRENCY, cur, a2)) currency.putIfAbsent(a2, cur);
        }
        readCities(refdata.resolve("geonames-cities.json.gz"), lexicon, wanted);
        readOperators(refdata.resolve("mcc-mnc-list.json"), lexicon, wanted);
        for (String a2 : wanted) {
            if (!EMBARGOED.contains(a2) && !List.of("AE", "LB", "CN", "PA").contains(a2) && callingCode.containsKey(a2)
                    && cities.getOrDefault(a2, List.of()).size() >= 3) ordinary.add(a2);
        }
    }

    private static boolean points(EvidenceLexicon lexicon, ColumnRole role, String value, String a2) {
        List<Clue> clues = lexicon.clues(role, value);
        return !clues.isEmpty() && clues.stream().allMatch(c -> c.share(a2) >= 0.8);
    }

    private void readCities(Path file, EvidenceLexicon lexicon, List<String> wanted) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16);
             JsonParser p = new ObjectMapper().getFactory().createParser(in)) {
            ObjectMapper m = new ObjectMapper();
            if (p.nextToken() != JsonToken.START_ARRAY) throw new IOException(file + ": not a JSON array");
            while (p.nextToken() == JsonToken.START_OBJECT) {
                JsonNode n = m.readTree(p);
                String a2 = n.path("country").asText();
                String name = n.path("name").asText();
                List<String> list = cities.computeIfAbsent(a2, k -> new ArrayList<>());
                if (!wanted.contains(a2) || list.size() >= 12 || name.length() < 4 || name.contains(" ")) continue;
                if (points(lexicon, ColumnRole.CITY, name, a2)) list.add(name);
            }
        }
    }

    private void readOperators(Path file, EvidenceLexicon lexicon, List<String> wanted) throws IOException {
        for (JsonNode n : new ObjectMapper().readTree(file.toFile())) {
            String a2 = n.path("countryCode").asText();
            String brand = n.path("brand").asText();
            if (!wanted.contains(a2) || brand.length() < 4) continue;
            List<String> list = operators.computeIfAbsent(a2, k -> new ArrayList<>());
            if (list.size() < 4 && !list.contains(brand) && points(lexicon, ColumnRole.CUSTOMER, brand, a2)) list.add(brand);
        }
    }

    /**
     * One row to write: its true country, what its destination cell says, the hub whose city and telephone it
     * shows ("@" + alpha-2 for a reseller elsewhere) or null, its code, whether its destination is blank.
     */
    private record Plan(String country, String destinationCell, String hub, String code, boolean blank) {
    }

    /** What the generator found to write, per country: cities, operators, telephone code, currency. */
    String describe() {
        StringBuilder b = new StringBuilder(ordinary.size() + " ordinary countries;");
        for (String a2 : List.of("CU", "IR", "KP", "SY", "AE", "LB", "CN", "PA")) {
            b.append(' ').append(a2).append(": ").append(cities.getOrDefault(a2, List.of()).size()).append(" cities, ")
                    .append(operators.getOrDefault(a2, List.of()).size()).append(" operators, +").append(callingCode.get(a2)).append(", ")
                    .append(currency.get(a2)).append(';');
        }
        return b.toString();
    }

    /** Writes export number {@code k} of the run seeded {@code seed} into {@code dir}. */
    Export write(Path dir, long seed, int k) throws IOException {
        Random rnd = new Random(seed * 1_000_003L + k);
        double density = 0.15 + 0.55 * rnd.nextDouble();
        double misleading = rnd.nextDouble() < 0.5 ? 0 : 0.25 * rnd.nextDouble();
        double resellers = rnd.nextDouble() < 0.7 ? 0 : 0.15 * rnd.nextDouble();
        boolean xlsx = rnd.nextDouble() < 0.25;
        boolean numericIds = rnd.nextDouble() < 0.35;
        int dateStyle = xlsx && rnd.nextBoolean() ? 2 : rnd.nextInt(2); // 0 ISO, 1 day-first, 2 Excel serial
        int lang = rnd.nextInt(5);

        List<Plan> plans = new ArrayList<>();
        List<String> openPool = new ArrayList<>(ordinary);
        java.util.Collections.shuffle(openPool, rnd);
        openPool = openPool.subList(0, 8 + rnd.nextInt(20));
        int open = 100 + rnd.nextInt(500);
        for (int i = 0; i < open; i++) {
            String c = openPool.get(rnd.nextInt(openPool.size()));
            plans.add(new Plan(c, countryCell(c, rnd), reseller(rnd, resellers, c), null, false));
        }
        Map<String, CodeTruth> codes = new LinkedHashMap<>();
        int nCodes = 1 + rnd.nextInt(rnd.nextDouble() < 0.2 ? 6 : 3);
        List<String> hiddenPool = new ArrayList<>(EMBARGOED);
        java.util.Collections.shuffle(hiddenPool, rnd);
        for (int c = 0; c < nCodes; c++) {
            String code = codeName(rnd, c);
            double u = rnd.nextDouble();
            int rows = (int) Math.round(Math.exp(rnd.nextDouble() * Math.log(120)));
            if (u < 0.1) {
                String regionCode = "EMEA-" + (c + 1);
                List<String> region = new ArrayList<>();
                while (region.size() < 2 + rnd.nextInt(2)) {
                    String x = rnd.nextBoolean() ? hiddenPool.get(rnd.nextInt(hiddenPool.size())) : ordinary.get(rnd.nextInt(ordinary.size()));
                    if (!region.contains(x)) region.add(x);
                }
                rows = 20 + rnd.nextInt(60);
                for (int i = 0; i < rows; i++) plans.add(new Plan(region.get(rnd.nextInt(region.size())), regionCode, null, regionCode, false));
                codes.put(regionCode, new CodeTruth(Truth.REGION, region, rows));
            } else if (u < 0.2) {
                String[] hub = HUBS[rnd.nextInt(HUBS.length)];
                rows = 2 + rnd.nextInt(25);
                for (int i = 0; i < rows; i++) plans.add(new Plan(null, code, hub[0], code, false));
                codes.put(code, new CodeTruth(Truth.INTERMEDIARY, hub[2].isEmpty() ? List.of(hub[1]) : List.of(hub[2], hub[1]), rows));
            } else {
                // most codes hide an embargoed destination; some an ordinary country, often one also named openly
                String x = rnd.nextDouble() < 0.65 ? hiddenPool.get(c % hiddenPool.size())
                        : rnd.nextBoolean() ? openPool.get(rnd.nextInt(openPool.size())) : ordinary.get(rnd.nextInt(ordinary.size()));
                for (int i = 0; i < rows; i++) plans.add(new Plan(x, code, reseller(rnd, resellers, x), code, false));
                codes.put(code, new CodeTruth(Truth.COUNTRY, List.of(x), rows));
            }
        }
        if (rnd.nextDouble() < 0.3) {
            int blanks = 2 + rnd.nextInt(30);
            for (int i = 0; i < blanks; i++) {
                String x = rnd.nextBoolean() ? EMBARGOED.get(rnd.nextInt(4)) : openPool.get(rnd.nextInt(openPool.size()));
                plans.add(new Plan(x, PLACEHOLDERS[rnd.nextInt(PLACEHOLDERS.length)], null, null, true));
            }
        }
        java.util.Collections.shuffle(plans, rnd);

        int[] order = {0, 1, 2, 3, 4, 5, 6, 7, 8};
        if (!xlsx) shuffleTail(order, rnd);
        List<String> header = new ArrayList<>();
        for (int j : order) header.add(HEADERS.get(ROLES[j])[ROLES[j].equals("id") && numericIds ? 4 : ROLES[j].equals("date") && dateStyle == 2 ? 4 : lang]);
        List<List<Object>> rows = new ArrayList<>();
        Map<String, String> rowById = new HashMap<>();
        Map<Long, String> rowByLine = new HashMap<>();
        Map<String, String> blankById = new HashMap<>();
        Map<Long, String> blankByLine = new HashMap<>();
        long firstLine = xlsx ? 3 : 2;
        LocalDate start = LocalDate.of(2008, 1, 1);
        for (int i = 0; i < plans.size(); i++) {
            Plan p = plans.get(i);
            boolean hidden = p.code != null || p.blank;
            double d = p.blank && p.country != null && EMBARGOED.contains(p.country) ? Math.max(density, 0.5) : density;
            String id = numericIds ? String.valueOf(2014000123L + i) : String.format("P%02d-%05d", k % 100, i);
            Map<String, Object> cell = new HashMap<>();
            cell.put("id", numericIds ? (Object) Long.valueOf(id) : id);
            cell.put("country", p.destinationCell);
            String c = p.country;
            cell.put("city", c == null || rnd.nextDouble() >= d ? "" : anyOf(rnd, cities.get(mislead(rnd, misleading, c, cities))));
            String operatorOf = c == null || rnd.nextDouble() >= d ? null : mislead(rnd, misleading, c, operators);
            String brand = operatorOf == null ? "" : anyOf(rnd, operators.get(operatorOf));
            cell.put("customer", brand.isEmpty() ? oneOf(rnd, GENERIC_CUSTOMERS) : brand);
            cell.put("value", String.valueOf(1000L * (50 + rnd.nextInt(9000))));
            String cur = c != null && currency.containsKey(c) && rnd.nextDouble() < d ? currency.get(c) : rnd.nextDouble() < 0.8 ? "USD" : "EUR";
            cell.put("currency", cur);
            cell.put("phone", c != null && rnd.nextDouble() < d ? phone(mislead(rnd, misleading, c, null), rnd) : "");
            cell.put("remarks", c != null && rnd.nextDouble() < d / 3 ? "for " + byAlpha2.get(c).commonName() : oneOf(rnd, GENERIC_REMARKS));
            if (p.hub != null && p.hub.startsWith("@")) {
                // a reseller or forwarder elsewhere: its city and telephone, the rest of the row the destination's own
                String at = p.hub.substring(1);
                cell.put("city", anyOf(rnd, cities.get(at)));
                cell.put("phone", phone(at, rnd));
            } else if (p.hub != null) {
                String[] hub = hub(p.hub);
                cell.put("city", hub[0]);
                cell.put("phone", phone(hub[1], rnd));
                if (p.country == null) {
                    cell.put("currency", rnd.nextBoolean() && currency.containsKey(hub[1]) ? currency.get(hub[1]) : "USD");
                    cell.put("customer", oneOf(rnd, GENERIC_CUSTOMERS));
                    cell.put("remarks", oneOf(rnd, GENERIC_REMARKS));
                }
            }
            LocalDate date = start.plusDays(rnd.nextInt(9 * 365));
            cell.put("date", switch (dateStyle) {
                case 0 -> date.toString();
                case 1 -> String.format("%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
                default -> (Object) Long.valueOf(ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), date));
            });
            List<Object> row = new ArrayList<>();
            for (int j : order) row.add(cell.get(ROLES[j]));
            rows.add(row);
            long line = firstLine + i;
            if (p.blank) {
                blankById.put(id, p.country);
                blankByLine.put(line, p.country);
            } else if (p.code != null) {
                rowById.put(id, p.country);
                rowByLine.put(line, p.country);
            }
        }
        Path file;
        String layout;
        if (xlsx) {
            file = dir.resolve("export-" + k + ".xlsx");
            MiniXlsx.write(file, header, rows, "Order book");
            layout = "xlsx, cover sheet, two-row header";
        } else {
            char delimiter = ",;\t|".charAt(rnd.nextInt(4));
            file = dir.resolve("export-" + k + ".csv");
            writeCsv(file, header, rows, delimiter);
            layout = "delimited '" + (delimiter == '\t' ? "TAB" : String.valueOf(delimiter)) + "'";
        }
        return new Export(file, layout + (numericIds ? ", numeric order numbers" : "") + (dateStyle == 2 ? ", serial dates" : ""),
                numericIds, codes, rowById, rowByLine, blankById, blankByLine);
    }

    private static void shuffleTail(int[] order, Random rnd) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    private String countryCell(String a2, Random rnd) {
        Country c = byAlpha2.get(a2);
        double u = rnd.nextDouble();
        return u < 0.6 ? c.commonName() : u < 0.75 ? c.officialName() : u < 0.85 ? c.alpha2() : c.alpha3();
    }

    private static String codeName(Random rnd, int i) {
        String letters = "ABCKXZQ";
        return switch (rnd.nextInt(4)) {
            case 0 -> "" + letters.charAt(rnd.nextInt(letters.length())) + (1 + rnd.nextInt(9)) + "" + i;
            case 1 -> letters.charAt(rnd.nextInt(letters.length())) + "-" + (10 + i);
            case 2 -> "Z-0" + (i + 1);
            default -> letters.charAt(rnd.nextInt(letters.length())) + "#" + (i + 2);
        };
    }

    /** The country whose value is written: the true one, or with probability {@code rate} another of the pool. */
    private String mislead(Random rnd, double rate, String country, Map<String, List<String>> values) {
        if (rnd.nextDouble() >= rate) return country;
        String other = ordinary.get(rnd.nextInt(ordinary.size()));
        return other.equals(country) || values != null && values.getOrDefault(other, List.of()).isEmpty() ? country : other;
    }

    private String phone(String country, Random rnd) {
        String cc = callingCode.get(country);
        return cc == null ? "" : "+" + cc + " " + (20 + rnd.nextInt(70)) + " " + (100 + rnd.nextInt(900)) + " " + (1000 + rnd.nextInt(9000));
    }

    /**
     * With probability {@code rate}, a row shows an intermediary: the hub that serves its country when there is one
     * (half the time), else a reseller in another ordinary country, written "@" + its alpha-2; else null.
     */
    private String reseller(Random rnd, double rate, String country) {
        if (rnd.nextDouble() >= rate) return null;
        for (String[] h : HUBS) if (h[2].equals(country) && rnd.nextBoolean()) return h[0];
        String other = ordinary.get(rnd.nextInt(ordinary.size()));
        return other.equals(country) ? null : "@" + other;
    }

    private static String[] hub(String city) {
        for (String[] h : HUBS) if (h[0].equals(city)) return h;
        throw new IllegalArgumentException(city);
    }

    /** One of the values, "" when there is none. */
    private static String anyOf(Random rnd, List<String> list) {
        return list == null || list.isEmpty() ? "" : list.get(rnd.nextInt(list.size()));
    }

    private static String oneOf(Random rnd, String[] list) {
        return list[rnd.nextInt(list.length)];
    }

    private static void writeCsv(Path file, List<String> header, List<List<Object>> rows, char delimiter) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(String.valueOf(delimiter), header.stream().map(h -> Csv.field(h, delimiter)).toList()));
            w.write('\n');
            for (List<Object> r : rows) {
                w.write(String.join(String.valueOf(delimiter), r.stream().map(v -> Csv.field(String.valueOf(v), delimiter)).toList()));
                w.write('\n');
            }
        }
    }
}
