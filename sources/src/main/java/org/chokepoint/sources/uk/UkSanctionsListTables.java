package org.chokepoint.sources.uk;

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
import org.chokepoint.sources.DamagedFile;
import org.chokepoint.sources.ListSource;
import org.chokepoint.sources.SourceInfo;
import org.chokepoint.sources.tabular.CsvReader;
import org.chokepoint.sources.tabular.ListFiles;
import org.chokepoint.sources.text.ListDates;
import org.chokepoint.sources.text.Scripts;
import org.chokepoint.sources.un.UnConsolidatedList;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The UK Sanctions List (FCDO) as the relational tables of a <b>third-party normalisation</b> (covyr's
 * {@code uk-sanctions-list}: {@code subjects}, {@code subject_names}, {@code subject_identifiers},
 * {@code subject_countries}, {@code subject_dobs}, each {@code .csv} or {@code .csv.gz}), joined on
 * {@code unique_id} into one entity per subject (source key {@code uk-fcdo}, sourceId = unique_id). The normaliser
 * dropped duplicate rows and "least informative" name and DOB variants, so this is not the verbatim list; it is the
 * newest UK snapshot bundled and carries the UK-UN cross references ({@code un_reference_number} becomes a SAME_AS
 * link to {@code un-sc:<ref>}, {@code ofsi_group_id} a SAME_AS link to {@code uk-hmt:<group>}).
 * The tables carry no regime, so entities have no programme. Rows naming an unknown subject are reported.
 */
public final class UkSanctionsListTables implements ListSource {
    public static final String SOURCE = "uk-fcdo";

    private final Path dir;
    private final String extension;

