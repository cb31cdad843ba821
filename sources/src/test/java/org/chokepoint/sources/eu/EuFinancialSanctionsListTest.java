package org.chokepoint.sources.eu;

import org.chokepoint.model.Address;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EuFinancialSanctionsListTest {
    static Path fixture;
    static final List<Entity> ALL = new ArrayList<>();
    static final Findings FINDINGS = new Findings();
    static SourceInfo info;

    @BeforeAll
    static void read() throws IOException, URISyntaxException {
        fixture = Path.of(EuFinancialSanctionsListTest.class.getResource("/eu/fsf-sample.xml").toURI());
        info = new EuFinancialSanctionsList(fixture).read(ALL::add, FINDINGS);
    }

    @Test
    void fixtureConformsToTheBundledXsd() throws SAXException, IOException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema = factory.newSchema(DataDir.get().resolve("lists/schemas/eu-fsf-export-1_1.xsd").toFile());
        schema.newValidator().validate(new StreamSource(fixture.toFile()));
    }

    @Test
    void readsEveryEntityWithItsFacts() {
        assertEquals(new SourceInfo("eu-fsf", LocalDate.of(2026, 2, 26), -1), info);
        assertEquals(List.of("13", "31", "1197"), ALL.stream().map(Entity::sourceId).toList());
        // logicalId 9999 has only an empty nameAlias
        assertEquals(1, FINDINGS.count("eu-fsf", "no-name"));

        Entity yun = ALL.get(0);
        assertEquals(Schema.PERSON, yun.schema());
        assertEquals(List.of(new Name("Yun Ho-jin", NameKind.PRIMARY, "Latn", null), new Name("Yun Ho-chin", NameKind.STRONG_ALIAS, "Latn", null),
                new Name("윤호진", NameKind.STRONG_ALIAS, "Hang", "ko"), new Name("Yun", NameKind.WEAK_ALIAS, "Latn", null)), yun.names());
        assertEquals(List.of(new Link(LinkType.SAME_AS, "un-sc:KPi.001", null, null)), yun.links());
        assertTrue(yun.identifiers().contains(new Identifier("EU Reference Number", "EU.1.62", null, null)));
        assertEquals(List.of("KP"), yun.nationalities());
        assertEquals(List.of(FuzzyDate.day("1944-10-13", LocalDate.of(1944, 10, 13))), yun.birthDates());
        assertEquals(List.of(), yun.birthPlaces());
        assertEquals(List.of("PRK"), yun.programs());
        assertEquals(FuzzyDate.day("2009-07-16", LocalDate.of(2009, 7, 16)), yun.listedOn());
        assertEquals("Male", yun.details().get("gender"));
        assertEquals("Director of Namchongang Trading Corporation", yun.details().get("designation"));
        assertTrue(yun.remarks().startsWith("Director of Namchongang"));

        Entity komid = ALL.get(1);
        assertEquals(Schema.ORGANIZATION, komid.schema());
        assertEquals("Korea Mining Development Trading Corporation", komid.primaryName().value());
        assertEquals(List.of(new Address("Central District, Pyongyang, NORTH KOREA", "Central District", "Pyongyang", null, null, "KP")), komid.addresses());
        assertEquals(List.of("KP"), komid.countries());
    }

    @Test
    void birthDateVariantsAndDocuments() {
        Entity z = ALL.get(2);
        assertEquals("Aiman al-Zawahiri", z.primaryName().value());
        assertEquals(new Name("أيمن محمد ربيع الظواهري", NameKind.STRONG_ALIAS, "Arab", "ar"), z.names().get(1));
        assertEquals(List.of(new Link(LinkType.SAME_AS, "un-sc:QDi.006", null, null)), z.links());
        assertEquals(List.of(FuzzyDate.day("1951-06-19", LocalDate.of(1951, 6, 19)),
                new FuzzyDate("1953", LocalDate.of(1953, 1, 1), LocalDate.of(1953, 12, 31), FuzzyDate.Precision.YEAR, true),
                FuzzyDate.yearRange("1949-1952", 1949, 1952), FuzzyDate.month("1951-6", 1951, 6)), z.birthDates());
        assertEquals(1, FINDINGS.count("eu-fsf", "calendar")); // the ISLAMIC year 1370 is reported, not converted
        assertEquals(List.of("Giza, EGYPT"), z.birthPlaces());
        assertEquals(List.of(new Identifier("UN Reference Number", "QDi.6", null, null),
                new Identifier("National passport", "1084010", "EG", "issued 1986-01-03; knownFalse")), z.identifiers());
        assertEquals(List.of("AQB"), z.programs());
    }

    @Test
    void truncatedOrForeignXmlIsAFormatError(@TempDir Path tmp) throws IOException {
        String xml = Files.readString(fixture);
        Path cut = tmp.resolve("eu.xml");
        Files.writeString(cut, xml.substring(0, xml.indexOf("<sanctionEntity designationDate=\"2001-10-08\"") + 120));
        List<Entity> read = new ArrayList<>();
        ListFormatException e = assertThrows(ListFormatException.class, () -> new EuFinancialSanctionsList(cut).read(read::add, new Findings()));
        assertTrue(e.getMessage().startsWith(cut + ": line "), e.getMessage());
        assertEquals(2, read.size());
        Path other = tmp.resolve("other.xml");
        Files.writeString(other, "<export generationDate=\"2026-01-01T00:00:00\" globalFileId=\"1\"/>");
        assertTrue(assertThrows(ListFormatException.class, () -> new EuFinancialSanctionsList(other).read(x -> { }, new Findings()))
                .getMessage().contains("not the EU FSF"));
    }
}
