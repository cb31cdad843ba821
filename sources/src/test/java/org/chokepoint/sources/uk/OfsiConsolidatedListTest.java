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
import org.chokepoint.sources.ListFormatException;
import org.chokepoint.sources.SourceInfo;
import org.chokepoint.sources.testing.DataDir;
import org.chokepoint.sources.un.UnConsolidatedList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OfsiConsolidatedListTest {
    static final Path DIR = DataDir.get().resolve("lists/uk-ofsi-conlist/2025-04-14");
    static final List<Entity> CSV = new ArrayList<>();
    static final Findings FINDINGS = new Findings();
    static SourceInfo info;
    static Map<String, Entity> byGroup;

    @BeforeAll
    static void read() throws IOException {
        info = new OfsiConsolidatedList(DIR.resolve("ConList.from-xlsx.csv.gz")).read(CSV::add, FINDINGS);
        byGroup = CSV.stream().collect(Collectors.toMap(Entity::sourceId, Function.identity()));
    }

    @Test
    void groupsTheRowsIntoEntities() {
        assertEquals(new SourceInfo("uk-hmt", LocalDate.of(2025, 4, 14), -1), info);
        assertEquals(4688, byGroup.size());
        assertEquals(Map.of(Schema.PERSON, 3663L, Schema.ORGANIZATION, 1010L, Schema.VESSEL, 15L),
                CSV.stream().collect(Collectors.groupingBy(Entity::schema, Collectors.counting())));
        // 18,798 rows give 16,013 distinct names (rows repeat a name with other addresses or documents)
        assertEquals(Map.of(NameKind.PRIMARY, 4690L, NameKind.STRONG_ALIAS, 10691L, NameKind.WEAK_ALIAS, 617L, NameKind.FORMER_NAME, 15L),
                CSV.stream().flatMap(e -> e.names().stream()).collect(Collectors.groupingBy(Name::kind, Collectors.counting())));
        assertEquals(Map.of(FuzzyDate.Precision.DAY, 2696L, FuzzyDate.Precision.MONTH, 24L, FuzzyDate.Precision.YEAR, 823L),
                CSV.stream().flatMap(e -> e.birthDates().stream()).collect(Collectors.groupingBy(FuzzyDate::precision, Collectors.counting())));
        assertEquals(4687, CSV.stream().filter(e -> e.identifiers().stream().anyMatch(i -> i.type().equals("UK Sanctions List Ref"))).count());
        assertTrue(FINDINGS.isEmpty(), FINDINGS.all().toString());
    }

    @Test
    void xlsxAndCsvLayoutsGiveIdenticalEntities() throws IOException {
        List<Entity> xlsx = new ArrayList<>();
        Findings f = new Findings();
        SourceInfo xInfo = new OfsiConsolidatedList(DIR.resolve("ConList.xlsx")).read(xlsx::add, f);
        assertEquals(info, xInfo);
        assertEquals(CSV, xlsx);
        assertTrue(f.isEmpty());
    }

    @Test
    void groupWithUnReferenceAndPartialDatesOfBirth() {
        Entity academy = byGroup.get("12871");
        assertEquals("SECOND ACADEMY OF NATURAL SCIENCES", academy.primaryName().value());
        assertEquals(List.of(new Link(LinkType.SAME_AS, "un-sc:KPe.018", null, null)), academy.links());
        assertTrue(academy.identifiers().contains(new Identifier("UK Sanctions List Ref", "DPR0189", "GB", null)));
        assertEquals(List.of("Democratic People's Republic of Korea"), academy.programs());
        assertEquals(FuzzyDate.day("23/04/2013", LocalDate.of(2013, 4, 23)), academy.listedOn());

        Entity kony = byGroup.get("13378");
        assertEquals("ALI KONY", kony.primaryName().value());
        assertTrue(kony.birthDates().contains(FuzzyDate.year("00/00/1994", 1994, false)));
        assertEquals(4, kony.birthDates().size());
        assertTrue(kony.names().contains(new Name("ONE-P", NameKind.WEAK_ALIAS, "Latn", null)));
    }

    @Test
    void unReferencesMatchTheUnFile() throws IOException {
        Set<String> un = new HashSet<>();
        new UnConsolidatedList(DataDir.get().resolve("lists/un/consolidated.xml")).read(e -> un.add(e.key()), new Findings());
        List<Entity> linked = CSV.stream().filter(e -> e.links().stream().anyMatch(l -> l.target().startsWith("un-sc:"))).toList();
        assertEquals(866, linked.size());
        assertEquals(861, linked.stream().filter(e -> e.links().stream().anyMatch(l -> un.contains(l.target()))).count());
    }

    @Test
    void unReferenceSpellingsAreNormalised() {
        assertEquals(Optional.of("QDe.145"), OtherInformation.unReference("QDE.145. Associated with Al-Qaida"));
        assertEquals(Optional.of("QDi.012"), OtherInformation.unReference("QDi. 12"));
        assertEquals(Optional.of("IRi.038"), OtherInformation.unReference("IRI.038"));
        assertEquals(Optional.empty(), OtherInformation.unReference("see statement"));
        assertEquals(Map.of("UK Sanctions List Ref", "DPR0189", "UN Ref", "KPe.018", "Gender", "Male"),
                OtherInformation.parse("(UK Sanctions List Ref):DPR0189. (UN Ref):KPe.018. (Gender):Male"));
    }

    @Test
    void wrongLayoutIsAFormatError(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("ConList.csv");
        Files.writeString(file, "Last Updated,14/04/2025\nName,Country\nACME,KP\n");
        ListFormatException e = assertThrows(ListFormatException.class, () -> new OfsiConsolidatedList(file).read(x -> { }, new Findings()));
        assertTrue(e.getMessage().contains("ConList.csv") && e.getMessage().contains("Name 6"), e.getMessage());
    }
}
