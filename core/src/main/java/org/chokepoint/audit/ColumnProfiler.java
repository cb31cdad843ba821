package org.chokepoint.audit;

import org.chokepoint.model.CountryIndex;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells what each column of an export holds from a sample of its values; a header, when the file has one,
 * only tips a close call. Exactly one column is the country column: the one whose values most often resolve
 * to a country (at least 30 % of its filled cells), or none, and then the file cannot be audited.
 */
public final class ColumnProfiler {
    /** Header words (any language the exports seen use) that hint at a role, compared by {@link CountryIndex#key}. */
    private static final Map<ColumnRole, List<String>> HINTS = Map.of(
            ColumnRole.COUNTRY, List.of("country", "land", "pays", "pais", "destination", "dest", "nation", "staat", "страна", "国家", "국가", "ctry"),
            ColumnRole.CITY, List.of("city", "site", "location", "town", "place", "ort", "stadt", "ville", "ciudad", "locality", "城市", "地点"),
            ColumnRole.CUSTOMER, List.of("customer", "client", "operator", "carrier", "kunde", "buyer", "consignee", "enduser", "客户", "运营商"),
            ColumnRole.CURRENCY, List.of("currency", "ccy", "curr", "wahrung", "devise", "moneda", "币种"),
            ColumnRole.PHONE, List.of("phone", "tel", "telephone", "mobile", "contact", "telefon", "电话"),
            ColumnRole.AMOUNT, List.of("value", "amount", "price", "total", "betrag", "montant", "importe", "sum", "金额"),
            ColumnRole.DATE, List.of("date", "datum", "fecha", "start", "year", "signed", "日期"),
            ColumnRole.ID, List.of("id", "project", "ref", "reference", "number", "no", "contract"));

    private final CountryIndex countries;
    private final EvidenceLexicon lexicon;

    public ColumnProfiler(CountryIndex countries, EvidenceLexicon lexicon) {
        this.countries = countries;
        this.lexicon = lexicon;
    }

    /** @param header header cells, or null when the file has none; @param sample the first rows */
    public List<ColumnProfile> profile(List<String> header, List<List<String>> sample) {
        int width = header == null ? 0 : header.size();
        for (List<String> r : sample) width = Math.max(width, r.size());
        double[] countryScore = new double[width];
        List<ColumnProfile> out = new ArrayList<>();
        for (int j = 0; j < width; j++) {
            List<String> values = new ArrayList<>();
            for (List<String> r : sample) {
                if (j < r.size() && !r.get(j).isBlank()) values.add(r.get(j).strip());
            }
            String name = header != null && j < header.size() && !header.get(j).isBlank() ? header.get(j).strip() : "column " + (j + 1);
            double resolving = share(values, v -> countries.resolve(v).isPresent());
            countryScore[j] = resolving + hint(header, j, ColumnRole.COUNTRY);
            // an export that is mostly codes: some values name countries, nearly all others are code-shaped
            double codes = share(values, v -> countries.resolve(v).isEmpty() && Cells.isCodeShaped(v));
            if (resolving >= 0.1 && resolving + codes >= 0.8) countryScore[j] = Math.max(countryScore[j], 0.3 + resolving / 2);
            // a column of numbers is a country column only when nearly all of them are ISO numeric codes
            if (share(values, v -> v.chars().allMatch(Character::isDigit)) >= 0.8 && countryScore[j] < 0.9) countryScore[j] = 0;
            out.add(otherRole(j, name, values, sample.size(), header));
        }
        int best = -1;
        for (int j = 0; j < width; j++) {
            if (countryScore[j] >= 0.3 && (best < 0 || countryScore[j] > countryScore[best])) best = j;
        }
        if (best >= 0) out.set(best, new ColumnProfile(best, out.get(best).header(), ColumnRole.COUNTRY, Math.min(1, countryScore[best])));
        return out;
    }

