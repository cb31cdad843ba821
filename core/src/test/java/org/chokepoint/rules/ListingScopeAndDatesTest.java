package org.chokepoint.rules;

import org.chokepoint.model.Detail;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each listing judged by its own dates and scope: DPL expiry, Entity List effective dates, §746.5 scope, the Affiliates rule. */
class ListingScopeAndDatesTest {
    private static final String EL = "Entity List (EL) - Bureau of Industry and Security";
    private static final String DPL = "Denied Persons List (DPL) - Bureau of Industry and Security";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Decision decide(FixedScreener s, OwnershipGraph g, Tx tx) {
        return Tx.engine(s, g).decide(tx.build(), null, TODAY);
    }

    private static Decision decide(FixedScreener s, Tx tx) {
        return decide(s, new OwnershipGraph(), tx);
    }

    @Test
    void aDenialOrderEndsOnItsExpirationDate() {
        // 15 CFR 764.3(a)(2): a denial order runs for the period it states; the DPL publishes its expiration date
        FixedScreener s = new FixedScreener().hit("Villa Export", "bis-dpl", "d1", null, "2022-08-24", 0.99,
                Map.of(Detail.END_DATE, "2026-01-14"));
        Decision during = decide(s, Tx.to("MX").date("2025-06-01").party(Role.CONSIGNEE, "Villa Export", "MX").item("EAR99", "100", "0", "US", "8471"));
        assertEquals(Verdict.BLOCK, during.verdict());
        assertTrue(Tx.with(during, "party.").get(0).evidence().contains("in force until 2026-01-14"));
        Decision after = decide(s, Tx.to("MX").date("2026-02-01").party(Role.CONSIGNEE, "Villa Export", "MX").item("EAR99", "100", "0", "US", "8471"));
        RuleFinding f = Tx.with(after, "party.").get(0);
        assertEquals(Verdict.CLEAR, f.verdict());
        assertTrue(f.evidence().contains("the listing ended on 2026-01-14"), f.evidence());
    }

    @Test
    void anEntityListAdditionTakesEffectOnTheRulesDateNotOnPublication() {
        // Huawei: 84 FR 22961, published 2019-05-21, effective 2019-05-16
        FixedScreener s = new FixedScreener().hit("Huawei Technologies", "us-csl", "el9", EL, "2019-05-21", 0.99,
                Map.of(Detail.FEDERAL_REGISTER, "84 FR 22963, 85 FR 29852, 85 FR 36720"))
                .hit("Other Listed", "us-csl", "el10", EL, "2021-06-10", 0.99, Map.of(Detail.FEDERAL_REGISTER, "86 FR 30000"));
        Decision d = decide(s, Tx.to("CN").date("2019-05-17").party(Role.CONSIGNEE, "Huawei Technologies", "CN").item("5A991", "100", "0", "US", "8517"));
        RuleFinding hw = Tx.with(d, "party.").get(0);
        assertEquals(Verdict.LICENCE_REQUIRED, hw.verdict(), hw.evidence());
        assertTrue(hw.evidence().contains("in force from 2019-05-16"), hw.evidence());
        assertEquals(Verdict.CLEAR, Tx.with(decide(s, Tx.to("CN").date("2019-05-15").party(Role.CONSIGNEE, "Huawei Technologies", "CN")
                .item("5A991", "100", "0", "US", "8517")), "party.").get(0).verdict());
        // only the publication date known: days before it are REVIEW, never CLEAR
        RuleFinding other = Tx.with(decide(s, Tx.to("CN").date("2021-06-05").party(Role.CONSIGNEE, "Other Listed", "CN")
                .item("5A991", "100", "0", "US", "8517")), "party.").get(0);
        assertEquals(Verdict.REVIEW, other.verdict());
        assertTrue(other.evidence().contains("confirm the effective date"), other.evidence());
    }

