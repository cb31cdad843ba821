package org.chokepoint.identity;

import org.chokepoint.model.Address;
import org.chokepoint.model.Detail;
import org.chokepoint.model.Entity;
import org.chokepoint.model.EntityBuilder;
import org.chokepoint.model.Findings;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.Link;
import org.chokepoint.model.LinkType;
import org.chokepoint.model.Name;
import org.chokepoint.model.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bodies and vessels linked across lists by a shared number; values as the UK and OFAC files publish them. */
class SharedIdentifiersTest {
    private static EntityBuilder body(String source, String id, String name, String type, String value, String country) {
        EntityBuilder b = Entity.builder(source, id, Schema.ORGANIZATION).name(Name.primary(name))
                .identifier(new Identifier(type, value, null, null));
        return country == null ? b : b.address(Address.ofCountry(country));
    }

    private static EntityBuilder vessel(String source, String id, String name, String imo, String flag) {
        return Entity.builder(source, id, Schema.VESSEL).name(Name.primary(name)).detail(Detail.IMO, imo)
                .identifier(new Identifier("IMO", imo, null, null)).country(flag);
    }

    private static List<Link> derived(Entity... in) {
        return IdentityResolver.resolve(List.of(in), new Findings()).entities().stream()
                .flatMap(e -> e.links().stream()).filter(Link::derived).toList();
    }

    @Test
    void aTaxNumberInsideTheUkRegistrationCellLinksBodiesWhoseNamesShareNoWord() {
        Entity ofac = body("ofac-sdn", "48434", "LIPETSKII MEKHANICHESKII ZAVOD", "Tax ID No.", "4824096058", "RU").build();
        Entity uk = body("uk-fcdo", "RUS1710", "Lipetsk Mechanical Plant LLC", "Business Registration No", "TIN - 4824096058", "RU").build();
        Findings findings = new Findings();
        IdentityResolver.Result r = IdentityResolver.resolve(List.of(ofac, uk), findings);
        assertEquals(Map.of("ofac-sdn~uk-fcdo", 1), r.derivedPerPair());
        Link fromOfac = r.entities().get(0).links().get(0);
        assertEquals(LinkType.SAME_AS, fromOfac.type());
        assertEquals("uk-fcdo:RUS1710", fromOfac.target());
        assertEquals("derived: same Tax ID No. / Business Registration No 4824096058", fromOfac.targetName());
        assertEquals("ofac-sdn:48434", r.entities().get(1).links().get(0).target());
        assertEquals(1, findings.count("ofac-sdn", IdentityResolver.IDENTITY_DERIVED));
    }

    @Test
    void aVesselIsLinkedByItsImoNumberThroughRenamingAndReflagging() {
        // the OFSI ConList lists IMO 8712362 under an earlier name and flag
        List<Link> links = derived(vessel("ofac-sdn", "23726", "CHON MYONG 1", "8712362", "KP").build(),
                vessel("uk-hmt", "13647", "CHIE MARU NO.6", "8712362", "JP").build());
        assertEquals(2, links.size());
        assertEquals("derived: same IMO 8712362", links.get(0).targetName());
    }

    @Test
    void anImoNumberWithAWrongCheckDigitLinksNothing() {
        assertTrue(SharedIdentifiers.validImo("8712362"));
        assertFalse(SharedIdentifiers.validImo("8712363"));
        assertEquals(List.of(), derived(vessel("ofac-sdn", "1", "A", "8712363", null).build(), vessel("uk-hmt", "2", "B", "8712363", null).build()));
    }

    @Test
    void aNumberTwoEntriesOfOneListCarryLinksNeither() {
        // a parent's register number quoted on two subsidiaries
        assertEquals(List.of(), derived(
                body("ofac-sdn", "1", "ALPHA HOLDING", "Registration Number", "1027739186970", "RU").build(),
                body("ofac-sdn", "2", "ALPHA TRADING", "Registration Number", "1027739186970", "RU").build(),
                body("uk-fcdo", "RUS1", "Alpha Holding", "Business Registration No", "OGRN: 1027739186970", "RU").build()));
    }

    @Test
    void contradictionsAndOtherKindsOfEntryAreNotLinked() {
        // countries that share nothing
        assertEquals(List.of(), derived(body("ofac-sdn", "1", "A", "Registration Number", "1027739186970", "RU").build(),
                body("uk-fcdo", "1", "B", "Business Registration No", "1027739186970", "AE").build()));
        // a short number needs a country in common, and has one here
        assertEquals(2, derived(body("ofac-sdn", "1", "A", "Registration ID", "807000227", "BY").build(),
                body("uk-fcdo", "1", "B", "Business Registration No", "807000227", "BY").build()).size());
        assertEquals(List.of(), derived(body("ofac-sdn", "1", "A", "Registration Number", "126793", "TR").build(),
                body("uk-fcdo", "1", "B", "Business Registration No", "126793", null).build()));
        // a vessel and a company with the same number, persons, and a company's IMO against a vessel's
        assertEquals(List.of(), derived(vessel("ofac-sdn", "1", "A", "8712362", null).build(),
                Entity.builder("uk-fcdo", "1", Schema.COMPANY).name(Name.primary("B")).identifier(new Identifier("Company Number", "8712362", null, null)).build()));
        assertEquals(List.of(), derived(
                Entity.builder("ofac-sdn", "1", Schema.PERSON).name(Name.primary("A")).identifier(new Identifier("Passport", "A1234567", null, null)).build(),
                Entity.builder("uk-hmt", "1", Schema.PERSON).name(Name.primary("B")).identifier(new Identifier("Passport", "A1234567", null, null)).build()));
        // a call sign is reassigned: not identifying
        assertEquals(List.of(), derived(
                Entity.builder("ofac-sdn", "1", Schema.VESSEL).name(Name.primary("A")).identifier(new Identifier("Call Sign", "HMYG8", null, null)).build(),
                Entity.builder("uk-hmt", "1", Schema.VESSEL).name(Name.primary("B")).identifier(new Identifier("Call Sign", "HMYG8", null, null)).build()));
    }

    @Test
    void aPublishedLinkIsLeftAlone() {
        Entity sdn = body("ofac-sdn", "34675", "PUBLIC JOINT STOCK COMPANY TRANSKAPITALBANK", "Registration Number", "1027739186970", "RU").build();
        Entity csl = body("us-csl", "34675", "PUBLIC JOINT STOCK COMPANY TRANSKAPITALBANK", "Registration Number", "1027739186970", "RU")
                .link(new Link(LinkType.SAME_AS, "ofac-sdn:34675", null, null)).build();
        assertEquals(List.of(), derived(sdn, csl));
    }
}