    /** @param dir the folder holding the five tables, named {@code <table>.csv.gz} (or {@code .csv}) */
    public UkSanctionsListTables(Path dir) {
        this.dir = dir;
        this.extension = dir.resolve("subjects.csv.gz").toFile().exists() ? ".csv.gz" : ".csv";
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public List<Path> files() {
        return List.of("subjects", "subject_names", "subject_identifiers", "subject_countries", "subject_dobs").stream()
                .map(t -> dir.resolve(t + extension)).toList();
    }

    @Override
    public SourceInfo read(Consumer<Entity> out, Findings findings) throws IOException {
        Map<String, EntityBuilder> subjects = new LinkedHashMap<>();
        // table by table, in this order (each adds to the subjects); a missing table or a damaged .gz is a format
        // error naming the table, as for the single-file lists
        Map<String, Table> tables = new LinkedHashMap<>();
        tables.put("subjects", this::subjects);
        tables.put("subject_names", this::names);
        tables.put("subject_identifiers", this::identifiers);
        tables.put("subject_countries", this::countries);
        tables.put("subject_dobs", this::dobs);
        for (Map.Entry<String, Table> t : tables.entrySet()) {
            DamagedFile.guard(table(t.getKey()), () -> {
                t.getValue().read(subjects, findings);
                return null;
            });
        }
        for (EntityBuilder b : subjects.values()) {
            if (b.hasNames()) out.accept(b.build());
            else findings.error(SOURCE, dir.toString(), "no-name", "subject " + b.sourceId() + " has no name in subject_names, skipped");
        }
        return SourceInfo.undated(SOURCE); // the tables state no publication date (newest last_updated: 2026-04-16)
    }

    @FunctionalInterface
    private interface Table {
        void read(Map<String, EntityBuilder> subjects, Findings findings) throws IOException;
    }

    private Path table(String name) {
        return dir.resolve(name + extension);
    }

    private CsvReader open(String table) throws IOException {
        return ListFiles.openCsv(table(table), ',');
    }

    private void subjects(Map<String, EntityBuilder> subjects, Findings findings) throws IOException {
        try (CsvReader r = open("subjects")) {
            HeaderedTable t = new HeaderedTable(r, List.of("unique_id", "subject_type", "un_reference_number", "ofsi_group_id"));
            while (t.next()) {
                String id = t.get("unique_id");
                if (id.isEmpty()) {
                    findings.error(SOURCE, t.where(), "no-id", "subject without unique_id skipped");
                    continue;
                }
                String type = t.get("subject_type");
                Schema schema = switch (type.toLowerCase(Locale.ROOT)) {
                    case "individual" -> Schema.PERSON;
                    case "ship" -> Schema.VESSEL;
                    case "entity" -> Schema.ORGANIZATION;
                    default -> {
                        findings.warn(SOURCE, t.where(), "subject-type", id + ": unknown subject_type '" + type + "', read as entity");
                        yield Schema.ORGANIZATION;
                    }
                };
                if (subjects.containsKey(id)) {
                    findings.warn(SOURCE, t.where(), "duplicate-subject", "subject " + id + " listed twice; first row kept");
                    continue;
                }
                EntityBuilder b = Entity.builder(SOURCE, id, schema).list("UK Sanctions List");
                String un = t.get("un_reference_number");
                if (!un.isEmpty()) {
                    var ref = OtherInformation.unReference(un);
                    if (ref.isPresent()) b.link(new Link(LinkType.SAME_AS, UnConsolidatedList.SOURCE + ":" + ref.get(), null, null));
                    else findings.warn(SOURCE, t.where(), "un-ref", id + ": un_reference_number '" + un + "' not a UN reference");
                }
                String group = t.get("ofsi_group_id");
                if (!group.isEmpty()) {
                    b.identifier(new Identifier("OFSI Group ID", group, "GB", null));
                    b.link(new Link(LinkType.SAME_AS, OfsiConsolidatedList.SOURCE + ":" + group, null, null));
                }
                b.listedOn(date(t, "date_designated", id, findings));
                subjects.put(id, b);
            }
        }
    }

    private static FuzzyDate date(HeaderedTable t, String column, String id, Findings findings) {
        String v = t.get(column);
        if (v.isEmpty()) return null;
        FuzzyDate d = ListDates.parse(v);
        if (d == null) findings.warn(SOURCE, t.where(), "bad-date", id + ": " + column + " '" + v + "' unreadable");
        return d;
    }

    private static EntityBuilder subject(Map<String, EntityBuilder> subjects, HeaderedTable t, String table, Findings findings) {
        String id = t.get("unique_id");
        EntityBuilder b = subjects.get(id);
        if (b == null) findings.warn(SOURCE, t.where(), "orphan", table + " row for unknown subject '" + id + "'");
        return b;
    }

    private void names(Map<String, EntityBuilder> subjects, Findings findings) throws IOException {
        try (CsvReader r = open("subject_names")) {
            HeaderedTable t = new HeaderedTable(r, List.of("unique_id", "name_type", "alias_strength", "full_name"));
            while (t.next()) {
                EntityBuilder b = subject(subjects, t, "subject_names", findings);
                if (b == null) continue;
                String name = t.get("full_name");
                if (name.isEmpty()) {
                    StringBuilder s = new StringBuilder();
                    for (String p : new String[] {"name_1", "name_2", "name_3", "name_4", "name_5", "name_6"}) {
                        if (!t.get(p).isEmpty()) s.append(s.length() > 0 ? " " : "").append(t.get(p));
                    }
                    name = s.toString();
                }
                if (name.isEmpty()) continue;
                String strength = t.get("alias_strength").toLowerCase(Locale.ROOT);
                NameKind kind = switch (t.get("name_type").toLowerCase(Locale.ROOT)) {
                    case "primary" -> NameKind.PRIMARY;
                    default -> strength.startsWith("low") ? NameKind.WEAK_ALIAS : NameKind.STRONG_ALIAS;
                };
                b.name(new Name(name, kind, Scripts.detect(name), null));
            }
        }
    }

    private void identifiers(Map<String, EntityBuilder> subjects, Findings findings) throws IOException {
        try (CsvReader r = open("subject_identifiers")) {
            HeaderedTable t = new HeaderedTable(r, List.of("unique_id", "raw_value", "identifier_type"));
            while (t.next()) {
                EntityBuilder b = subject(subjects, t, "subject_identifiers", findings);
                String value = t.get("raw_value");
                if (b == null || value.isEmpty()) continue;
                String type = switch (t.get("identifier_type")) {
                    case "passport" -> "Passport";
                    case "national" -> "National ID";
                    case "business_registration_numbers" -> "Business Registration No";
                    case "imo" -> "IMO";
                    default -> t.get("identifier_type");
                };
                String info = t.get("additional_info");
                b.identifier(new Identifier(type, value, null, info.isEmpty() ? null : info));
            }
        }
    }

    private void countries(Map<String, EntityBuilder> subjects, Findings findings) throws IOException {
        try (CsvReader r = open("subject_countries")) {
            HeaderedTable t = new HeaderedTable(r, List.of("unique_id", "raw_value", "country_type", "iso"));
            while (t.next()) {
                EntityBuilder b = subject(subjects, t, "subject_countries", findings);
                if (b == null) continue;
                String country = t.get("iso").isEmpty() ? t.get("raw_value") : t.get("iso");
                switch (t.get("country_type")) {
                    case "nationality" -> b.nationality(country);
                    case "birth" -> b.birthPlace(t.get("raw_value"));
                    case "address" -> b.country(country);
                    default -> findings.info(SOURCE, t.where(), "country-type", "unknown country_type '" + t.get("country_type") + "'");
                }
            }
        }
    }

    private void dobs(Map<String, EntityBuilder> subjects, Findings findings) throws IOException {
        try (CsvReader r = open("subject_dobs")) {
            HeaderedTable t = new HeaderedTable(r, List.of("unique_id", "year", "month", "day", "precision"));
            while (t.next()) {
                EntityBuilder b = subject(subjects, t, "subject_dobs", findings);
                if (b == null) continue;
                String precision = t.get("precision");
                String raw = t.get("year") + (t.get("month").isEmpty() ? "" : "-" + t.get("month")) + (t.get("day").isEmpty() ? "" : "-" + t.get("day"));
                FuzzyDate d = null;
                try {
                    int year = Integer.parseInt(t.get("year"));
                    int month = precision.equals("year_only") ? 0 : Integer.parseInt(t.get("month"));
                    int day = precision.equals("exact") ? Integer.parseInt(t.get("day")) : 0;
                    d = ListDates.of(raw, year, month, day);
                } catch (NumberFormatException e) {
                    // reported below
                }
                if (d == null) findings.warn(SOURCE, t.where(), "bad-date", t.get("unique_id") + ": date of birth '" + raw + "' (" + precision + ") unreadable");
                b.birthDate(d);
            }
        }
    }
}
