package org.chokepoint.sources.bis;

import org.chokepoint.model.Address;
import org.chokepoint.model.Detail;
import org.chokepoint.model.Entity;
import org.chokepoint.model.EntityBuilder;
import org.chokepoint.model.Findings;
import org.chokepoint.model.FuzzyDate;
import org.chokepoint.model.Name;
import org.chokepoint.model.Schema;
import org.chokepoint.sources.ListFormatException;
import org.chokepoint.sources.SingleFileSource;
import org.chokepoint.sources.SourceInfo;
import org.chokepoint.sources.StableId;
import org.chokepoint.sources.ofac.OfacDates;
import org.chokepoint.sources.tabular.CsvReader;
import org.chokepoint.sources.tabular.Header;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The BIS Denied Persons List ({@code dpl.txt}): tab-separated, {@code "}-quoted, header row Name,
 * Street_Address, City, State, Country, Postal_Code, Effective_Date, Expiration_Date, Standard_Order,
 * Last_Update, Action, FR_Citation (found by name). Dates {@code MM/DD/YYYY}.
 *
 * <p>The list has no ids. One denial order is one (Name, Effective_Date); BIS writes one row per address of it,
 * so rows with the same two values become one entity with several addresses, and its sourceId is
 * {@link StableId#of} those two values (12 hex digits): stable across releases as long as BIS does not amend
 * the order. The FR_Citation is not part of the key: the rows of one order often carry it typed differently
 * (a missing space, "8/29/2002" for "8/29/2022", one notice more or less), and the longest is kept. A row
 * identical in every field to an earlier one is reported ({@code duplicate-row}) and adds nothing. The whole
 * file (under 1,000 rows) is grouped in memory.
 *
 * <p>Schema: {@link PartyNames#looksLikeOrganization} (legal-form and business words) decides ORGANIZATION,
 * else PERSON.
 */
public final class DplSource extends SingleFileSource {
    public static final String SOURCE = "bis-dpl";
    private static final String LIST = "Denied Persons List";
    private static final List<String> REQUIRED = List.of("name", "effective_date", "fr_citation");

    public DplSource(Path file) {
        super(SOURCE, file);
    }

    @Override
    protected SourceInfo readFile(Consumer<Entity> out, Findings findings) throws IOException {
        Map<String, EntityBuilder> orders = new LinkedHashMap<>();
        Map<List<String>, Long> rowsSeen = new HashMap<>();
        try (CsvReader r = CsvReader.open(file, '\t')) {
            List<String> headerRow = r.next();
            if (headerRow == null) throw new ListFormatException(file + ": empty file, no header row");
            Header header = Header.ignoringCase(headerRow).require(REQUIRED, file + ": line 1", "the BIS Denied Persons List layout");
            Map<String, Integer> col = header.positions();
            List<String> next;
            while ((next = r.next()) != null) {
                List<String> f = next;
                if (f.isEmpty()) continue;
                String where = r.fileName() + ":" + r.recordLine();
                if (f.size() != header.size()) {
                    findings.error(SOURCE, where, "field-count", "expected " + header.size() + " fields, found " + f.size() + "; row skipped");
                    continue;
                }
                Long first = rowsSeen.putIfAbsent(f, r.recordLine());
                if (first != null) {
                    findings.warn(SOURCE, where, "duplicate-row", "same as line " + first + " in every field; not read twice");
                    continue;
                }
                Map<String, String> row = new HashMap<>();
                col.forEach((k, i) -> row.put(k, blankToNull(f.get(i))));
                String name = row.get("name");
                if (name == null) {
                    findings.error(SOURCE, where, "no-name", "row without a name; row skipped");
                    continue;
                }
                String id = StableId.of(name, row.get("effective_date"));
                EntityBuilder b = orders.computeIfAbsent(id, k -> newOrder(k, row, where, findings));
                String citation = row.get("fr_citation"), kept = b.detail(Detail.FEDERAL_REGISTER);
                if (citation != null && (kept == null || citation.length() > kept.length())) {
                    b.detail(Detail.FEDERAL_REGISTER, citation);
                }
                Address address = address(row);
                if (address != null) {
                    b.address(address);
                    b.country(address.country());
                }
            }
        }
        orders.values().forEach(b -> out.accept(b.build()));
        return SourceInfo.undated(SOURCE);
    }

    private static EntityBuilder newOrder(String id, Map<String, String> row, String where, Findings findings) {
        String name = row.get("name");
        EntityBuilder b = Entity.builder(SOURCE, id, PartyNames.looksLikeOrganization(name) ? Schema.ORGANIZATION : Schema.PERSON);
        b.name(Name.primary(name)).list(LIST);
        String effective = row.get("effective_date");
        if (effective != null) {
            LocalDate d = OfacDates.parseUs(effective);
            if (d == null) findings.warn(SOURCE, where, "bad-date", "Effective_Date '" + effective + "' is not MM/DD/YYYY");
            else b.listedOn(FuzzyDate.day(effective, d));
        }
        String expiration = row.get("expiration_date");
        if (expiration != null) {
            LocalDate d = OfacDates.parseUs(expiration);
            if (d == null) findings.warn(SOURCE, where, "bad-date", "Expiration_Date '" + expiration + "' is not MM/DD/YYYY");
            b.detail(Detail.END_DATE, d == null ? expiration : d.toString());
        }
        String action = row.get("action");
        if (action != null) b.remarks(action);
        return b;
    }

    private static Address address(Map<String, String> row) {
        String street = row.get("street_address");
        String city = row.get("city");
        String state = row.get("state");
        String postal = row.get("postal_code");
        String country = row.get("country");
        String full = Stream.of(street, city, state, postal, country).filter(s -> s != null).collect(Collectors.joining(", "));
        return full.isEmpty() ? null : new Address(full, street, city, state, postal, country);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
