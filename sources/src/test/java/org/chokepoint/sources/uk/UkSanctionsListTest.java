package org.chokepoint.sources.uk;

import org.chokepoint.model.Entity;
import org.chokepoint.model.Findings;
import org.chokepoint.model.FuzzyDate;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.Link;
import org.chokepoint.model.LinkType;
import org.chokepoint.model.Name;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;
import org.chokepoint.sources.testing.DataDir;
import org.chokepoint.sources.un.UnConsolidatedList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UkSanctionsListTest {
    static final Path LISTS = DataDir.get().resolve("lists/uk-sanctions-list");
    static final List<Entity> TABLES = new ArrayList<>();
    static final Findings FINDINGS = new Findings();
    static Map<String, Entity> byId;

    @BeforeAll
    static void read() throws IOException {
        new UkSanctionsListTables(LISTS.resolve("2026-04-16-normalized")).read(TABLES::add, FINDINGS);
        byId = TABLES.stream().collect(Collectors.toMap(Entity::sourceId, Function.identity()));
    }

    @Test
    void normalisedTablesJoinIntoSubjects() {
        assertEquals(6046, byId.size());
        assertEquals(Map.of(Schema.PERSON, 3883L, Schema.ORGANIZATION, 1531L, Schema.VESSEL, 632L),
                TABLES.stream().collect(Collectors.groupingBy(Entity::schema, Collectors.counting())));
        // 15,050 name rows; two repeat a name of the same kind within a subject
        assertEquals(Map.of(NameKind.PRIMARY, 6051L, NameKind.STRONG_ALIAS, 8392L, NameKind.WEAK_ALIAS, 605L),
                TABLES.stream().flatMap(e -> e.names().stream()).collect(Collectors.groupingBy(Name::kind, Collectors.counting())));
        // 3,538 DOB rows: exact 2,616, month_year 132, year_only 790
        assertEquals(Map.of(FuzzyDate.Precision.DAY, 2616L, FuzzyDate.Precision.MONTH, 132L, FuzzyDate.Precision.YEAR, 790L),
                TABLES.stream().flatMap(e -> e.birthDates().stream()).collect(Collectors.groupingBy(FuzzyDate::precision, Collectors.counting())));
        assertEquals(631, TABLES.stream().mapToLong(e -> e.identifiers().stream().filter(i -> i.type().equals("IMO")).count()).sum());
        assertTrue(FINDINGS.isEmpty(), FINDINGS.all().toString());
    }

    @Test
    void subjectWithUnReferenceAndOfsiGroup() {
        Entity e = byId.get("AFG0001");
        assertEquals("HAJI KHAIRULLAH HAJI SATTAR MONEY EXCHANGE", e.primaryName().value());
        assertEquals(List.of(new Link(LinkType.SAME_AS, "un-sc:TAe.010", null, null), new Link(LinkType.SAME_AS, "uk-hmt:12703", null, null)), e.links());
        assertTrue(e.identifiers().contains(new Identifier("OFSI Group ID", "12703", "GB", null)));
        assertEquals(FuzzyDate.day("29/06/2012", LocalDate.of(2012, 6, 29)), e.listedOn());
        Entity person = byId.get("AFG0006");
        assertTrue(person.birthDates().contains(FuzzyDate.day("1967-01-01", LocalDate.of(1967, 1, 1))));
        assertTrue(person.birthDates().contains(FuzzyDate.year("1968", 1968, false)));
        assertEquals(List.of("Afghanistan"), person.birthPlaces());
    }

    @Test
    void unReferencesMatchTheUnFile() throws IOException {
        Set<String> un = new HashSet<>();
        new UnConsolidatedList(DataDir.get().resolve("lists/un/consolidated.xml")).read(e -> un.add(e.key()), new Findings());
        List<Entity> linked = TABLES.stream().filter(e -> e.links().stream().anyMatch(l -> l.target().startsWith("un-sc:"))).toList();
        assertEquals(1002, linked.size());
        // 992 match exactly; QDE.145, QDE.131 and IRI.038 also match once the case is normalised
        assertEquals(995, linked.stream().filter(e -> e.links().stream().anyMatch(l -> un.contains(l.target()))).count());
    }

    @Test
    void summaryExportOdsAndCsvAgree() throws IOException {
        Path dir = LISTS.resolve("2025-08-11-summary");
        List<Entity> ods = new ArrayList<>();
        Findings f = new Findings();
        new UkSanctionsListSummary(dir.resolve("UK_Sanctions_List_summary.ods")).read(ods::add, f);
        // 5,302 designations; BEL0174 and RUS1467 are published without a name
        assertEquals(5300, ods.size());
        assertEquals(2, f.count("uk-fcdo", "incomplete"));
        assertTrue(f.all().get(0).message().startsWith("BEL0174"));
        assertEquals(Map.of(Schema.PERSON, 3752L, Schema.ORGANIZATION, 1087L, Schema.VESSEL, 461L),
                ods.stream().collect(Collectors.groupingBy(Entity::schema, Collectors.counting())));
        List<Entity> csv = new ArrayList<>();
        new UkSanctionsListSummary(dir.resolve("UK_Sanctions_List_summary.from-ods.csv")).read(csv::add, new Findings());
        assertEquals(ods, csv);
        Entity first = ods.get(0);
        assertEquals("AFG0001", first.sourceId());
        assertEquals(List.of("Afghanistan"), first.programs());
        assertEquals(List.of(new Link(LinkType.SAME_AS, "uk-hmt:12703", null, null)), first.links());
        assertEquals(FuzzyDate.day("29-06-2012", LocalDate.of(2012, 6, 29)), first.listedOn());
    }

    /**
     * A folder missing one of the five tables (the four others copied from the real release): a format error naming
     * the table (it ended in the file system's bare NoSuchFileException; found by fuzzing).
     */
    @Test
    void aMissingTableIsAFormatErrorNamingIt(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        for (String t : List.of("subjects", "subject_names", "subject_identifiers", "subject_countries")) {
            java.nio.file.Files.copy(LISTS.resolve("2026-04-16-normalized").resolve(t + ".csv.gz"), dir.resolve(t + ".csv.gz"));
        }
        org.chokepoint.sources.ListFormatException e = org.junit.jupiter.api.Assertions.assertThrows(org.chokepoint.sources.ListFormatException.class,
                () -> new UkSanctionsListTables(dir).read(x -> { }, new Findings()));
        assertEquals(dir.resolve("subject_dobs.csv.gz") + ": file not found", e.getMessage());
    }
}
