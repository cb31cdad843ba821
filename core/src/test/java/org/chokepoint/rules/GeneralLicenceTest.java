package org.chokepoint.rules;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** General licences and licence exceptions that lift an embargo for some items (general-licences.tsv). */
class GeneralLicenceTest {
    @Test
    void medicineToIranIsClearWithTheConditionsOf560530() {
        Decision d = Tx.to("IR").date("2024-03-01").item("EAR99", "5000", "0", "US", "3004.90").decide();
        assertEquals(Verdict.CLEAR, d.verdict(), d.findings().toString());
        RuleFinding gl = Tx.with(d, "exception.ir-gl-medicine").get(0);
        assertTrue(gl.isCondition());
        assertTrue(gl.citation().startsWith("31 CFR 560.530(a)(2)"), gl.citation());
        assertTrue(gl.evidence().contains("not to a military or law-enforcement purchaser"), gl.evidence());
        assertEquals(Verdict.CLEAR, Tx.with(d, "destination.embargo.ir-ofac").get(0).verdict());
        assertEquals(Verdict.CLEAR, Tx.with(d, "item.licence.ir-ear").get(0).verdict());
    }

    @Test
    void medicalDevicesToIranAreReviewNamingTheMissingFact() {
        Decision d = Tx.to("IR").date("2024-03-01").item("EAR99", "5000", "0", "US", "9018.12").decide();
        assertEquals(Verdict.REVIEW, d.verdict());
        RuleFinding gl = Tx.with(d, "exception.ir-gl-devices").get(0);
        assertEquals(Verdict.REVIEW, gl.verdict());
        assertTrue(gl.evidence().contains("to confirm: whether the device is on OFAC's List of Medical Devices Requiring Specific Authorization"));
    }

    @Test
    void aShipmentOnlyPartlyCoveredStaysBlockedAndSaysWhich() {
        Decision d = Tx.to("IR").date("2024-03-01").item("EAR99", "5000", "0", "US", "3004.90")
                .item("EAR99", "5000", "0", "US", "8429.11").decide();
        assertEquals(Verdict.BLOCK, d.verdict());
        assertTrue(Tx.with(d, "destination.embargo.ir-ofac").get(0).evidence().contains("item 1 equipment under ir-gl-medicine"));
        // controlled medicine (on the CCL) is not covered: 560.530 covers EAR99 items only
        Decision ccl = Tx.to("IR").date("2024-03-01").item("1C351", "5000", "0", "US", "3002.49").decide();
        assertEquals(Verdict.BLOCK, ccl.verdict(), ccl.findings().toString());
    }

    @Test
    void crimeaMedicineUnderGeneralLicenseFourAndDevicesStillNeedABisLicence() {
        Decision med = Tx.to("UA").place("Simferopol", "UA").date("2020-05-01").item("EAR99", "100", "0", "US", "3004").decide();
        assertEquals(Verdict.CLEAR, med.verdict(), med.findings().toString());
        assertTrue(Tx.with(med, "exception.crimea-gl-4").get(0).citation().startsWith("Ukraine-Related General License No. 4"));
        // a medical device: OFAC's GL 4 covers it, but 15 CFR 746.6 excepts only EAR99 food and medicine
        Decision dev = Tx.to("UA").place("Simferopol", "UA").date("2020-05-01").item("EAR99", "100", "0", "US", "9018").decide();
        assertEquals(Verdict.LICENCE_REQUIRED, dev.verdict());
        assertEquals(1, Tx.with(dev, "exception.crimea-gl-4").size());
    }

    @Test
    void cubaAgriculturalCommoditiesUnderAgrNeedTheNotification() {
        Decision d = Tx.to("CU").date("2024-03-01").item("EAR99", "100", "0", "US", "1001.99").decide();
        assertEquals(Verdict.REVIEW, d.verdict(), d.findings().toString());
        RuleFinding agr = Tx.with(d, "exception.cu-agr").get(0);
        assertTrue(agr.citation().startsWith("15 CFR 740.18 (AGR)"));
        assertTrue(agr.evidence().contains("to confirm: whether BIS was notified under 740.18(c)"));
    }

