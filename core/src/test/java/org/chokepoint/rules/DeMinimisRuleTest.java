package org.chokepoint.rules;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeMinimisRuleTest {
    private static RuleFinding deMinimis(Decision d) {
        return Tx.with(d, "item.de-minimis").get(0);
    }

    @Test
    void exactlyTenPercentToAnE1DestinationDoesNotExceedDeMinimis() {
        // 10 % is not "above" 10 %: the foreign-made item stays outside the EAR, so no EAR licence for North Korea.
        Decision d = Tx.to("KP").date("2012-05-01").item("5A991", "1000000", "100000").decide();
        RuleFinding f = deMinimis(d);
        assertTrue(f.evidence().contains("= 10 % <= 10 %"), f.evidence());
        assertTrue(f.evidence().contains("not subject to the EAR"), f.evidence());
        assertEquals("15 CFR 734.4(c) (10 % for Country Group E:1 destinations)", f.citation());
        assertTrue(Tx.with(d, "item.licence").isEmpty());
    }

    @Test
    void justAboveTenPercentToNorthKoreaNeedsALicence() {
        Decision d = Tx.to("KP").date("2012-05-01").item("5A991", "1000000", "100001").decide();
        assertTrue(deMinimis(d).evidence().contains("= 10.00 % > 10 %"), deMinimis(d).evidence());
        RuleFinding licence = Tx.with(d, "item.licence.kp-ear").get(0);
        assertEquals(Verdict.LICENCE_REQUIRED, licence.verdict());
        assertEquals("15 CFR 746.4 (North Korea); 72 FR 3722", licence.citation());
        assertEquals(Verdict.LICENCE_REQUIRED, d.verdict());
    }

    @Test
    void twentyFivePercentElsewhereAndTheCountryChart() {
        Decision at = Tx.to("CN").item("5A001", "400", "100").decide();
        assertTrue(deMinimis(at).evidence().contains("= 25 % <= 25 %"), deMinimis(at).evidence());
        assertEquals(Verdict.CLEAR, at.verdict());

        Decision above = Tx.to("CN").item("5A001", "400", "100.04").decide();
        assertTrue(deMinimis(above).evidence().contains("> 25 %"));
        RuleFinding chart = Tx.with(above, "item.licence.chart").get(0);
        assertEquals(Verdict.LICENCE_REQUIRED, chart.verdict());
        assertTrue(chart.evidence().contains("X for CN under NS1"), chart.evidence());

        // 5A991 is AT1 only: no X for China, so no licence (NLR).
        Decision at1 = Tx.to("CN").item("5A991", "400", "200").decide();
        assertEquals(Verdict.CLEAR, Tx.with(at1, "item.licence.chart").get(0).verdict());
        assertEquals(Verdict.CLEAR, at1.verdict());
    }

    @Test
    void cubaThresholdFollowsItsGroupHistory() {
        // 20 % content: subject while Cuba was E:1 (10 %), not subject 2015-2019 (25 %), subject again once E:2 got 10 %.
        assertTrue(deMinimis(Tx.to("CU").date("2014-01-10").item("EAR99", "100", "20").decide()).evidence().contains("> 10 %"));
        assertTrue(deMinimis(Tx.to("CU").date("2017-01-10").item("EAR99", "100", "20").decide()).evidence().contains("<= 25 %"));
        Decision d2020 = Tx.to("CU").date("2020-01-10").item("EAR99", "100", "20").decide();
        assertTrue(deMinimis(d2020).evidence().contains("> 10 %"));
        // EAR99 to an embargoed destination needs a licence
        assertEquals(Verdict.LICENCE_REQUIRED, Tx.with(d2020, "item.licence.cu-ear").get(0).verdict());
    }

    @Test
    void noDeMinimisForSixHundredSeriesToD5() {
        Decision d = Tx.to("CN").item("3A611.x", "1000", "1").decide();
        RuleFinding f = Tx.with(d, "item.no-de-minimis").get(0);
        assertTrue(f.citation().startsWith("15 CFR 734.4(a)(6)(ii)"), f.citation());
        // ... and 3A611.x is NS1 (entire entry except .y), China has an NS1 X: licence (15 CFR 742.4(a)(1))
        assertEquals(Verdict.LICENCE_REQUIRED, d.verdict());
        assertTrue(Tx.with(d, "item.licence.chart").get(0).evidence().contains("under NS1"));
    }

    @Test
    void usOriginItemsAreSubjectWithoutArithmetic() {
        Decision d = Tx.to("KP").date("2017-06-01").item("EAR99", "10", null, "US", "8517.61").decide();
        assertEquals(1, Tx.with(d, "item.us-origin").size());
        assertEquals(Verdict.LICENCE_REQUIRED, Tx.with(d, "item.licence.kp-ear").get(0).verdict());
    }

    @Test
    void foodAndMedicineExceptedForNorthKorea() {
        Decision d = Tx.to("KP").date("2012-06-01").item("EAR99", "100", "0", "US", "3004.90").decide();
        assertEquals(Verdict.CLEAR, Tx.with(d, "item.licence.kp-ear").get(0).verdict());
    }

    @Test
    void contradictoryOrMissingValuesAreReviewNamingTheField() {
        Decision more = Tx.to("CN").item("5A991", "100", "150").decide();
        RuleFinding f = Tx.with(more, "item.us-content").get(0);
        assertEquals(Verdict.REVIEW, f.verdict());
        assertTrue(f.evidence().contains("'usContent' 150.00 exceeds field 'value' 100.00"), f.evidence());
        assertEquals(Verdict.REVIEW, more.verdict());

        Decision missing = Tx.to("CN").item("5A991", "100", null).decide();
        assertTrue(Tx.with(missing, "item.us-content").get(0).evidence().contains("field 'usContent' is empty"));
        assertEquals(Verdict.REVIEW, missing.verdict());
        Decision noEccn = Tx.to("CN").item(null, "100", "1").decide();
        assertTrue(Tx.with(noEccn, "item.eccn").get(0).evidence().contains("field 'eccn' is empty"));
        assertEquals(Verdict.REVIEW, noEccn.verdict());
        Decision usNoEccn = Tx.to("DE").item(null, "100", null, "US", null).decide();
        assertEquals(Verdict.REVIEW, Tx.with(usNoEccn, "item.eccn").get(0).verdict());
        assertEquals(Verdict.REVIEW, usNoEccn.verdict());
    }
}
