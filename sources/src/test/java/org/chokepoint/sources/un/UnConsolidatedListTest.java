package org.chokepoint.sources.un;

import org.chokepoint.model.Entity;
import org.chokepoint.model.Findings;
import org.chokepoint.model.FuzzyDate;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.Name;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;
import org.chokepoint.sources.ListFormatException;
import org.chokepoint.sources.SourceInfo;
import org.chokepoint.sources.testing.DataDir;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnConsolidatedListTest {
    static final Path FILE = DataDir.get().resolve("lists/un/consolidated.xml");
    static final List<Entity> ALL = new ArrayList<>();
    static final Findings FINDINGS = new Findings();
    static SourceInfo info;
    static Map<String, Entity> byRef;

    @BeforeAll
    static void read() throws IOException {
        info = new UnConsolidatedList(FILE).read(ALL::add, FINDINGS);
        byRef = ALL.stream().collect(Collectors.toMap(Entity::sourceId, Function.identity()));
    }

    @Test
    void countsMeasuredOnTheBundledFile() {
        assertEquals(new SourceInfo("un-sc", LocalDate.of(2026, 2, 27), -1), info);
        assertEquals(1003, byRef.size());
        assertEquals(Map.of(Schema.PERSON, 730L, Schema.ORGANIZATION, 273L), count(ALL.stream().map(Entity::schema).toList()));
        List<Name> names = ALL.stream().flatMap(e -> e.names().stream()).toList();
        // 2,108 Good/a.k.a. aliases (10 repeated within a record dropped) + 378 NAME_ORIGINAL_SCRIPT names
        assertEquals(Map.of(NameKind.PRIMARY, 1003L, NameKind.STRONG_ALIAS, 2486L, NameKind.WEAK_ALIAS, 615L,
                NameKind.FORMER_NAME, 19L), count(names.stream().map(Name::kind).toList()));
        assertEquals(Map.of("Latn", 3736L, "Arab", 372L, "Cyrl", 11L, "Hani", 4L),
                count(names.stream().map(Name::script).toList()));
        List<FuzzyDate> dobs = ALL.stream().flatMap(e -> e.birthDates().stream()).toList();
        assertEquals(Map.of("DAY", 478L, "MONTH", 4L, "YEAR", 263L, "YEAR circa", 116L, "RANGE", 31L),
                count(dobs.stream().map(d -> d.precision() + (d.circa() ? " circa" : "")).toList()));
        assertEquals(1003, ALL.stream().filter(e -> e.identifiers().stream().anyMatch(i -> i.type().equals("UN DATAID"))).count());
        assertEquals(454, ALL.stream().mapToLong(e -> e.identifiers().stream().filter(i -> !i.type().equals("UN DATAID")).count()).sum());
        // three dates of birth given only as prose: "30-35 years old", a Hijri date, "Between Aug. and Sep. 1977"
        assertEquals(3, FINDINGS.count("un-sc", "dob-text"));
        assertEquals(0, FINDINGS.count("un-sc", "bad-date"));
    }

    @Test
    void dprkEntriesAndTheirNamesInOtherScripts() {
        assertEquals(155, ALL.stream().filter(e -> e.sourceId().startsWith("KP")).count());
        Entity komid = byRef.get("KPe.001");
        assertEquals(Schema.ORGANIZATION, komid.schema());
        assertEquals("KOREA MINING DEVELOPMENT TRADING CORPORATION", komid.primaryName().value());
        assertTrue(komid.names().contains(new Name("\"KOMID\"", NameKind.STRONG_ALIAS, "Latn", null)));
        assertEquals("Pyongyang", komid.addresses().get(0).city());
        assertEquals(List.of("DPRK"), komid.programs());
        // The DPRK entries carry no NAME_ORIGINAL_SCRIPT in this release; their non-Latin names are Chinese aliases.
        assertEquals(0, ALL.stream().filter(e -> e.sourceId().startsWith("KP"))
                .flatMap(e -> e.names().stream()).filter(n -> "Hang".equals(n.script())).count());
        assertTrue(byRef.get("KPe.016").names().contains(new Name("朝鲜联合机械贸易会社", NameKind.STRONG_ALIAS, "Hani", null)));
        Entity saddam = byRef.get("IQi.001");
        assertEquals("SADDAM HUSSEIN AL-TIKRITI", saddam.primaryName().value());
        assertTrue(saddam.names().contains(new Name("صدام حسين التكريتي", NameKind.STRONG_ALIAS, "Arab", null)));
        assertTrue(byRef.get("QDi.290").names().contains(new Name("Умаров Доку Хаматович", NameKind.STRONG_ALIAS, "Cyrl", null)));
    }

    @Test
    void individualWithABetweenDateOfBirthAndOtherFacts() {
        Entity e = byRef.get("CDi.030");
        assertEquals("BOSCO TAGANDA", e.primaryName().value());
        assertEquals(List.of(FuzzyDate.yearRange("1973-1974", 1973, 1974)), e.birthDates());
        assertEquals(List.of("Bigogwe, Rwanda"), e.birthPlaces());
        assertEquals(List.of("Democratic Republic of the Congo"), e.nationalities());
        assertTrue(e.names().contains(new Name("Terminator", NameKind.WEAK_ALIAS, "Latn", null)));
        assertEquals(FuzzyDate.day("2005-11-01", LocalDate.of(2005, 11, 1)), e.listedOn());
        assertEquals("Male", e.details().get("gender"));
        assertTrue(e.remarks().startsWith("Born in Rwanda"));
        Entity approx = ALL.stream().filter(x -> x.birthDates().stream().anyMatch(FuzzyDate::circa)).findFirst().orElseThrow();
        assertEquals(FuzzyDate.Precision.YEAR, approx.birthDates().stream().filter(FuzzyDate::circa).findFirst().orElseThrow().precision());
    }

    @Test
    void documentsKeepTypeNumberCountryAndNotes() {
        Entity e = ALL.stream().filter(x -> x.identifiers().stream().anyMatch(i -> i.value().equals("AB850901"))).findFirst().orElseThrow();
        Identifier passport = e.identifiers().stream().filter(i -> i.value().equals("AB850901")).findFirst().orElseThrow();
        assertEquals(new Identifier("Passport", "AB850901", "United Republic of Tanzania", "Expiration date: 2026-12-11."), passport);
        Identifier fardc = ALL.stream().flatMap(x -> x.identifiers().stream()).filter(i -> i.value().equals("1-78-09-44621-80")).findFirst().orElseThrow();
        assertEquals(new Identifier("National Identification Number", "1-78-09-44621-80", null, "FARDC ID"), fardc);
    }

    @Test
    void truncatedFileNamesFileAndLine(@TempDir Path tmp) throws IOException {
        byte[] all = Files.readAllBytes(FILE);
        Path cut = tmp.resolve("consolidated.xml");
        Files.write(cut, java.util.Arrays.copyOf(all, all.length / 2));
        List<Entity> read = new ArrayList<>();
        ListFormatException e = assertThrows(ListFormatException.class, () -> new UnConsolidatedList(cut).read(read::add, new Findings()));
        assertTrue(e.getMessage().startsWith(cut + ": line "), e.getMessage());
        assertTrue(read.size() > 400 && read.size() < 1003);
        Path other = tmp.resolve("other.xml");
        Files.writeString(other, "<sdnList/>");
        assertTrue(assertThrows(ListFormatException.class, () -> new UnConsolidatedList(other).read(x -> { }, new Findings()))
                .getMessage().contains("not the UN"));
    }

    private static <T> Map<T, Long> count(List<T> values) {
        return values.stream().filter(Objects::nonNull).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
