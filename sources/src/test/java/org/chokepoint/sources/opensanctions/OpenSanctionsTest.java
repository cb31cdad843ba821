package org.chokepoint.sources.opensanctions;

import org.chokepoint.model.Entity;
import org.chokepoint.model.Findings;
import org.chokepoint.model.FuzzyDate;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.Name;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;
import org.chokepoint.sources.ListFormatException;
import org.chokepoint.sources.testing.DataDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenSanctionsTest {
    static final Path TARGETS = DataDir.get().resolve("lists/opensanctions/ua_war_sanctions-2026-03-13/targets.simple.csv.gz");

    @Test
    void targetsSimpleCsv() throws IOException {
        List<Entity> all = new ArrayList<>();
        Findings f = new Findings();
        new OpenSanctionsTargets(TARGETS).read(all::add, f);
        assertEquals(5600, all.size());
        assertEquals(Map.of(Schema.PERSON, 1543L, Schema.COMPANY, 1524L, Schema.VESSEL, 1340L, Schema.ORGANIZATION, 1193L),
                all.stream().collect(Collectors.groupingBy(Entity::schema, Collectors.counting())));
        assertEquals(Map.of(NameKind.PRIMARY, 5600L, NameKind.STRONG_ALIAS, 7731L),
                all.stream().flatMap(e -> e.names().stream()).collect(Collectors.groupingBy(Name::kind, Collectors.counting())));
        assertEquals(3154, all.stream().flatMap(e -> e.names().stream()).filter(n -> "Cyrl".equals(n.script())).count());
        assertEquals(1491, all.stream().mapToLong(e -> e.birthDates().size()).sum());
        assertEquals(2852, all.stream().flatMap(e -> e.identifiers().stream()).filter(i -> i.type().equals("IMO")).count());
        assertEquals(1743, all.stream().filter(e -> e.programs().equals(List.of("UA-WS-MARE"))).count());
        assertTrue(f.isEmpty(), f.all().toString());

        Entity rosalin = all.stream().filter(e -> e.sourceId().equals("NK-24cf2zYe7LEKhr2zFck73j")).findFirst().orElseThrow();
        assertEquals(Schema.VESSEL, rosalin.schema());
        assertEquals(List.of("ROSALIN", "Ceram Sea", "Gold Sun", "Nurkez"), rosalin.names().stream().map(Name::value).toList());
        assertEquals(List.of("LR", "PA", "SG", "ST"), rosalin.countries());
        assertEquals(List.of(new Identifier("IMO", "9253325", null, null)), rosalin.identifiers());
        assertEquals("9253325", rosalin.details().get("imo"));
        assertEquals(List.of("Ukraine War and Sanctions"), rosalin.lists());
        assertEquals(null, rosalin.remarks()); // the export writes "" for an empty sanctions cell
    }

    @Test
    void wrongHeaderIsAFormatError(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("targets.simple.csv");
        Files.writeString(file, "id,name\nNK-1,ACME\n");
        assertTrue(assertThrows(ListFormatException.class, () -> new OpenSanctionsTargets(file).read(e -> { }, new Findings()))
                .getMessage().contains("targets.simple.csv"));
    }

    @Test
    void followTheMoneyJsonLines() throws IOException, URISyntaxException {
        Path file = Path.of(getClass().getResource("/opensanctions/entities.ftm.json").toURI());
        List<Entity> all = new ArrayList<>();
        Findings f = new Findings();
        new FtmEntities(file).read(all::add, f);
        assertEquals(List.of("NK-hand-person-1", "NK-hand-vessel-1", "NK-hand-company-1", "NK-hand-plane-1"),
                all.stream().map(Entity::sourceId).toList());
        assertEquals(1, f.count("opensanctions", "skipped-schema")); // the Sanction record
        assertEquals(1, f.count("opensanctions", "bad-json"));       // line 5 is cut off
        assertTrue(f.all().stream().anyMatch(x -> x.code().equals("bad-json") && x.location().endsWith("line 5")));
        assertEquals(1, f.count("opensanctions", "no-name"));
        assertEquals(1, f.count("opensanctions", "bad-date"));       // "circa 1998"

        Entity yun = all.get(0);
        assertEquals(Schema.PERSON, yun.schema());
        assertEquals(List.of(new Name("Yun Ho-jin", NameKind.PRIMARY, "Latn", null), new Name("Yun Ho-chin", NameKind.STRONG_ALIAS, "Latn", null),
                new Name("윤호진", NameKind.STRONG_ALIAS, "Hang", null), new Name("Yun", NameKind.WEAK_ALIAS, "Latn", null)), yun.names());
        assertEquals(List.of(FuzzyDate.day("1944-10-13", LocalDate.of(1944, 10, 13))), yun.birthDates());
        assertEquals(List.of("KP"), yun.nationalities());
        assertEquals(List.of(new Identifier("Passport", "654321098", null, null)), yun.identifiers());
        assertEquals(List.of("UN-SCKP"), yun.programs());
        assertEquals(List.of("un_sc_sanctions", "eu_fsf"), yun.lists());
        assertEquals("male", yun.details().get("gender"));

        Entity vessel = all.get(1);
        assertEquals(Schema.VESSEL, vessel.schema());
        assertEquals(List.of(NameKind.PRIMARY, NameKind.FORMER_NAME, NameKind.FORMER_NAME), vessel.names().stream().map(Name::kind).toList());
        assertEquals(Map.of("imo", "9253325", "mmsi", "636021234", "vesselFlag", "LR", "vesselType", "Crude Oil Tanker"), vessel.details());
        assertEquals(Schema.COMPANY, all.get(2).schema());
        assertEquals(List.of("HK"), all.get(2).countries());
        assertEquals(Schema.AIRCRAFT, all.get(3).schema());
    }
}
