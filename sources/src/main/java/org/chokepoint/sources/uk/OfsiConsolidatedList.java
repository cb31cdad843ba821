package org.chokepoint.sources.uk;

import org.chokepoint.model.Address;
import org.chokepoint.model.Detail;
import org.chokepoint.model.Entity;
import org.chokepoint.model.EntityBuilder;
import org.chokepoint.model.Findings;
import org.chokepoint.model.FuzzyDate;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.Link;
import org.chokepoint.model.LinkType;
import org.chokepoint.model.Name;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;
import org.chokepoint.sources.ListFormatException;
import org.chokepoint.sources.SingleFileSource;
import org.chokepoint.sources.SourceInfo;
import org.chokepoint.sources.tabular.CsvReader;
import org.chokepoint.sources.tabular.ListFiles;
import org.chokepoint.sources.tabular.Header;
import org.chokepoint.sources.tabular.TabularReader;
import org.chokepoint.sources.tabular.XlsxReader;
import org.chokepoint.sources.text.Enumerated;
import org.chokepoint.sources.text.ListDates;
import org.chokepoint.sources.text.Scripts;
import org.chokepoint.sources.un.UnConsolidatedList;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Consumer;

/**
 * HM Treasury OFSI's Consolidated List of Financial Sanctions Targets ({@code ConList.csv} or {@code ConList.xlsx}):
 * row 1 {@code Last Updated,DD/MM/YYYY}, row 2 a 36-column header, then one row per name variant. Rows are grouped
 * by {@code Group ID} into one entity (source key {@code uk-hmt}, sourceId = Group ID). Because OFSI does not keep
 * a group's rows together, entities are emitted after the last row (the 2025 file: 4,688 groups from 18,798 rows).
 * Columns are found by header name, so the CSV and the XLSX layouts map identically.
 */
public final class OfsiConsolidatedList extends SingleFileSource {
    public static final String SOURCE = "uk-hmt";
    static final List<String> REQUIRED = List.of("Name 6", "Name 1", "Group Type", "Alias Type", "Group ID");
    private static final Map<String, String> LANGUAGES = Map.ofEntries(
            Map.entry("russian", "ru"), Map.entry("persian", "fa"), Map.entry("persian/farsi", "fa"), Map.entry("arabic", "ar"),
            Map.entry("belarusian", "be"), Map.entry("ukrainian", "uk"), Map.entry("chinese", "zh"), Map.entry("georgian", "ka"),
            Map.entry("hebrew", "he"), Map.entry("korean", "ko"), Map.entry("bulgarian", "bg"), Map.entry("thai", "th"),
            Map.entry("greek", "el"));

    public OfsiConsolidatedList(Path file) {
        super(SOURCE, file);
    }

