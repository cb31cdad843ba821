package org.chokepoint.identity;

import org.chokepoint.model.Detail;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.Name;
import org.chokepoint.model.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Identifiers as the bundled lists publish them (values copied from the OFAC SDN and UK Sanctions List files). */
class IdentifierIndexTest {
    // ofac-sdn:23726, a DPRK tanker: IMO as an identifier and as a vessel detail
    static final Entity CHON_MYONG = Entity.builder("ofac-sdn", "23726", Schema.VESSEL).name(Name.primary("CHON MYONG 1"))
            .identifier(new Identifier("IMO", "8712362", null, null)).detail(Detail.IMO, "8712362").build();
    // uk-fcdo:RUS1492: several numbers in one "Business Registration No" cell
    static final Entity MOSCOW_INDUSTRIAL_BANK = Entity.builder("uk-fcdo", "RUS1492", Schema.ORGANIZATION)
            .name(Name.primary("Joint Stock Company Moscow Industrial Bank"))
            .identifier(new Identifier("Business Registration No",
                    "SWIFT/BIC MINNRUMM,BIK (RU) 044525600,Tax ID No. 7725039953 (Russia),Government Gazette Number 09317135 (Russia)", null, null))
            .identifier(new Identifier("UK Sanctions List Ref", "RUS1492", "GB", null)).build();
    // ofac-sdn:12028: a SWIFT/BIC code
    static final Entity ONERBANK = Entity.builder("ofac-sdn", "12028", Schema.ORGANIZATION).name(Name.primary("ONERBANK ZAO"))
            .identifier(new Identifier("SWIFT/BIC", "HNRBBY2X", null, null))
            .identifier(new Identifier("Registration ID", "807000227", "BY", null)).build();
    static final IdentifierIndex INDEX = IdentifierIndex.build(List.of(CHON_MYONG, MOSCOW_INDUSTRIAL_BANK, ONERBANK));

    private static List<Integer> entities(String text) {
        return INDEX.find(text).stream().map(f -> f.posting().entity()).toList();
    }

    @Test
    void anImoNumberIsFoundHoweverItIsWritten() {
        for (String q : List.of("IMO 8712362", "imo8712362", "8712362", " IMO-8712362 ", "IMO: 8712362")) {
            assertEquals(List.of(0), entities(q), q);
        }
        IdentifierIndex.Found f = INDEX.find("IMO 8712362").get(0);
        assertEquals("8712362", f.queried());
        assertEquals(IdentifierKind.IMO, f.posting().kind());
        assertEquals("8712362", f.posting().value());
    }

    @Test
    void aNumberWrittenInsideAPublishedValueIsFoundAndSaysSo() {
        IdentifierIndex.Found tax = INDEX.find("7725039953").get(0);
        assertEquals(1, tax.posting().entity());
        assertTrue(tax.posting().part());
        assertEquals(IdentifierKind.REGISTRATION, tax.posting().kind());
        assertEquals(List.of(1), entities("044525600"));
        // a query with a label in front: the number inside it is looked up
        assertEquals(List.of(1), entities("INN 7725039953"));
    }

    @Test
    void swiftCodesAndRegistrationNumbersIgnoreCaseAndPunctuation() {
        assertEquals(List.of(2), entities("hnrb by 2x"));
        assertEquals(List.of(2), entities("807-000-227"));
    }

    @Test
    void listReferencesShortAndRepeatedValuesAreNotLookedUp() {
        assertEquals(List.of(), entities("RUS1492")); // the UK's own reference to its entry
        assertEquals(List.of(), entities("1234"));
        assertNull(IdentifierValues.normalize("IMO", IdentifierKind.IMO));
        assertNull(IdentifierValues.normalize("00000000", IdentifierKind.ID));
        assertEquals(IdentifierKind.REFERENCE, IdentifierKind.of("UK Sanctions List Ref"));
        assertEquals(IdentifierKind.TAX, IdentifierKind.of("Tax ID No."));
        assertEquals(IdentifierKind.SWIFT, IdentifierKind.of("SWIFT/BIC"));
    }
}