    private ColumnProfile otherRole(int j, String name, List<String> values, int rows, List<String> header) {
        if (values.isEmpty()) return new ColumnProfile(j, name, ColumnRole.OTHER, 0);
        double date = share(values, v -> Cells.date(v) != null) + hint(header, j, ColumnRole.DATE);
        if (date >= 0.8) return new ColumnProfile(j, name, ColumnRole.DATE, Math.min(1, date));
        // a spreadsheet saved without date formats writes dates as day numbers (41640): only a header tells them from amounts
        if (hint(header, j, ColumnRole.DATE) > 0 && share(values, Cells::isSerialDate) >= 0.9) return new ColumnProfile(j, name, ColumnRole.DATE, 1);
        double phone = share(values, Cells::isPhone) + hint(header, j, ColumnRole.PHONE);
        if (phone >= 0.6) return new ColumnProfile(j, name, ColumnRole.PHONE, Math.min(1, phone));
        double currency = share(values, v -> v.length() == 3 && !lexicon.clues(ColumnRole.CURRENCY, v).isEmpty())
                + hint(header, j, ColumnRole.CURRENCY);
        if (currency >= 0.6) return new ColumnProfile(j, name, ColumnRole.CURRENCY, Math.min(1, currency));
        // identifiers before amounts: an order number (2014000123) reads as an amount too
        if (isIdentifier(values, rows, hint(header, j, ColumnRole.ID) > 0, hint(header, j, ColumnRole.AMOUNT) > 0)) {
            return new ColumnProfile(j, name, ColumnRole.ID, (double) new HashSet<>(values).size() / values.size());
        }
        double amount = share(values, v -> Cells.amount(v).isPresent()) + hint(header, j, ColumnRole.AMOUNT);
        if (amount >= 0.8) return new ColumnProfile(j, name, ColumnRole.AMOUNT, Math.min(1, amount));
        double city = share(values, v -> hasKind(ColumnRole.CITY, v, ClueKind.PLACE)) + hint(header, j, ColumnRole.CITY);
        double customer = share(values, v -> hasKind(ColumnRole.CUSTOMER, v, ClueKind.OPERATOR)) + hint(header, j, ColumnRole.CUSTOMER);
        if (city >= 0.4 && city >= customer) return new ColumnProfile(j, name, ColumnRole.CITY, Math.min(1, city));
        if (customer >= 0.3) return new ColumnProfile(j, name, ColumnRole.CUSTOMER, Math.min(1, customer));
        double letters = share(values, v -> v.codePoints().anyMatch(Character::isLetter));
        return new ColumnProfile(j, name, letters >= 0.5 ? ColumnRole.TEXT : ColumnRole.OTHER, letters);
    }

    /**
     * Identifiers are filled on nearly every row, unique, and have digits. Plain numbers must also be in order
     * (order numbers grow; amounts do not) unless the header names an amount, or, under a header that names an
     * identifier, all of one length: 2014000123, 2014000124 … is an identifier, 172000, 1211000, 7145000 an
     * amount. Numbers written with separators or decimals (1.250,00) are amounts.
     */
    static boolean isIdentifier(List<String> values, int rows, boolean idHeader, boolean amountHeader) {
        if (values.size() < 0.9 * rows || values.size() < 2) return false;
        if (new HashSet<>(values).size() < 0.95 * values.size()) return false;
        if (share(values, v -> v.chars().anyMatch(Character::isDigit)) < 0.9) return false;
        if (share(values, v -> v.chars().allMatch(Character::isDigit)) < 0.9) return share(values, v -> Cells.amount(v).isPresent()) < 0.8;
        if (amountHeader) return false;
        int ascending = 0;
        int pairs = 0;
        for (int i = 1; i < values.size(); i++) {
            String a = values.get(i - 1);
            String b = values.get(i);
            if (!a.chars().allMatch(Character::isDigit) || !b.chars().allMatch(Character::isDigit)) continue;
            pairs++;
            if (a.length() < b.length() || a.length() == b.length() && a.compareTo(b) < 0) ascending++;
        }
        if (pairs > 0 && ascending >= 0.9 * pairs) return true;
        int length = values.get(0).length();
        return idHeader && length >= 6 && share(values, v -> v.length() == length) >= 0.95;
    }

    private boolean hasKind(ColumnRole role, String value, ClueKind kind) {
        for (Clue c : lexicon.clues(role, value)) if (c.kind() == kind) return true;
        return false;
    }

    /** 0.25 when the header names the role, else 0. */
    private static double hint(List<String> header, int j, ColumnRole role) {
        if (header == null || j >= header.size()) return 0;
        String h = CountryIndex.key(header.get(j));
        if (h.isEmpty()) return 0;
        for (String w : HINTS.get(role)) {
            String k = CountryIndex.key(w);
            if (h.equals(k) || (k.length() >= 4 && h.contains(k))) return 0.25;
        }
        return 0;
    }

    private static double share(List<String> values, java.util.function.Predicate<String> test) {
        if (values.isEmpty()) return 0;
        int n = 0;
        for (String v : values) if (test.test(v)) n++;
        return (double) n / values.size();
    }
}
