package org.chokepoint.sources.csl;

import org.chokepoint.model.Detail;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.Link;
import org.chokepoint.model.LinkType;
import org.chokepoint.model.Name;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;
import org.chokepoint.sources.ListFormatException;
import org.chokepoint.sources.testing.Read;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CslSourceTest {
    private static Read csl;

    @BeforeAll
    static void read() throws IOException {
        csl = Read.of(new CslSource(Read.lists().resolve("us-csl/2022-05-16/consolidated.csv.gz")));
    }

    @Test
    void countsPerSourceList() {
        // 14,160 rows; one CAP row (BANK OF KUNLUN, _id 15268) is published twice, identical in every field
        assertEquals(14159, csl.entities().size());
        assertEquals(1, csl.findings().count("us-csl", "duplicate-id"));
        Map<String, Long> perList = csl.entities().stream()
                .collect(Collectors.groupingBy(e -> e.lists().get(0).replaceAll(".*\\((.+?)\\).*", "$1"), TreeMap::new, Collectors.counting()));
        assertEquals(Map.ofEntries(Map.entry("SDN", 10026L), Map.entry("EL", 2001L), Map.entry("DTC", 727L), Map.entry("DPL", 462L),
                Map.entry("SSI", 290L), Map.entry("UVL", 201L), Map.entry("ISN", 163L), Map.entry("PLC", 78L), Map.entry("MEU", 71L),
                Map.entry("CMIC", 68L), Map.entry("CAP", 52L), Map.entry("NS-MBS List", 17L), Map.entry("FSE", 3L)), perList);
        assertEquals(Map.of(Schema.PERSON, 5647L, Schema.ORGANIZATION, 7796L, Schema.VESSEL, 433L, Schema.AIRCRAFT, 283L), csl.bySchema());
        // 19,927 published aliases + 19 short names in brackets split from organisation name fields (CslNames)
        assertEquals(19946, csl.names(NameKind.STRONG_ALIAS));
        // 17,447 published addresses + 27 place fragments split from name fields ("..., Chengdu, Sichuan")
        assertEquals(17474, csl.addresses());
        assertEquals(10534, csl.links(LinkType.SAME_AS));
        // 71 _ids are shared by 183 rows; the 118 rows that are not the SDN row get _id/LIST
        assertEquals(118, csl.findings().count("us-csl", "shared-id"));
    }

    @Test
    void huaweiOnTheEntityList() {
        List<Entity> huawei = csl.entities().stream()
                .filter(e -> e.lists().contains("Entity List (EL) - Bureau of Industry and Security"))
                .filter(e -> e.primaryName().value().equals("Huawei Technologies Co., Ltd.")).toList();
        assertEquals(3, huawei.size());
        Entity shenzhen = csl.byId("d05d55fa214aff19c1eb3270d54905e4e362d445");
        assertTrue(shenzhen.details().get(Detail.LICENSE_REQUIREMENT).startsWith("For all items subject to the EAR, see §§ 736.2(b)(3)(vi), and 744.11 of the EAR"));
        assertEquals("Presumption of denial", shenzhen.details().get(Detail.LICENSE_POLICY));
        assertEquals(LocalDate.of(2019, 5, 21), shenzhen.listedOn().earliest());
        assertTrue(shenzhen.names().contains(Name.alias("Shenzhen Huawei Technologies", NameKind.STRONG_ALIAS)));
        assertTrue(shenzhen.names().contains(Name.alias("Huawei", NameKind.STRONG_ALIAS)), "the bracketed short name");
        assertEquals("Bantian Huawei Base, Longgang District, Shenzhen, 518129, CN", shenzhen.addresses().get(0).full());
        assertEquals(List.of("CN"), shenzhen.countries());
        assertTrue(shenzhen.details().get(Detail.FEDERAL_REGISTER).startsWith("84 FR 22963"));
    }

    @Test
    void pandaOnTheEntityList() {
        Entity panda = csl.named("Panda International Information Technology").get(0);
        assertEquals("us-csl:9b6935e91ed0567ba030908fc31ef89ce7aa0588", panda.key());
        assertEquals("For all items subject to the EAR (See §744.11 of the EAR).", panda.details().get(Detail.LICENSE_REQUIREMENT));
        assertEquals("Presumption of denial.", panda.details().get(Detail.LICENSE_POLICY));
        assertEquals("79 FR 36199", panda.details().get(Detail.FEDERAL_REGISTER));
        assertEquals(2, panda.addresses().size());
        assertEquals(Schema.ORGANIZATION, panda.schema());
    }

    @Test
    void ofacRowsLinkSameAsTheirOfacRecord() {
        Entity abbas = csl.byId("21944");
        assertEquals(Schema.PERSON, abbas.schema());
        assertEquals("'ABBAS, Rim", abbas.primaryName().value());
        assertEquals(List.of(new Link(LinkType.SAME_AS, "ofac-sdn:21944", null, null)), abbas.links());
        assertEquals(LocalDate.of(1973, 3, 25), abbas.birthDates().get(0).earliest());
        assertEquals(List.of("SY"), abbas.nationalities());
        Entity cmic = csl.byId("30947");
        assertTrue(cmic.links().contains(new Link(LinkType.SAME_AS, "ofac-cons:30947", null, null)));
        assertTrue(cmic.identifiers().contains(new Identifier("Unified Social Credit Code (USCC)", "914403001922038216", "CN", null)));
        Entity capRow = csl.byId("34616/CAP");
        assertTrue(capRow.links().contains(new Link(LinkType.SAME_AS, "ofac-cons:34616", null, null)));
        assertTrue(csl.byId("34616").links().contains(new Link(LinkType.SAME_AS, "ofac-sdn:34616", null, null)));
        Entity vessel = csl.byId("23156");
        assertEquals(Schema.VESSEL, vessel.schema());
        assertEquals("8898831", vessel.details().get(Detail.IMO));
        assertEquals("Democratic People's Republic of Korea", vessel.details().get(Detail.VESSEL_FLAG));
        assertTrue(vessel.links().contains(new Link(LinkType.LINKED_TO, null, "YUSONG SHIPPING CO", null)));
    }

    @Test
    void olderLayoutWithoutIdColumn() throws IOException {
        Read sample = Read.of(new CslSource(Read.lists().resolve("us-csl-sample/csl.csv")));
        assertEquals(115, sample.entities().size());
        assertEquals(Map.of(Schema.PERSON, 24L, Schema.ORGANIZATION, 89L, Schema.VESSEL, 2L), sample.bySchema());
        assertEquals(68, sample.links(LinkType.SAME_AS));
        assertTrue(sample.findings().isEmpty(), () -> sample.findings().all().toString());
        assertTrue(sample.entities().stream().filter(e -> e.links().isEmpty() || e.links().stream().noneMatch(l -> l.type() == LinkType.SAME_AS))
                .allMatch(e -> e.sourceId().matches("h:[0-9a-f]{12}")));
    }

    @Test
    void badRowsAndHeaders(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("csl.csv");
        Files.writeString(p, "_id,source,entity_number,type,name,alt_names\n"
                + "1,Entity List (EL) - Bureau of Industry and Security,,,ACME,A1; A2\n"
                + "2,Entity List (EL) - Bureau of Industry and Security,,,TOO,MANY,FIELDS\n"
                + "3,Entity List (EL) - Bureau of Industry and Security,,,,\n"
                + "4,Specially Designated Nationals (SDN) - Treasury Department,4,Spaceship,ODD TYPE,\n");
        Read r = Read.of(new CslSource(p));
        assertEquals(2, r.entities().size());
        assertEquals(3, r.entities().get(0).names().size());
        assertEquals(1, r.findings().count("us-csl", "unknown-type"));
        assertEquals(Schema.ORGANIZATION, r.byId("4").schema());
        assertEquals(1, r.findings().count("us-csl", "field-count"));
        assertEquals(p + ":3", r.findings().all().stream().filter(f -> f.code().equals("field-count")).findFirst().orElseThrow().location());
        assertEquals(1, r.findings().count("us-csl", "no-name"));
        Path noHeader = dir.resolve("noheader.csv");
        Files.writeString(noHeader, "a,b,c\n1,2,3\n");
        assertThrows(ListFormatException.class, () -> Read.of(new CslSource(noHeader)));
    }

    @Test
    void nameFieldsCarryingShortNamesAndPlacesAreSplit() {
        // as published: "HiSilicon Technologies Co., Ltd (HiSilicon), Bantian Longgang District"
        Entity hisilicon = csl.entities().stream().filter(e -> e.primaryName().value().equals("HiSilicon Technologies Co., Ltd")).findFirst().orElseThrow();
        assertTrue(hisilicon.names().contains(Name.alias("HiSilicon", NameKind.STRONG_ALIAS)));
        assertTrue(hisilicon.addresses().stream().anyMatch(a -> "Bantian Longgang District".equals(a.full())), hisilicon.addresses().toString());
        assertEquals(1, csl.entities().stream().filter(e -> e.primaryName().value().equals("Chengdu Huawei Technologies Co., Ltd.")).count());
        // a bracket inside the legal name and a name without a legal form stay whole
        assertEquals(1, csl.entities().stream().filter(e -> e.primaryName().value().equals("HiSilicon Tech (Suzhou) Co., Ltd.")).count());
        assertEquals(1, csl.entities().stream().filter(e -> e.primaryName().value().equals("Academy of Military Medical Sciences, Institute of Basic Medicine")).count());
        assertEquals(java.util.Optional.empty(), CslNames.split("HUAWEI TECHNOLOGIES CO., LTD."));
    }
}
