package org.chokepoint.sources.ofac;

import org.chokepoint.model.Entity;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.Link;
import org.chokepoint.model.LinkType;
import org.chokepoint.model.Name;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;
import org.chokepoint.sources.ListFormatException;
import org.chokepoint.sources.SourceInfo;
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

class OfacXmlSourceTest {
    private static final String CURRENT_NS = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML";
    private static Path fixture;
    private static Read xml;

    @BeforeAll
    static void read() throws IOException {
        fixture = Read.lists().resolve("ofac-consolidated/2024-05-06-xml/consolidated.xml");
        xml = Read.of(OfacXmlSource.consolidated(fixture));
    }

    @Test
    void publicationInfoAndCounts() {
        assertEquals(new SourceInfo("ofac-cons", LocalDate.of(2024, 5, 6), 443), xml.info());
        assertEquals(443, xml.entities().size());
        assertEquals(Map.of(Schema.PERSON, 79L, Schema.ORGANIZATION, 364L), xml.bySchema());
        assertEquals(919, xml.names(NameKind.STRONG_ALIAS));
        assertEquals(63, xml.names(NameKind.WEAK_ALIAS));
        assertEquals(144, xml.names(NameKind.FORMER_NAME));
        assertEquals(503, xml.addresses());
        assertEquals(10, xml.links(LinkType.LINKED_TO));
        assertTrue(xml.findings().isEmpty(), () -> xml.findings().all().toString());
    }

    @Test
    void huaweiInXml() {
        Entity huawei = xml.byId("30947");
        assertEquals("HUAWEI TECHNOLOGIES CO., LTD.", huawei.primaryName().value());
        assertEquals(List.of("CMIC-EO13959"), huawei.programs());
        assertTrue(huawei.identifiers().contains(new Identifier("Unified Social Credit Code (USCC)", "914403001922038216", "China", null)));
        Entity holding = xml.byId("32087");
        assertEquals(List.of(new Link(LinkType.LINKED_TO, null, "HUAWEI TECHNOLOGIES CO., LTD.", null)), holding.links());
        Entity haniya = xml.byId("9639");
        assertEquals(Schema.PERSON, haniya.schema());
        assertEquals("HANIYA, Ismail Abdul Salah", haniya.primaryName().value());
        assertTrue(haniya.names().contains(Name.alias("HANIYYA, Ismaeel", NameKind.STRONG_ALIAS)));
        assertEquals(1962, haniya.birthDates().get(0).earliest().getYear());
        assertEquals(List.of("Shati"), haniya.birthPlaces());
    }

    @Test
    void olderNamespaceAndNoNamespaceReadTheSame(@TempDir Path dir) throws IOException {
        String text = Files.readString(fixture, StandardCharsets.UTF_8);
        Path tempuri = dir.resolve("tempuri.xml");
        Files.writeString(tempuri, text.replace(CURRENT_NS, "http://tempuri.org/sdnList.xsd"));
        Path none = dir.resolve("none.xml");
        Files.writeString(none, text.replace(" xmlns=\"" + CURRENT_NS + "\"", ""));
        for (Path p : List.of(tempuri, none)) {
            Read r = Read.of(OfacXmlSource.consolidated(p));
            assertEquals(xml.entities(), r.entities());
            assertEquals(xml.info(), r.info());
        }
    }

    @Test
    void declaredCountIsChecked(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("count.xml");
        Files.writeString(p, Files.readString(fixture).replace("<Record_Count>443</Record_Count>", "<Record_Count>444</Record_Count>"));
        Read r = Read.of(OfacXmlSource.consolidated(p));
        assertEquals(1, r.findings().count("ofac-cons", "record-count"));
        assertEquals(444, r.info().declaredCount());
    }

    @Test
    void brokenXmlNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("cut.xml");
        Files.writeString(p, Files.readString(fixture).substring(0, 5000));
        ListFormatException e = assertThrows(ListFormatException.class, () -> Read.of(OfacXmlSource.consolidated(p)));
        assertTrue(e.getMessage().startsWith(p + ": not well-formed XML at line "), e.getMessage());
        Path wrongRoot = dir.resolve("root.xml");
        Files.writeString(wrongRoot, "<export><sanctionEntity/></export>");
        assertThrows(ListFormatException.class, () -> Read.of(OfacXmlSource.sdn(wrongRoot)));
    }

    @Test
    void entryWithoutUidIsAFinding(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("nouid.xml");
        Files.writeString(p, "<sdnList><publshInformation><Publish_Date>05/06/2024</Publish_Date><Record_Count>2</Record_Count></publshInformation>"
                + "<sdnEntry><lastName>NO UID</lastName><sdnType>Entity</sdnType></sdnEntry>"
                + "<sdnEntry><uid>7</uid><lastName>KEPT</lastName><sdnType>Vessel</sdnType><vesselInfo><vesselFlag>Iran</vesselFlag></vesselInfo></sdnEntry></sdnList>");
        Read r = Read.of(OfacXmlSource.sdn(p));
        assertEquals(1, r.findings().count("ofac-sdn", "bad-uid"));
        assertEquals(1, r.entities().size());
        assertEquals(Schema.VESSEL, r.entities().get(0).schema());
        assertEquals("Iran", r.entities().get(0).details().get("vesselFlag"));
    }
}
