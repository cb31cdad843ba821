package org.chokepoint.sources.ofac;

import org.chokepoint.model.Detail;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Finding;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.Link;
import org.chokepoint.model.LinkType;
import org.chokepoint.model.Name;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;
import org.chokepoint.sources.ListCatalog;
import org.chokepoint.sources.ListFormatException;
import org.chokepoint.sources.testing.DataDir;
import org.chokepoint.sources.testing.Read;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Counts measured on the bundled files (see docs/lists-us.md), then asserted. */
class OfacCsvSourceTest {
    private static Read bundled;
    private static Read release2021;
    private static Read consolidated;

    @BeforeAll
    static void read() throws IOException {
        bundled = Read.of(ListCatalog.bundled(DataDir.get()).stream().filter(s -> s.source().equals("ofac-sdn")).findFirst().orElseThrow());
        release2021 = Read.of(OfacCsvSource.sdn(OfacCsvFiles.sdnRelease(Read.lists().resolve("ofac-sdn/2021-07-07"))));
        consolidated = Read.of(OfacCsvSource.consolidated(OfacCsvFiles.consolidatedRelease(Read.lists().resolve("ofac-consolidated"))));
    }

    @Test
    void completeRelease2021() {
        assertEquals(8976, release2021.entities().size());
        assertEquals(Map.of(Schema.PERSON, 4620L, Schema.ORGANIZATION, 3673L, Schema.VESSEL, 406L, Schema.AIRCRAFT, 277L), release2021.bySchema());
        assertEquals(11539, release2021.names(NameKind.STRONG_ALIAS));
        assertEquals(2417, release2021.names(NameKind.WEAK_ALIAS));
        assertEquals(393, release2021.names(NameKind.FORMER_NAME));
        assertEquals(11440, release2021.addresses());
        assertEquals(3408, release2021.links(LinkType.LINKED_TO));
        assertEquals(208, release2021.links(LinkType.OPERATED_BY));
        // a consistent release: every alias, address and comment row has its primary record
        assertTrue(release2021.findings().isEmpty(), () -> release2021.findings().all().toString());
    }

    @Test
    void bundledSdnJoinsNewestAliasFilesAndReportsExactOrphans() {
        assertEquals(14965, bundled.entities().size());
        assertEquals(Map.of(Schema.PERSON, 6854L, Schema.ORGANIZATION, 6884L, Schema.VESSEL, 851L, Schema.AIRCRAFT, 376L), bundled.bySchema());
        assertEquals(17008, bundled.names(NameKind.STRONG_ALIAS));
        assertEquals(3608, bundled.names(NameKind.WEAK_ALIAS));
        assertEquals(612, bundled.names(NameKind.FORMER_NAME));
        assertEquals(16654, bundled.addresses());
        assertEquals(6380, bundled.links(LinkType.LINKED_TO));
        // orphan counts are per row; the summaries give rows and entities (README: 1,724 and 4,894 entities)
        assertEquals(2727, bundled.findings().count("ofac-sdn", "orphan-alias"));
        assertEquals(5598, bundled.findings().count("ofac-sdn", "orphan-address"));
        assertEquals(2, bundled.findings().count("ofac-sdn", "orphan-comment"));
        List<String> summaries = bundled.findings().all().stream().filter(f -> f.code().equals("orphan-summary")).map(Finding::message).toList();
        assertTrue(summaries.contains("2727 alias rows for 1724 entities have no primary record in sdn.csv (orphan-alias)"), summaries::toString);
        assertTrue(summaries.contains("5598 address rows for 4894 entities have no primary record in sdn.csv (orphan-address)"), summaries::toString);
        assertTrue(summaries.contains("2 comment rows for 2 entities have no primary record in sdn.csv (orphan-comment)"), summaries::toString);
        // 2025 comments: 18 continue cut remarks of 2024 (reported as cross-release), 34682 is not cut
        assertEquals(18, bundled.findings().count("ofac-sdn", "comment-cross-release"));
        assertEquals(1, bundled.findings().count("ofac-sdn", "comment-unjoined"));
    }

