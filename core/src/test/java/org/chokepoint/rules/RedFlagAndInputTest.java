package org.chokepoint.rules;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RedFlagAndInputTest {
    @Test
    void routeThroughDandongIsReviewWithTheHubNamed() {
        Decision d = Tx.to("CN").via("Dandong", "CN").item("EAR99", "100", "0", "CN", null).decide();
        RuleFinding f = Tx.with(d, "red-flag.transshipment-hub").get(0);
        assertEquals(Verdict.REVIEW, f.verdict());
        assertTrue(f.evidence().contains("route transit Dandong (CN): Dandong (CN) is a transshipment hub next to KP"), f.evidence());
        assertEquals(Verdict.REVIEW, d.verdict());
        assertTrue(Tx.with(Tx.to("CN").via("丹东市", "CN").item("EAR99", "100", "0", "CN", null).decide(), "red-flag.transshipment-hub").size() == 1);
        assertTrue(Tx.with(Tx.to("CN").via("Shenyang", "CN").item("EAR99", "100", "0", "CN", null).decide(), "red-flag.transshipment-hub").isEmpty());
    }

    @Test
    void addressForwarderPaymentAndEndUseFlags() {
        Decision po = Tx.to("AE").party(Role.CONSIGNEE, "Gulf Star FZE", "AE", "P.O. Box 4411, Dubai").item("EAR99", "100", "0", "CN", null).decide();
        assertEquals(1, Tx.with(po, "red-flag.po-box-consignee").size());
        // a consignee in Dubai for goods that stay in the UAE is not a diversion signal; one for Iran is
        assertTrue(Tx.with(po, "red-flag.transshipment-hub").isEmpty());
        Decision onward = Tx.to("IR").party(Role.CONSIGNEE, "Gulf Star FZE", "AE", "Jebel Ali Free Zone, Dubai").item("EAR99", "100", "0", "CN", null).decide();
        assertEquals(1, Tx.with(onward, "red-flag.transshipment-hub").size());
        Decision bp = Tx.to("SN").party(Role.CONSIGNEE, "Sahel Import", "SN", "B.P. 1234 Dakar").item("EAR99", "100", "0", "CN", null).decide();
        assertEquals(1, Tx.with(bp, "red-flag.po-box-consignee").size());
        Decision flat = Tx.to("RU").party(Role.CONSIGNEE, "Ivanov", "RU", "ул. Ленина 5, кв. 12, Москва").item("EAR99", "100", "0", "CN", null).decide();
        assertEquals(1, Tx.with(flat, "red-flag.residential-consignee").size());
        Decision street = Tx.to("AE").party(Role.CONSIGNEE, "Aya Trading", "AE", "Aya Street 4, Abu Dhabi").item("EAR99", "100", "0", "CN", null).decide();
        assertTrue(Tx.with(street, "red-flag.po-box").isEmpty());

        Tx fwd = Tx.to("TR").noParties().party(Role.BUYER, "Anka Makina", "TR").party(Role.END_USER, "Bosphorus Freight Logistics", "TR")
                .item("EAR99", "100", "0", "CN", null);
        assertEquals(1, Tx.with(fwd.decide(), "red-flag.forwarder-as-destination").size());

        Decision cash = Tx.to("DE").payment("cash on delivery").item("EAR99", "50000", "0", "CN", null).decide();
        assertTrue(Tx.with(cash, "red-flag.cash-payment").get(0).evidence().contains("50,000.00"));
        assertTrue(Tx.with(Tx.to("DE").payment("cash").item("EAR99", "500", "0", "CN", null).decide(), "red-flag.cash-payment").isEmpty());

        Decision nuclear = Tx.to("PK").endUse("uranium enrichment plant").item("EAR99", "100", "0", "US", null).decide();
        RuleFinding n = Tx.with(nuclear, "red-flag.nuclear-end-use").get(0);
        assertEquals(Verdict.LICENCE_REQUIRED, n.verdict());
        assertEquals("15 CFR 744.2 (nuclear end uses)", n.citation());

        Decision farm = Tx.to("DE").endUse("farm irrigation control").item("5A001", "100", "0", "US", null).decide();
        assertTrue(Tx.with(farm, "red-flag.low-tech-end-use").get(0).evidence().contains("5A001"));
        assertTrue(Tx.with(Tx.to("DE").endUse("farm irrigation control").item("5A991", "100", "0", "US", null).decide(),
                "red-flag.low-tech-end-use").isEmpty());

        Decision noEndUse = Tx.to("DE").endUse(null).item("EAR99", "100", "0", "CN", null).decide();
        assertEquals(Verdict.REVIEW, noEndUse.verdict());
    }

    @Test
    void badInputIsNeverClear() {
        Decision noName = Tx.to("DE").party(Role.CONSIGNEE, " ", "DE").item("EAR99", "100", "0", "CN", null).decide();
        RuleFinding f = Tx.with(noName, "input.party-name").get(0);
        assertTrue(f.subject().startsWith("party 3 (consignee)") && f.evidence().contains("field 'name' is empty"), f.toString());
        assertEquals(Verdict.REVIEW, noName.verdict());

        Decision badCountry = Tx.to("DE").party(Role.CONSIGNEE, "Nord GmbH", "Narnia").item("EAR99", "100", "0", "CN", null).decide();
        assertTrue(Tx.with(badCountry, "input.party-country").get(0).evidence().contains("'Narnia'"));
        assertEquals(Verdict.REVIEW, badCountry.verdict());

        assertEquals(Verdict.REVIEW, Tx.to("DE").decide().verdict()); // no items
        assertEquals(Verdict.REVIEW, Tx.to("DE").noParties().item("EAR99", "100", "0", "CN", null).decide().verdict());
        Decision negative = Tx.to("DE").item("EAR99", "-5", "0", "CN", null).decide();
        assertEquals(Verdict.REVIEW, negative.verdict());
    }
}