    @Override
    protected SourceInfo readFile(Consumer<Entity> out, Findings findings) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            try (XlsxReader x = XlsxReader.open(file); TabularReader rows = x.sheet(0)) {
                return read(rows, out, findings);
            }
        }
        try (CsvReader rows = ListFiles.openCsv(file, ',')) {
            return read(rows, out, findings);
        }
    }

    /** Reads the ConList layout from any tabular reader (CSV or a spreadsheet sheet). */
    public static SourceInfo read(TabularReader rows, Consumer<Entity> out, Findings findings) throws IOException {
        List<String> first = rows.next();
        if (first == null) throw new ListFormatException(rows.fileName() + ": empty file, not an OFSI ConList");
        LocalDate published = null;
        List<String> header = first;
        if (!first.isEmpty() && first.get(0).strip().equalsIgnoreCase("Last Updated")) {
            FuzzyDate d = first.size() > 1 ? ListDates.parse(first.get(1)) : null;
            if (d == null) findings.warn(SOURCE, rows.fileName() + ": line " + rows.recordLine(), "bad-date", "unreadable Last Updated " + first);
            else published = d.earliest();
            header = rows.next();
            if (header == null) throw new ListFormatException(rows.fileName() + ": no header row after Last Updated");
        }
        Header columns = Header.of(header).require(REQUIRED, rows.fileName() + ": line " + rows.recordLine(), "the OFSI ConList layout");
        Map<String, EntityBuilder> groups = new LinkedHashMap<>();
        List<String> row;
        while ((row = rows.next()) != null) {
            if (row.stream().allMatch(String::isBlank)) continue;
            new Row(row, columns, rows.fileName() + ": line " + rows.recordLine()).addTo(groups, findings);
        }
        for (EntityBuilder b : groups.values()) {
            if (b.hasNames()) out.accept(b.build());
            else findings.error(SOURCE, rows.fileName(), "no-name", "group " + b.sourceId() + " has no name, skipped");
        }
        return new SourceInfo(SOURCE, published, -1);
    }

    /** One name-variant row. */
    private record Row(List<String> cells, Header columns, String where) {
        String get(String column) {
            return columns.cell(cells, column);
        }

        void addTo(Map<String, EntityBuilder> groups, Findings findings) {
            String groupId = get("Group ID");
            if (groupId.isEmpty()) {
                findings.error(SOURCE, where, "no-group-id", "row without Group ID skipped");
                return;
            }
            String groupType = get("Group Type");
            Schema schema = switch (groupType.toLowerCase(Locale.ROOT)) {
                case "individual" -> Schema.PERSON;
                case "ship" -> Schema.VESSEL;
                case "entity" -> Schema.ORGANIZATION;
                default -> {
                    findings.warn(SOURCE, where, "group-type", "group " + groupId + ": unknown Group Type '" + groupType + "', read as entity");
                    yield Schema.ORGANIZATION;
                }
            };
            EntityBuilder b = groups.computeIfAbsent(groupId, id -> Entity.builder(SOURCE, id, schema));
            if (b.schema() != schema) {
                findings.warn(SOURCE, where, "group-type", "group " + groupId + " is " + b.schema() + " in an earlier row, " + groupType + " here");
            }
            names(b, findings);
            facts(b, findings);
        }

        private void names(EntityBuilder b, Findings findings) {
            StringJoiner full = new StringJoiner(" ");
            for (String part : new String[] {"Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Name 6"}) {
                String v = get(part);
                if (!v.isEmpty()) full.add(v);
            }
            String aliasType = get("Alias Type");
            String quality = get("Alias Quality").toLowerCase(Locale.ROOT);
            NameKind kind = switch (aliasType.toLowerCase(Locale.ROOT)) {
                case "primary name" -> NameKind.PRIMARY;
                case "fka" -> NameKind.FORMER_NAME;
                case "primary name variation" -> quality.startsWith("low") ? NameKind.WEAK_ALIAS : NameKind.STRONG_ALIAS;
                case "aka" -> quality.startsWith("low") ? NameKind.WEAK_ALIAS : NameKind.STRONG_ALIAS;
                default -> {
                    findings.info(SOURCE, where, "alias-type", "Alias Type '" + aliasType + "' read as a strong alias");
                    yield quality.startsWith("low") ? NameKind.WEAK_ALIAS : NameKind.STRONG_ALIAS;
                }
            };
            if (full.length() > 0) b.name(new Name(full.toString(), kind, Scripts.detect(full.toString()), null));
            String nonLatin = get("Name Non-Latin Script");
            if (!nonLatin.isEmpty()) {
                String lang = LANGUAGES.get(get("Non-Latin Script Language").toLowerCase(Locale.ROOT));
                b.name(new Name(nonLatin, full.length() > 0 ? NameKind.STRONG_ALIAS : kind, Scripts.detect(nonLatin), lang));
            }
        }

        private void facts(EntityBuilder b, Findings findings) {
            String dob = get("DOB");
            if (!dob.isEmpty()) {
                FuzzyDate d = ListDates.parse(dob);
                if (d == null) findings.warn(SOURCE, where, "bad-date", "group " + b.sourceId() + ": DOB '" + dob + "' unreadable");
                b.birthDate(d);
            }
            List<String> towns = Enumerated.split(get("Town of Birth"));
            List<String> countries = Enumerated.split(get("Country of Birth"));
            for (int i = 0; i < Math.max(towns.size(), countries.size()); i++) {
                String town = i < towns.size() ? towns.get(i) : "";
                String country = i < countries.size() ? countries.get(i) : "";
                b.birthPlace(town.isEmpty() ? country : country.isEmpty() ? town : town + ", " + country);
            }
            Enumerated.split(get("Nationality")).forEach(b::nationality);
            documents(b, "Passport", get("Passport Number"), get("Passport Details"));
            documents(b, "National ID", get("National Identification Number"), get("National Identification Details"));
            b.detail(Detail.TITLE, get("Title"));
            b.detail(Detail.DESIGNATION, get("Position"));
            address(b);
            b.program(get("Regime"));
            b.list("UK Consolidated List");
            String listed = get("Listed On");
            if (!listed.isEmpty()) {
                FuzzyDate d = ListDates.parse(listed);
                if (d == null) findings.warn(SOURCE, where, "bad-date", "group " + b.sourceId() + ": Listed On '" + listed + "' unreadable");
                else b.listedOn(d);
            }
            otherInformation(b, get("Other Information"), findings);
        }

        private static void documents(EntityBuilder b, String type, String numbers, String details) {
            List<String> n = Enumerated.split(numbers);
            List<String> d = Enumerated.split(details);
            for (int i = 0; i < n.size(); i++) {
                if (n.get(i).isEmpty()) continue;
                String note = i < d.size() && !d.get(i).isEmpty() ? d.get(i) : null;
                b.identifier(new Identifier(type, n.get(i), null, note));
            }
        }

        private void address(EntityBuilder b) {
            StringJoiner street = new StringJoiner(", ");
            for (int i = 1; i <= 6; i++) {
                String v = get("Address " + i);
                if (!v.isEmpty()) street.add(v);
            }
            String zip = get("Post/Zip Code");
            String country = get("Country");
            if (street.length() == 0 && zip.isEmpty() && country.isEmpty()) return;
            StringJoiner full = new StringJoiner(", ");
            for (String p : new String[] {street.toString(), zip, country}) if (!p.isEmpty()) full.add(p);
            b.address(new Address(full.toString(), street.length() == 0 ? null : street.toString(), null, null,
                    zip.isEmpty() ? null : zip, country.isEmpty() ? null : country));
            b.country(country);
        }

        private void otherInformation(EntityBuilder b, String text, Findings findings) {
            if (text.isEmpty()) return;
            b.remarks(text);
            Map<String, String> tags = OtherInformation.parse(text);
            String ukRef = tags.get("UK Sanctions List Ref");
            if (ukRef != null && !ukRef.isEmpty()) b.identifier(new Identifier("UK Sanctions List Ref", ukRef, "GB", null));
            String unRef = tags.get("UN Ref");
            if (unRef != null) {
                var ref = OtherInformation.unReference(unRef);
                if (ref.isPresent()) {
                    b.link(new Link(LinkType.SAME_AS, UnConsolidatedList.SOURCE + ":" + ref.get(), null, null));
                } else {
                    findings.warn(SOURCE, where, "un-ref", "group " + b.sourceId() + ": UN Ref '" + unRef + "' not a UN reference number");
                }
            }
            b.detail(Detail.GENDER, tags.get("Gender"));
            b.detail(Detail.IMO, tags.get("IMO number"));
            b.detail(Detail.VESSEL_TYPE, tags.get("Type of ship"));
            b.detail(Detail.VESSEL_FLAG, tags.get("Flag of ship"));
            b.detail(Detail.TONNAGE, tags.get("Tonnage of ship"));
            String imo = tags.get("IMO number");
            if (imo != null && !imo.isEmpty()) b.identifier(new Identifier("IMO", imo, null, null));
        }
    }
}
