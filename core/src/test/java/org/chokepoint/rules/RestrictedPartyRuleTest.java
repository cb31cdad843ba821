package org.chokepoint.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RestrictedPartyRuleTest {
    private static final String EL = "Entity List (EL) - Bureau of Industry and Security";
    private static final String SDN = "Specially Designated Nationals (SDN) - Treasury Department";
    private static final String UVL = "Unverified List (UVL) - Bureau of Industry and Security";
    private static final String DPL = "Denied Persons List (DPL) - Bureau of Industry and Security";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Decision decide(FixedScreener s, Tx tx) {
        return Tx.engine(s, new OwnershipGraph()).decide(tx.build(), null, TODAY);
    }

    @Test
    void effectOfEachListOnTheVerdict() {
        FixedScreener s = new FixedScreener()
                .hit("Blocked Co", "ofac-sdn", "1", null, null, 0.97)
                .hit("Listed Co", "us-csl", "el1", EL, "2014-06-26", 0.95)
                .hit("Unverified Co", "us-csl", "uvl1", UVL, "2019-01-01", 0.99)
                .hit("Denied Co", "us-csl", "dpl1", DPL, "2010-01-01", 0.99);
        Tx base = Tx.to("DE").item("EAR99", "100", "50", "FR", null);
        assertEquals(Verdict.BLOCK, decide(s, Tx.to("DE").party(Role.CONSIGNEE, "Blocked Co", "DE").item("EAR99", "100", "50", "FR", null)).verdict());
        Decision el = decide(s, Tx.to("DE").party(Role.CONSIGNEE, "Listed Co", "DE").item("EAR99", "100", "50", "FR", null));
        RuleFinding f = Tx.with(el, "party.").get(0);
        assertEquals(Verdict.LICENCE_REQUIRED, f.verdict());
        assertEquals("15 CFR 744.11 / Supp. 4 to part 744 (licence for all items subject to the EAR)", f.citation());
        assertTrue(f.evidence().contains("us-csl:el1") && f.evidence().contains("score 0.95") && f.evidence().contains("fixed test hit"), f.evidence());
        assertEquals(LocalDate.of(2014, 6, 26), f.effective());
        assertEquals(Verdict.REVIEW, decide(s, Tx.to("DE").party(Role.CONSIGNEE, "Unverified Co", "DE").item("EAR99", "100", "50", "FR", null)).verdict());
        assertEquals(Verdict.BLOCK, decide(s, Tx.to("DE").party(Role.CONSIGNEE, "Denied Co", "DE").item("EAR99", "100", "50", "FR", null)).verdict());
        assertEquals(Verdict.CLEAR, decide(s, base).verdict());
    }

    @Test
    void aPartyNameWithNothingToMatchIsReviewNotAnError() {
        var listed = org.chokepoint.model.Entity.builder("ofac-sdn", "23175", org.chokepoint.model.Schema.ORGANIZATION)
                .name(org.chokepoint.model.Name.primary("DANDONG KEHUA ECONOMY & TRADE CO., LTD.")).build();
        var realScreener = org.chokepoint.match.IndexedScreener.over(java.util.List.of(listed));
        Decision d = Tx.engine(realScreener, new OwnershipGraph())
                .decide(Tx.to("DE").party(Role.CONSIGNEE, "?? --", "DE").item("EAR99", "100", "0", "CN", null).build(), null, TODAY);
        RuleFinding f = Tx.with(d, "party.unscreenable").get(0);
        assertEquals(Verdict.REVIEW, f.verdict());
        assertTrue(f.subject().startsWith("party 3 (consignee)") && f.evidence().contains("'?? --' cannot be screened"), f.toString());
        assertEquals(Verdict.REVIEW, d.verdict());
    }

    @Test
    void anSdnEntryAndItsCslCopyAreOneFindingNamingBoth() {
        var sdn = org.chokepoint.model.Entity.builder("ofac-sdn", "23175", org.chokepoint.model.Schema.ORGANIZATION)
                .name(org.chokepoint.model.Name.primary("DANDONG KEHUA ECONOMY & TRADE CO., LTD.")).program("DPRK4").build();
        var cslCopy = org.chokepoint.model.Entity.builder("us-csl", "23175", org.chokepoint.model.Schema.ORGANIZATION)
                .name(org.chokepoint.model.Name.primary("DANDONG KEHUA ECONOMY & TRADE CO., LTD.")).list(SDN)
                .link(new org.chokepoint.model.Link(org.chokepoint.model.LinkType.SAME_AS, "ofac-sdn:23175", null, null)).build();
        var other = org.chokepoint.model.Entity.builder("un-sc", "KPe.999", org.chokepoint.model.Schema.ORGANIZATION)
                .name(org.chokepoint.model.Name.primary("DANDONG KEHUA ECONOMY & TRADE CO., LTD.")).build();
        var screener = org.chokepoint.match.IndexedScreener.over(java.util.List.of(sdn, cslCopy, other));
        Decision d = Tx.engine(screener, new OwnershipGraph())
                .decide(Tx.to("DE").party(Role.CONSIGNEE, "Dandong Kehua Economy & Trade Co., Ltd.", "CN")
                        .item("EAR99", "100", "0", "CN", null).build(), null, TODAY);
        var sdnFindings = Tx.with(d, "party.ofac-sdn-list");
        assertEquals(1, sdnFindings.size(), sdnFindings.toString());
        RuleFinding f = sdnFindings.get(0);
        assertTrue(f.evidence().contains("the same entry is also published as "), f.evidence());
        assertTrue(f.evidence().contains("ofac-sdn:23175") && f.evidence().contains("us-csl:23175"), f.evidence());
        // the UN listing is another publisher's listing with its own effect: reported on its own
        assertEquals(1, Tx.with(d, "party.un-").size(), d.findings().toString());

        // 2023: the undated 2024 SDN file cannot show the entry was listed then, its 2022 CSL copy can: BLOCK stands
        Decision in2023 = Tx.engine(screener, new OwnershipGraph())
                .decide(Tx.to("DE").date("2023-06-01").party(Role.CONSIGNEE, "Dandong Kehua Economy & Trade Co., Ltd.", "CN")
                        .item("EAR99", "100", "0", "CN", null).build(), null, TODAY);
        RuleFinding merged = Tx.with(in2023, "party.ofac-sdn-list").get(0);
        assertEquals(Verdict.BLOCK, merged.verdict(), merged.toString());
        assertTrue(merged.evidence().contains("(us-csl:23175") && merged.evidence().contains("also published as ofac-sdn:23175"),
                merged.evidence());
    }

    @Test
    void entityListDoesNotReachItemsOutsideTheEar() {
        FixedScreener s = new FixedScreener().hit("Listed Co", "us-csl", "el1", EL, "2014-06-26", 0.95);
        // 20 % US content to Germany: below 25 %, so the item is not subject to the EAR
        Decision d = decide(s, Tx.to("DE").party(Role.CONSIGNEE, "Listed Co", "DE").item("5A991", "100", "20", "FR", null));
        RuleFinding f = Tx.with(d, "party.").get(0);
        assertEquals(Verdict.REVIEW, f.verdict());
        assertTrue(f.evidence().contains("no item of this transaction is subject to the EAR"), f.evidence());
    }

    @Test
    void weakMatchesAndListingDatesAreJudgedForTheDate() {
        FixedScreener s = new FixedScreener()
                .hit("Maybe Co", "ofac-sdn", "2", SDN, null, 0.84)
                .hit("Listed Co", "us-csl", "el1", EL, "2014-06-26", 0.95)
                .hit("Undated Co", "ofac-sdn", "3", null, null, 0.99);
        assertEquals(Verdict.REVIEW, decide(s, Tx.to("DE").party(Role.CONSIGNEE, "Maybe Co", "DE").item("EAR99", "100", "50", "US", null)).verdict());
        Decision before = decide(s, Tx.to("DE").date("2012-03-01").party(Role.CONSIGNEE, "Listed Co", "DE").item("EAR99", "100", "50", "US", null));
        RuleFinding f = Tx.with(before, "party.").get(0);
        assertEquals(Verdict.CLEAR, f.verdict());
        assertTrue(f.evidence().contains("listed on 2014-06-26, after 2012-03-01"), f.evidence());
        // undated entry, past date before the list snapshot (2024-05-03): cannot confirm, so REVIEW not BLOCK
        Decision undated = decide(s, Tx.to("DE").date("2012-03-01").party(Role.CONSIGNEE, "Undated Co", "DE").item("EAR99", "100", "50", "US", null));
        assertEquals(Verdict.REVIEW, undated.verdict());
        assertTrue(Tx.with(undated, "party.").get(0).evidence().contains("whether the entry was listed on 2012-03-01 is not known"));
        assertEquals(Verdict.BLOCK, decide(s, Tx.to("DE").date("2025-01-01").party(Role.CONSIGNEE, "Undated Co", "DE").item("EAR99", "100", "50", "US", null)).verdict());
    }
}
