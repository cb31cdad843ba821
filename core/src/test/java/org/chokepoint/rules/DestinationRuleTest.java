package org.chokepoint.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DestinationRuleTest {
    @Test
    void northKoreaBeforeAndAfterTheComprehensiveEmbargo() {
        Decision y2012 = Tx.to("KP").date("2012-05-01").item("EAR99", "100", "5").decide();
        RuleFinding ofac = Tx.with(y2012, "destination.embargo.kp-ofac").get(0);
        assertEquals(Verdict.CLEAR, ofac.verdict());
        assertTrue(ofac.evidence().contains("not yet in force on 2012-05-01 (from 2016-03-16)"), ofac.evidence());
        assertEquals(Verdict.REVIEW, Tx.with(y2012, "destination.embargo.kp-un").get(0).verdict());
        assertEquals(Verdict.REVIEW, y2012.verdict());

        Decision y2017 = Tx.to("KP").date("2017-05-01").item("EAR99", "100", "5").decide();
        RuleFinding block = Tx.with(y2017, "destination.embargo.kp-ofac").get(0);
        assertEquals(Verdict.BLOCK, block.verdict());
        assertEquals(LocalDate.of(2016, 3, 16), block.effective());
        assertTrue(block.citation().contains("31 CFR 510 (North Korea Sanctions Regulations)"));
        assertEquals(Verdict.BLOCK, y2017.verdict());
    }

    @Test
    void syriaMeasuresLiftedDuring2025() {
        // before 31 CFR 542.510/542.511 (2 May 2014) the Syrian Sanctions Regulations block; from then OFAC authorises
        // what BIS licenses, so a computer in 2024 needs the licence of 15 CFR 746.9
        assertEquals(Verdict.BLOCK, Tx.to("SY").date("2013-06-10").item("EAR99", "100", "0", "US", "8471").decide().verdict());
        Decision y2024 = Tx.to("SY").date("2024-01-10").item("EAR99", "100", "0", "US", "8471").decide();
        assertEquals(Verdict.LICENCE_REQUIRED, y2024.verdict(), y2024.findings().toString());
        assertEquals(Verdict.REVIEW, Tx.with(y2024, "exception.sy-542-511").get(0).verdict());
        // July-August 2025: OFAC programme revoked, EAR all-items licence still in force
        Decision aug = Tx.to("SY").date("2025-08-01").item("EAR99", "100", "0", "US", "8471").decide();
        assertEquals(Verdict.CLEAR, Tx.with(aug, "destination.embargo.sy-ofac").get(0).verdict());
        assertEquals(Verdict.LICENCE_REQUIRED, aug.verdict());
        // from 2 Sep 2025: EAR99 goes under License Exception SPP, CCL items still need a licence
        Decision oct99 = Tx.to("SY").date("2025-10-01").item("EAR99", "100", "0", "US", "8471").decide();
        assertEquals(Verdict.CLEAR, oct99.verdict(), oct99.findings().toString());
        Decision octCcl = Tx.to("SY").date("2025-10-01").item("5A991", "100", "0", "US", "8517").decide();
        assertEquals("15 CFR 746.9 as amended by 90 FR 42315 (2 Sep 2025)", Tx.with(octCcl, "item.licence.sy-ear-2025").get(0).citation());
        assertEquals(Verdict.LICENCE_REQUIRED, octCcl.verdict());
    }

    @Test
    void occupiedRegionsAreRecognisedByPlaceWhateverCountryIsStated() {
        Decision crimea = Tx.to("RU").place("Simferopol", "RU").date("2016-02-01").item("EAR99", "100", "0", "DE", null).decide();
        assertEquals("UA-CRIMEA", crimea.destination());
        assertEquals(Verdict.BLOCK, crimea.verdict());
        assertEquals(Verdict.CLEAR, Tx.to("UA").place("Simferopol", "UA").date("2013-02-01").item("EAR99", "100", "0", "DE", null).decide().verdict());
        Decision donetsk2021 = Tx.to("UA").place("Donetsk", "UA").date("2021-12-01").item("EAR99", "100", "0", "DE", null).decide();
        assertEquals(Verdict.CLEAR, donetsk2021.verdict());
        Decision donetsk2022 = Tx.to("UA").place("Donetsk", "UA").date("2022-03-01").item("EAR99", "100", "0", "DE", null).decide();
        assertEquals("UA-DNR", donetsk2022.destination());
        assertEquals(Verdict.BLOCK, donetsk2022.verdict());
        assertEquals("E.O. 14065 of 21 February 2022", Tx.with(donetsk2022, "destination.embargo.dnr-ofac").get(0).citation());
        // "DPR Korea" is North Korea, not the so-called DPR of Donetsk
        assertEquals("KP", Tx.to("KP").place("Pyongyang, DPR Korea", "KP").date("2023-01-01").item("EAR99", "1", "0", "DE", null).decide().destination());
    }

    @Test
    void russiaAndBelarusPart746Dates() {
        assertEquals(Verdict.CLEAR, Tx.to("RU").date("2022-02-23").item("5A991", "100", "0", "US", "8517").decide().verdict());
        Decision ru = Tx.to("RU").date("2022-02-24").item("5A991", "100", "0", "US", "8517").decide();
        assertEquals(Verdict.LICENCE_REQUIRED, ru.verdict());
        assertEquals("15 CFR 746.8(a)(1) (Russia); 87 FR 12226", Tx.with(ru, "item.licence.ru-ear").get(0).citation());
        assertEquals(Verdict.CLEAR, Tx.to("BY").date("2022-03-01").item("5A991", "100", "0", "US", "8517").decide().verdict());
        assertEquals(Verdict.LICENCE_REQUIRED, Tx.to("BY").date("2022-03-02").item("5A991", "100", "0", "US", "8517").decide().verdict());
        // EAR99 to Russia: the HTS-based lists are not encoded, so REVIEW rather than a silent CLEAR
        assertEquals(Verdict.REVIEW, Tx.to("RU").date("2023-01-01").item("EAR99", "100", "0", "US", "8471").decide().verdict());
    }

    @Test
    void aDateBeforeTheEncodedPeriodIsNotJudged() {
        Decision d = Tx.to("DE").date("2005-06-01").item("EAR99", "100", "0", "US", null).decide();
        RuleFinding f = Tx.with(d, "destination.no-rules-for-date").get(0);
        assertTrue(f.evidence().contains("cover 2007-01-26 onward"), f.evidence());
        assertEquals(Verdict.REVIEW, d.verdict());
    }

    @Test
    void aBankInIranBlocksAndAnUnknownDestinationIsReview() {
        Decision d = Tx.to("DE").party(Role.BANK, "Some Bank", "IR").item("EAR99", "100", "0", "DE", null).decide();
        RuleFinding f = Tx.with(d, "destination.party-in-embargoed.ir-ofac").get(0);
        assertEquals(Verdict.BLOCK, f.verdict());
        assertTrue(f.subject().startsWith("party 3 (bank)"));
        Decision unknown = Tx.to("Atlantis").item("EAR99", "100", "0", "DE", null).decide();
        assertTrue(Tx.with(unknown, "destination.unknown").get(0).evidence().contains("'Atlantis'"));
        assertEquals(Verdict.REVIEW, unknown.verdict());
    }
}