    @Test
    void dandongKehua() {
        Entity e = bundled.byId("23175");
        assertEquals("ofac-sdn:23175", e.key());
        assertEquals(Schema.ORGANIZATION, e.schema());
        assertEquals(Name.primary("DANDONG KEHUA ECONOMY & TRADE CO., LTD."), e.primaryName());
        assertEquals(List.of("DPRK4"), e.programs());
        assertTrue(e.names().contains(Name.alias("DANDONG KEHUA ECONOMIC AND TRADE CO. LTD.", NameKind.STRONG_ALIAS)));
        assertTrue(e.addresses().stream().anyMatch(a -> "Dandong, Liaoning 118000".equals(a.city()) && "China".equals(a.country())));
    }

    @Test
    void personWithBirthFactsAndPassports() {
        Entity e = bundled.byId("2676");
        assertEquals(Schema.PERSON, e.schema());
        assertEquals("AL ZAWAHIRI, Dr. Ayman", e.primaryName().value());
        assertEquals(LocalDate.of(1951, 6, 19), e.birthDates().get(0).earliest());
        assertEquals(List.of("Giza, Egypt"), e.birthPlaces());
        assertEquals(List.of(new Identifier("Passport", "1084010", "Egypt", null), new Identifier("Passport", "19820215", null, null)), e.identifiers());
        assertEquals("Operational and Military Leader of JIHAD GROUP", e.details().get(Detail.TITLE));
        Entity nasrallah = bundled.byId("2686");
        assertEquals(List.of("SDGT", "SYRIA"), nasrallah.programs());
        assertEquals(4, nasrallah.birthDates().size());
        assertEquals("Male", nasrallah.details().get(Detail.GENDER));
        assertEquals(List.of(new Link(LinkType.LINKED_TO, null, "HIZBALLAH", null)), nasrallah.links());
    }

    @Test
    void vesselAndAircraft() {
        Entity ebano = bundled.byId("4243");
        assertEquals(Schema.VESSEL, ebano.schema());
        assertEquals("7406784", ebano.details().get(Detail.IMO));
        assertEquals("Panama", ebano.details().get(Detail.VESSEL_FLAG));
        assertEquals("General Cargo", ebano.details().get(Detail.VESSEL_TYPE));
        assertEquals("1865", ebano.details().get(Detail.GROSS_REGISTERED_TONNAGE));
        assertTrue(ebano.identifiers().contains(new Identifier("IMO", "7406784", null, null)));
        assertTrue(ebano.names().contains(Name.alias("SAND SWAN", NameKind.FORMER_NAME)));
        Entity plane = bundled.byId("15431");
        assertEquals(Schema.AIRCRAFT, plane.schema());
        assertEquals("IL76-TD", plane.details().get(Detail.AIRCRAFT_MODEL));
        assertEquals("1992", plane.details().get(Detail.AIRCRAFT_MANUFACTURE_DATE));
        assertEquals("YAS AIR", plane.details().get(Detail.AIRCRAFT_OPERATOR));
        assertEquals("1023409321", plane.details().get(Detail.AIRCRAFT_SERIAL));
    }

    @Test
    void weakAliasFromRemarks() {
        Entity bnc = bundled.byId("306");
        assertTrue(bnc.names().contains(Name.alias("BNC", NameKind.WEAK_ALIAS)));
        assertTrue(bnc.names().contains(Name.alias("NATIONAL BANK OF CUBA", NameKind.STRONG_ALIAS)));
    }

    @Test
    void remarksContinuedInCommentsFile() {
        Entity tian = release2021.byId("28263");
        assertTrue(tian.names().contains(Name.alias("snowsjohn", NameKind.WEAK_ALIAS)), tian.names()::toString);
        assertEquals(List.of(new Link(LinkType.LINKED_TO, null, "LAZARUS GROUP", null)), tian.links());
        assertTrue(tian.remarks().length() > OfacCsvSource.REMARKS_WIDTH);
    }

