package org.chokepoint.sources.csl;

import org.chokepoint.model.Address;
import org.chokepoint.model.Detail;
import org.chokepoint.model.Entity;
import org.chokepoint.model.EntityBuilder;
import org.chokepoint.model.Findings;
import org.chokepoint.model.FuzzyDate;
import org.chokepoint.model.Link;
import org.chokepoint.model.LinkType;
import org.chokepoint.model.Name;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;
import org.chokepoint.sources.ListFormatException;
import org.chokepoint.sources.SingleFileSource;
import org.chokepoint.sources.SourceInfo;
import org.chokepoint.sources.StableId;
import org.chokepoint.sources.bis.PartyNames;
import org.chokepoint.sources.ofac.OfacDates;
import org.chokepoint.sources.ofac.OfacFacts;
import org.chokepoint.sources.ofac.OfacRemarks;
import org.chokepoint.sources.tabular.CsvReader;
import org.chokepoint.sources.tabular.Header;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The US Consolidated Screening List CSV (trade.gov): a header row, then one row per listing, columns
 * found by their header names so both the current 29-column layout (with {@code _id}) and the older one
 * without {@code _id} read. Multi-valued cells are {@code "; "}-separated.
 *
 * <p>sourceId: {@code _id}. The CSL publishes one row per (OFAC record, list), so an OFAC ent_num on both
 * SDN and, say, the CAPTA list appears twice with the same {@code _id}. A first pass counts the {@code _id}s;
 * of a shared one, the SDN row keeps it and every other row gets {@code _id/LIST} (list code from the source
 * column, e.g. {@code 34616/CAP}) with an INFO {@code shared-id} finding, whatever the row order. Layouts without {@code _id} use the OFAC entity_number, else a hash of source, name, addresses and
 * start date ({@code h:} + 12 hex digits of SHA-256).
 *
 * <p>Rows from OFAC lists (the source column names the Treasury Department) carry OFAC's ent_num in
 * {@code entity_number}: they get a {@link LinkType#SAME_AS} link to {@code ofac-sdn:n} (SDN rows) or
 * {@code ofac-cons:n} (every other OFAC list, which OFAC publishes in its non-SDN consolidated list).
 */
public final class CslSource extends SingleFileSource {
    public static final String SOURCE = "us-csl";
    private static final Pattern LIST_CODE = Pattern.compile("\\(([^()]+)\\)");
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");

    public CslSource(Path file) {
        super(SOURCE, file);
    }

    @Override
    protected SourceInfo readFile(Consumer<Entity> out, Findings findings) throws IOException {
        Map<String, Long> seen = new HashMap<>();
        Map<String, Integer> idCounts = idCounts();
        try (CsvReader r = CsvReader.open(file, ',')) {
            List<String> header = r.next();
            if (header == null) throw new ListFormatException(file + ": empty file, no header row");
            Header cols = Header.ignoringCase(header).require(List.of("source", "name"), file + ": line 1",
                    "the Consolidated Screening List layout");
            List<String> f;
            while ((f = r.next()) != null) {
                if (f.isEmpty()) continue;
                String where = r.fileName() + ":" + r.recordLine();
                if (f.size() != header.size()) {
                    findings.error(SOURCE, where, "field-count", "expected " + header.size() + " fields, found " + f.size() + "; row skipped");
                    continue;
                }
                Entity e = entity(new Row(cols, f), where, seen, idCounts, r.recordLine(), findings);
                if (e != null) out.accept(e);
            }
        }
        return SourceInfo.undated(SOURCE);
    }

    /** How often each {@code _id} occurs (empty when the layout has no {@code _id} column). */
    private Map<String, Integer> idCounts() throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        try (CsvReader r = CsvReader.open(file, ',')) {
            List<String> header = r.next();
            int col = header == null ? -1 : header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList().indexOf("_id");
            if (col < 0) return counts;
            List<String> f;
            while ((f = r.next()) != null) {
                if (f.size() == header.size()) counts.merge(f.get(col).strip(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private Entity entity(Row row, String where, Map<String, Long> seen, Map<String, Integer> idCounts, long line, Findings findings) {
        String list = row.get("source");
        String name = row.get("name");
        if (name == null || list == null) {
            findings.error(SOURCE, where, "no-name", "row without name or source; row skipped");
            return null;
        }
        String entityNumber = row.get("entity_number");
        String id = row.get("_id");
        if (id == null) id = entityNumber != null ? entityNumber : "h:" + StableId.of(list, name, row.get("addresses"), row.get("start_date"));
        boolean sdn = list.startsWith("Specially Designated Nationals");
        if (idCounts.getOrDefault(id, 0) > 1 && !sdn) {
            String unique = id + "/" + listCode(list);
            findings.info(SOURCE, where, "shared-id", "_id " + id + " is on several lists (one OFAC record); this row read as " + unique);
            id = unique;
        }
        Long first = seen.putIfAbsent(id, line);
        if (first != null) {
            findings.warn(SOURCE, where, "duplicate-id", "id " + id + " already read at line " + first + "; row skipped");
            return null;
        }
        Schema schema = schema(row.get("type"), list, name, where, findings);
        EntityBuilder b = Entity.builder(SOURCE, id, schema);
        var parts = schema == Schema.PERSON ? java.util.Optional.<CslNames.Split>empty() : CslNames.split(name);
        if (parts.isPresent()) {
            // "HiSilicon Technologies Co., Ltd (HiSilicon), Bantian Longgang District": the name alone scores as a name
            b.name(Name.primary(parts.get().name())).list(list);
            if (parts.get().alias() != null) b.name(Name.alias(parts.get().alias(), NameKind.STRONG_ALIAS));
            if (parts.get().address() != null) b.address(new Address(parts.get().address(), null, null, null, null, null));
        } else {
            b.name(Name.primary(name)).list(list);
        }
        for (String alt : split(row.get("alt_names"))) b.name(Name.alias(alt, NameKind.STRONG_ALIAS));
        split(row.get("programs")).forEach(b::program);
        for (String a : split(row.get("addresses"))) {
            String country = lastToken(a);
            b.address(new Address(a, null, null, null, null, country));
            b.country(country);
        }
        for (String d : split(row.get("dates_of_birth"))) {
            FuzzyDate date = OfacDates.parse(d);
            if (date == null) findings.warn(SOURCE, where, "bad-date", "date of birth '" + d + "' not understood");
            else b.birthDate(date);
        }
        split(row.get("places_of_birth")).forEach(b::birthPlace);
        split(row.get("nationalities")).forEach(b::nationality);
        split(row.get("citizenships")).forEach(b::citizenship);
        for (String idText : split(row.get("ids"))) identifier(b, idText);
        String start = row.get("start_date");
        if (start != null) {
            FuzzyDate listed = OfacDates.parse(start);
            if (listed == null) findings.warn(SOURCE, where, "bad-date", "start_date '" + start + "' not understood");
            b.listedOn(listed);
        }
        b.detail(Detail.TITLE, row.get("title"))
                .detail(Detail.FEDERAL_REGISTER, row.get("federal_register_notice"))
                .detail(Detail.END_DATE, row.get("end_date"))
                .detail(Detail.LICENSE_REQUIREMENT, row.get("license_requirement"))
                .detail(Detail.LICENSE_POLICY, row.get("license_policy"))
                .detail(Detail.CALL_SIGN, row.get("call_sign"))
                .detail(Detail.VESSEL_TYPE, row.get("vessel_type"))
                .detail(Detail.TONNAGE, row.get("gross_tonnage"))
                .detail(Detail.GROSS_REGISTERED_TONNAGE, row.get("gross_registered_tonnage"))
                .detail(Detail.VESSEL_FLAG, row.get("vessel_flag"))
                .detail(Detail.VESSEL_OWNER, row.get("vessel_owner"))
                .detail(Detail.SOURCE_URL, row.get("source_information_url"));
        String remarks = row.get("remarks");
        b.remarks(remarks);
        boolean ofac = list.contains("Treasury Department");
        if (ofac && remarks != null) {
            // OFAC rows carry "(Linked To: X)" in remarks, the other facts are in their own columns
            OfacRemarks.parse(remarks).links().forEach(b::link);
        }
        if (ofac && entityNumber != null && entityNumber.chars().allMatch(Character::isDigit)) {
            String target = (sdn ? "ofac-sdn:" : "ofac-cons:") + entityNumber;
            b.link(new Link(LinkType.SAME_AS, target, null, null));
        }
        return b.build();
    }

    /** "CN, 914403001922038216, Unified Social Credit Code (USCC)" or "Male, Gender": [country,] value, label. */
    private static void identifier(EntityBuilder b, String text) {
        int lastComma = text.lastIndexOf(", ");
        if (lastComma < 0) return;
        String label = text.substring(lastComma + 2);
        String rest = text.substring(0, lastComma);
        String country = null;
        int firstComma = rest.indexOf(", ");
        if (firstComma == 2 && COUNTRY_CODE.matcher(rest.substring(0, 2)).matches()) {
            country = rest.substring(0, 2);
            rest = rest.substring(4);
        }
        OfacFacts.apply(b, label, rest, country, null);
    }

    private static Schema schema(String type, String list, String name, String where, Findings findings) {
        if (type != null) {
            return Schema.parse(type).orElseGet(() -> {
                findings.warn(SOURCE, where, "unknown-type", "type '" + type + "' unknown; read as organization");
                return Schema.ORGANIZATION;
            });
        }
        // BIS and State lists carry no type: DPL names are mostly persons, the others mostly organisations
        if (list.startsWith("Denied Persons List")) return PartyNames.looksLikeOrganization(name) ? Schema.ORGANIZATION : Schema.PERSON;
        return Schema.ORGANIZATION;
    }

    private static String listCode(String list) {
        Matcher m = LIST_CODE.matcher(list);
        String code = m.find() ? m.group(1) : list;
        return code.replaceAll("[^A-Za-z0-9-]+", "-").toUpperCase(Locale.ROOT);
    }

    private static String lastToken(String address) {
        String last = address.substring(address.lastIndexOf(',') + 1).strip();
        return COUNTRY_CODE.matcher(last).matches() ? last : null;
    }

    static List<String> split(String cell) {
        if (cell == null) return List.of();
        List<String> out = new ArrayList<>();
        for (String s : cell.split(";")) {
            if (!s.isBlank()) out.add(s.strip());
        }
        return out;
    }

    
    /** One CSL row; a cell that is empty or absent reads as null. */
    private record Row(Header header, List<String> fields) {
        String get(String column) {
            String v = header.cell(fields, column);
            return v.isEmpty() ? null : v;
        }
    }
}