    @Test
    void rosneftsLicenceRequirementReachesOnlyTheProjectsOf7465() {
        FixedScreener s = new FixedScreener().hit("Rosneft", "us-csl", "el7", EL, "2014-09-17", 0.99, Map.of(
                Detail.LICENSE_REQUIREMENT, "For all items subject to the EAR when used in projects specified in §746.5 of the EAR.",
                Detail.LICENSE_POLICY, "See §746.5(b) of the EAR."));
        // a date before 746.8 (Russia's CCL-wide licence) so only the entry decides
        Decision office = decide(s, Tx.to("RU").date("2021-06-01").endUse("office laptops").party(Role.CONSIGNEE, "Rosneft", "RU")
                .item("EAR99", "100", "0", "US", "8471"));
        RuleFinding f = Tx.with(office, "party.").get(0);
        assertEquals(Verdict.REVIEW, f.verdict());
        assertTrue(f.evidence().contains("limited: 'For all items subject to the EAR when used in projects specified in §746.5 of the EAR.'"), f.evidence());
        Decision shale = decide(s, Tx.to("RU").date("2021-06-01").endUse("shale oil drilling in Bazhenov").party(Role.CONSIGNEE, "Rosneft", "RU")
                .item("EAR99", "100", "0", "US", "8431"));
        assertEquals(Verdict.LICENCE_REQUIRED, Tx.with(shale, "party.").get(0).verdict());
        assertEquals(null, RestrictedPartyRule.limitedScope("For all items subject to the EAR.  (See §744.11 of the EAR)"));
    }

    @Test
    void theAffiliatesRuleIsDatedAsTheRuleAndItsSuspension() {
        FixedScreener s = new FixedScreener().hit("Listed Parent", "us-csl", "el8", EL, "2020-01-01", 0.99);
        OwnershipGraph g = new OwnershipGraph();
        g.add("Listed Parent", "Sub Co", new BigDecimal("0.6"), "test");
        Tx tx = Tx.to("CN").party(Role.CONSIGNEE, "Sub Co", "CN").item("5A991", "100", "0", "US", "8517");
        RuleFinding inForce = Tx.with(decide(s, g, tx.date("2025-10-15")), "ownership.bis-affiliates").get(0);
        assertEquals(Verdict.LICENCE_REQUIRED, inForce.verdict());
        assertTrue(inForce.citation().startsWith("90 FR 47201"));
        assertTrue(inForce.evidence().contains("Sub Co owned 60 % in aggregate by listed owners"), inForce.evidence());
        assertEquals(Verdict.CLEAR, Tx.with(decide(s, g, tx.date("2026-03-01")), "ownership.bis-affiliates").get(0).verdict());
        assertTrue(Tx.with(decide(s, g, tx.date("2025-09-28")), "ownership.bis-affiliates").isEmpty());
        assertEquals(Verdict.REVIEW, Tx.with(decide(s, g, tx.date("2026-11-20")), "ownership.bis-affiliates").get(0).verdict());
    }

    @Test
    void theStandardsOrganisationExceptionOfTheHuaweiEntriesLimitsOnlyTechnology() {
        // 15 CFR 744.11 / Supp. 4 to part 744 (Huawei entries as amended by 85 FR 36719): the exception reaches only the
        // release of EAR99 or AT-only technology to members of a standards organization
        String huawei = "For all items subject to the EAR, see §§ 736.2(b)(3)(vi), and 744.11 of the EAR, EXCEPT for technology subject"
                + " to the EAR that is designated as EAR99, or controlled on the Commerce Control List for anti-terrorism reasons only,"
                + " when released to members of a \u201cstandards organization\u201d (see §772.1) for the purpose of contributing to the"
                + " revision or development of a \u201cstandard\u201d (see §772.1).";
        assertEquals(null, RestrictedPartyRule.limitedScope(huawei, false));
        assertEquals(huawei, RestrictedPartyRule.limitedScope(huawei, true));
    }
}