    @Test
    void consolidatedNonSdnList() {
        assertEquals(442, consolidated.entities().size());
        assertEquals(Map.of(Schema.PERSON, 79L, Schema.ORGANIZATION, 363L), consolidated.bySchema());
        assertEquals(932, consolidated.names(NameKind.STRONG_ALIAS));
        assertEquals(522, consolidated.addresses());
        assertEquals(283, consolidated.links(LinkType.LINKED_TO));
        assertTrue(consolidated.findings().isEmpty(), () -> consolidated.findings().all().toString());
        Entity huawei = consolidated.byId("30947");
        assertEquals("ofac-cons:30947", huawei.key());
        assertEquals("HUAWEI TECHNOLOGIES CO., LTD.", huawei.primaryName().value());
        assertEquals(List.of("CMIC-EO13959"), huawei.programs());
        assertTrue(huawei.identifiers().contains(new Identifier("Unified Social Credit Code (USCC)", "914403001922038216", "China", null)));
        Entity holding = consolidated.byId("32087");
        assertEquals(List.of(new Link(LinkType.LINKED_TO, null, "HUAWEI TECHNOLOGIES CO., LTD.", null)), holding.links());
        assertEquals(6, holding.identifiers().stream().filter(i -> i.type().equals("ISIN")).count());
    }

    @Test
    void malformedRowsAreFindingsAndTheRestIsRead(@TempDir Path dir) throws IOException {
        Path sdn = dir.resolve("sdn.csv");
        Files.writeString(sdn, String.join("\r\n",
                "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ",
                "X7,\"BAD NUMBER\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ",
                "173,\"TOO FEW FIELDS\",-0- ,\"CUBA\"",
                "306,\"BANCO NACIONAL DE CUBA\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"a.k.a. 'BNC'; DOB 31 Feb 1960.\"",
                "36,\"DUPLICATE\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ",
                "\u001a"), StandardCharsets.ISO_8859_1);
        Path alt = dir.resolve("alt.csv");
        Files.writeString(alt, "36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \r\n999,1,\"aka\",\"NOBODY\",-0- \r\n999,2,\"aka\",\"NOBODY 2\",-0- \r\n");
        Read r = Read.of(OfacCsvSource.sdn(new OfacCsvFiles(sdn, alt, null, null, false)));
        assertEquals(List.of("36", "306"), r.entities().stream().map(Entity::sourceId).toList());
        assertEquals(1, r.findings().count("ofac-sdn", "bad-ent-num"));
        assertEquals(1, r.findings().count("ofac-sdn", "field-count"));
        assertEquals(1, r.findings().count("ofac-sdn", "duplicate-id"));
        assertEquals(1, r.findings().count("ofac-sdn", "bad-date"));
        assertEquals(2, r.findings().count("ofac-sdn", "orphan-alias"));
        Finding badNumber = r.findings().all().stream().filter(f -> f.code().equals("bad-ent-num")).findFirst().orElseThrow();
        assertEquals(sdn + ":2", badNumber.location());
        Finding fieldCount = r.findings().all().stream().filter(f -> f.code().equals("field-count")).findFirst().orElseThrow();
        assertEquals(sdn + ":3", fieldCount.location());
        assertTrue(r.entities().get(0).names().contains(Name.alias("AERO-CARIBBEAN", NameKind.STRONG_ALIAS)));
    }

    @Test
    void missingSideFileIsAClearError(@TempDir Path dir) {
        Path missing = dir.resolve("alt.csv");
        OfacCsvSource s = OfacCsvSource.sdn(new OfacCsvFiles(Read.lists().resolve("ofac-sdn/2021-07-07/sdn.csv"), missing, null, null, false));
        ListFormatException e = assertThrows(ListFormatException.class, () -> Read.of(s));
        assertEquals(missing + ": file not found", e.getMessage());
    }
}
