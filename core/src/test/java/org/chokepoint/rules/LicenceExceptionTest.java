package org.chokepoint.rules;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** License Exceptions LVS (15 CFR 740.3), GBS (740.4), ENC (740.17), TMP (740.9) and RPL (740.10). */
class LicenceExceptionTest {
    private static Decision ship(String dest, String eccn, String value, String endUse) {
        return Tx.to(dest).date("2026-10-01").endUse(endUse).item(eccn, value, "0", "US", "3818").decide();
    }

    @Test
    void lvsWithinTheValueToCountryGroupB() {
        // 3C001: NS2, LVS $3000; Brazil is in Country Group B and has an NS2 X
        Decision within = ship("BR", "3C001", "2400", "LED wafer production");
        assertEquals(Verdict.CLEAR, within.verdict(), within.findings().toString());
        RuleFinding lvs = Tx.with(within, "exception.LVS").get(0);
        assertTrue(lvs.evidence().contains("USD 2,400.00 <= LVS USD 3000"), lvs.evidence());
        assertTrue(lvs.citation().startsWith("15 CFR 740.3 (LVS)"));
        assertTrue(Tx.with(within, "item.licence.chart").get(0).evidence().contains("X for BR under NS2"));
        // over the value: the licence stands
        assertEquals(Verdict.LICENCE_REQUIRED, ship("BR", "3C001", "3200", "LED wafer production").verdict());
        // China is not in Country Group B: no LVS
        assertEquals(Verdict.LICENCE_REQUIRED, ship("CN", "3C001", "100", "LED wafer production").verdict());
    }

    @Test
    void gbsWhenTheEntrySaysYes() {
        // 3C005: NS2, LVS $3000, GBS Yes; above the LVS value GBS still applies to Country Group B
        Decision d = ship("BR", "3C005", "10000", "LED wafer production");
        assertEquals(Verdict.CLEAR, d.verdict(), d.findings().toString());
        assertTrue(Tx.with(d, "exception.GBS").get(0).citation().startsWith("15 CFR 740.4 (GBS)"));
    }

    @Test
    void encryptionItemsNameEncAndItsFacts() {
        // 5A002: EI needs a licence to all destinations except Canada (742.15); ENC may apply (740.17)
        Decision de = ship("DE", "5A002", "1000", "bank network security");
        assertEquals(Verdict.REVIEW, de.verdict());
        RuleFinding enc = Tx.with(de, "exception.ENC").get(0);
        assertTrue(enc.evidence().contains("the item's 740.17 paragraph"), enc.evidence());
        assertEquals(Verdict.CLEAR, Tx.with(ship("CA", "5A002.a", "1000", "bank network security"), "item.licence.chart").get(0).verdict());
        // mass market: NLR with the 740.17(b)(1) condition stated
        Decision mm = ship("DE", "5A992.c", "1000", "office network");
        assertEquals(Verdict.CLEAR, mm.verdict());
        assertTrue(Tx.with(mm, "exception.ENC-mass-market").get(0).isCondition());
    }

    @Test
    void temporaryExportsAndReplacementPartsNeedTheirFacts() {
        Decision tmp = ship("CN", "3C001", "5000", "trade fair exhibition in Shanghai, returned after the show");
        assertEquals(Verdict.REVIEW, tmp.verdict());
        assertTrue(Tx.with(tmp, "exception.TMP").get(0).evidence().contains("returned within one year"));
        Decision rpl = ship("CN", "3C001", "5000", "spare parts for the customer's licensed line");
        assertEquals(Verdict.REVIEW, rpl.verdict());
        assertEquals("15 CFR 740.10 (RPL)", Tx.with(rpl, "exception.RPL").get(0).citation());
        // no exception to E:1 destinations (740.2(a)(6) aside, Syria's CCL licence stands)
        assertEquals(Verdict.LICENCE_REQUIRED, ship("SY", "3C001", "100", "trade fair exhibition").verdict());
    }
}