    @Test
    void syriaGeneralLicencesByDateAndEndUse() {
        // GL 25 (23 May 2025) lifts the Syrian Sanctions Regulations until their revocation on 1 July 2025
        Decision june = Tx.to("SY").date("2025-06-10").item("EAR99", "100", "0", "US", "8471").decide();
        assertEquals(1, Tx.with(june, "exception.sy-gl-25").size());
        assertEquals(Verdict.CLEAR, Tx.with(june, "destination.embargo.sy-ofac").get(0).verdict());
        // ... but the EAR all-items licence of 15 CFR 746.9 is still in force then
        assertEquals(Verdict.LICENCE_REQUIRED, june.verdict());
        // GL 23 (9 Feb 2023, 180 days; 88 FR 17727) covers earthquake relief only
        assertEquals(1, Tx.with(Tx.to("SY").date("2023-03-01").endUse("earthquake relief shelters").item("EAR99", "100", "0", "US", "8471")
                .decide(), "exception.sy-gl-23").size());
        // outside it a computer falls under 31 CFR 542.511 (personal internet communications, REVIEW) and still needs the
        // BIS licence of 15 CFR 746.9
        Decision office = Tx.to("SY").date("2023-03-01").endUse("office network").item("EAR99", "100", "0", "US", "8471").decide();
        assertEquals(Verdict.LICENCE_REQUIRED, office.verdict());
        assertTrue(Tx.with(office, "exception.sy-gl-23").isEmpty());
        RuleFinding internet = Tx.with(office, "exception.sy-542-511").get(0);
        assertTrue(internet.evidence().contains("to confirm: whether the item serves personal internet communications"), internet.evidence());
        assertTrue(Tx.with(Tx.to("SY").date("2024-03-01").endUse("earthquake relief").item("EAR99", "100", "0", "US", "8471").decide(),
                "exception.sy-gl-23").isEmpty());
    }

    @Test
    void syriaExportsBisAuthorisesAreAuthorisedByOfacUnderSection542510() {
        // EAR99 food needs no BIS licence (15 CFR 746.9(a)); 31 CFR 542.510 then authorises the export, on condition that
        // no party is the Government of Syria or blocked: REVIEW naming that fact, not BLOCK
        Decision food = Tx.to("SY").date("2020-04-01").endUse("wholesale of food").item("EAR99", "1000", "0", "US", "1006").decide();
        assertEquals(Verdict.REVIEW, food.verdict(), food.findings().toString());
        RuleFinding f = Tx.with(food, "exception.sy-542-510").get(0);
        assertTrue(f.evidence().contains("to confirm: whether any party is the Government of Syria or a blocked person"), f.evidence());
        assertTrue(f.citation().startsWith("31 CFR 542.510 (79 FR 25414, effective 2 May 2014)"), f.citation());
        // a CCL item still needs the BIS licence
        assertEquals(Verdict.LICENCE_REQUIRED, Tx.to("SY").date("2020-04-01").item("5A991", "1000", "0", "US", "8517").decide().verdict());
        // energy under General License No. 24 (6 Jan 2025): REVIEW naming the excluded counterparties; the BIS licence stays
        Decision fuel = Tx.to("SY").date("2025-02-01").item("EAR99", "1000", "0", "US", "2710").decide();
        assertTrue(Tx.with(fuel, "exception.sy-gl-24").get(0).evidence().contains("military or intelligence entity"));
        assertEquals(Verdict.LICENCE_REQUIRED, fuel.verdict());
    }

    @Test
    void cubaTelecommunicationsUnderLicenceExceptionScp() {
        // a 5A991 router for a private Cuban internet café: SCP (15 CFR 740.21, as expanded by 80 FR 56898) lifts both
        // the EAR measure and, with 31 CFR 515.533(a), the embargo; REVIEW naming the facts 740.21 needs
        Decision router = Tx.to("CU").date("2017-03-01").endUse("internet café (private sector)").item("5A991", "2000", "0", "US", "8517").decide();
        assertEquals(Verdict.REVIEW, router.verdict(), router.findings().toString());
        assertTrue(Tx.with(router, "exception.cu-scp").get(0).evidence().contains("to confirm: whether the item and end user fit 740.21"));
        // before the encoded date the embargo stands
        assertEquals(Verdict.BLOCK, Tx.to("CU").date("2014-03-01").item("5A991", "2000", "0", "US", "8517").decide().verdict());
    }
}
