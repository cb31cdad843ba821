package org.chokepoint.rules;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Regions by name (E.O. 14065, OFAC FAQ 1009), the end user's country as destination, and 15 CFR 744.3. */
class RegionAndEndUseTest {
    @Test
    void aWholeOblastIsReviewAndAGovernmentControlledTownIsNotBlocked() {
        Decision oblast = Tx.to("UA").place("Donetsk Oblast", "UA").date("2024-05-01").item("EAR99", "100", "0", "DE", null).decide();
        assertEquals("UA", oblast.destination());
        assertEquals(Verdict.REVIEW, oblast.verdict(), oblast.findings().toString());
        RuleFinding f = Tx.with(oblast, "destination.region-ambiguous").get(0);
        assertTrue(f.citation().startsWith("OFAC FAQ 1009"), f.citation());

        Decision kramatorsk = Tx.to("UA").place("Kramatorsk, Donetsk Oblast", "UA").date("2024-05-01").item("EAR99", "100", "0", "DE", null).decide();
        assertEquals("UA", kramatorsk.destination());
        assertEquals(Verdict.CLEAR, kramatorsk.verdict(), kramatorsk.findings().toString());
        assertEquals(1, Tx.with(kramatorsk, "destination.region-outside").size());
        assertEquals(Verdict.CLEAR, Tx.to("UA").place("Sloviansk", "UA").date("2024-05-01").item("EAR99", "100", "0", "DE", null).decide().verdict());

        // a town under Russian control in the same oblast is the so-called DNR
        Decision makiivka = Tx.to("UA").place("Makiivka, Donetsk Oblast", "UA").date("2024-05-01").item("EAR99", "100", "0", "DE", null).decide();
        assertEquals("UA-DNR", makiivka.destination());
        assertEquals(Verdict.BLOCK, makiivka.verdict());
    }

    @Test
    void aCrimeanPartyReadingRussiaIsAtTheDestination() {
        Decision d = Tx.to("RU").place("Sevastopol", "RU").date("2020-05-01").item("EAR99", "100", "0", "US", "3004").decide();
        assertEquals("UA-CRIMEA", d.destination());
        assertTrue(Tx.with(d, "red-flag.end-user-elsewhere").isEmpty(), d.findings().toString());
        // an end user in Moscow for goods to Crimea is elsewhere
        Decision moscow = Tx.to("UA").place("Simferopol", "UA").date("2020-05-01").party(Role.END_USER, "Volga Trade", "RU", "Tverskaya 1, Moscow")
                .item("EAR99", "100", "0", "US", "3004").decide();
        assertEquals(1, Tx.with(moscow, "red-flag.end-user-elsewhere").size());
    }

    @Test
    void theEndUsersCountryBringsItsPart746Measures() {
        // consignee in the Netherlands, end user in Russia: 15 CFR 746.8 applies to the CCL item
        Decision d = new Tx().dest("NL").party(Role.CONSIGNEE, "Rotterdam Parts BV", "NL").party(Role.END_USER, "Uralsk Machine", "RU")
                .date("2024-05-01").item("5A991", "100", "0", "US", "8517").decide();
        RuleFinding ru = Tx.with(d, "item.licence.ru-ear").get(0);
        assertEquals(Verdict.LICENCE_REQUIRED, ru.verdict());
        assertTrue(ru.evidence().contains("the end user is in RU"), ru.evidence());
        assertTrue(ru.citation().startsWith("15 CFR 746.8"));
    }

    @Test
    void missileEndUsesFollowTheConditionsOf7443() {
        // a UAV end use in Türkiye (not D:4): no 744.3 licence on the stated facts, REVIEW naming the conditions
        Decision tr = Tx.to("TR").endUse("UAV flight controller for agricultural survey drones").item("5A991", "100", "0", "US", "8526").decide();
        RuleFinding f = Tx.with(tr, "red-flag.missile-end-use").get(0);
        assertEquals(Verdict.REVIEW, f.verdict());
        assertTrue(f.evidence().contains("Country Group D:4"), f.evidence());
        assertEquals(Verdict.REVIEW, tr.verdict());
        // the same to China (D:4): licence under 744.3
        RuleFinding cn = Tx.with(Tx.to("CN").endUse("UAV flight controller, 500 km range").item("5A991", "100", "0", "US", "8526").decide(),
                "red-flag.missile-end-use").get(0);
        assertEquals(Verdict.LICENCE_REQUIRED, cn.verdict());
        assertTrue(cn.evidence().contains("500 km stated"), cn.evidence());
        // delivery of weapons of mass destruction: any destination (744.3(a)(2))
        assertEquals(Verdict.LICENCE_REQUIRED, Tx.with(Tx.to("TR").endUse("rocket to deliver chemical agents").item("5A991", "100", "0", "US", "8526")
                .decide(), "red-flag.missile-end-use").get(0).verdict());
    }
}
