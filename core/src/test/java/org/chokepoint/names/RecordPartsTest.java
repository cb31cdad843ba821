package org.chokepoint.names;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RecordPartsTest {
    private static final Set<String> PLACES = Set.of("moscow", "damascus", "hong kong", "cotonou", "panama", "co");

    private static List<String> parts(String record) {
        return RecordParts.parts(record, PLACES::contains).stream().map(p -> p.text() + " | " + p.role()).toList();
    }

    @Test
    void tradingAsAndCareOfGiveBothNames() {
        assertEquals(List.of("Samuel KNOWLES | name", "Brookfield Pet Grooming | trading as"),
                parts("Samuel KNOWLES t/a Brookfield Pet Grooming"));
        assertEquals(List.of("SUN PROPERTIES LLC | name", "CORNER FLOWER SHOP | trading as"),
                parts("SUN PROPERTIES LLC DBA CORNER FLOWER SHOP"));
        assertEquals(List.of("Zeming LI | name", "Harbour Corporate Services Ltd | care of"),
                parts("Zeming LI c/o Harbour Corporate Services Ltd"));
    }

    @Test
    void statusBranchAndPlaceAreLeftOut() {
        assertEquals(List.of("NPO COMPUTER | without status"), parts("NPO COMPUTER (In Liquidation)"));
        assertEquals(List.of("JOINT STOCK COMPANY OBNINSK | without status"), parts("JOINT STOCK COMPANY OBNINSK - IN LIQUIDATION"));
        assertEquals(List.of("RUSSIAN MACHINES | without branch"), parts("RUSSIAN MACHINES - Moscow Branch"));
        assertEquals(List.of("TEHRAN CEMENT COMPANY | without branch"), parts("TEHRAN CEMENT COMPANY, TEHRAN BRANCH"));
        // the branch's own words stop at the last separator: the legal form before it stays
        assertEquals(List.of("FELIXTAPIA, S.C. DE R.L. DE C.V. | without branch"),
                parts("FELIXTAPIA, S.C. DE R.L. DE C.V. - Sinaloa de Leyva Branch"));
        assertEquals(List.of("Oleg Vladimirovich DERIPASKA | without place"), parts("Oleg Vladimirovich DERIPASKA, Moscow"));
        assertEquals(List.of("Didier de Jesus RIOS LOPEZ | without place"), parts("Didier de Jesus RIOS LOPEZ HONG KONG"));
        assertEquals(List.of("ISIS-EGYPT | without place"), parts("ISIS-EGYPT PANAMA"));
    }

    @Test
    void aPlaceThatEndsANamePartIsKeptBesideTheBareName() {
        assertEquals(List.of("ELLISSA PARC COTONOU | name", "ELLISSA PARC | without place", "FAMILY SHOE REPAIRS | trading as"),
                parts("ELLISSA PARC COTONOU DBA FAMILY SHOE REPAIRS"));
    }

    @Test
    void plainNamesAndTooLittleLeftGiveNoParts() {
        assertEquals(List.of(), parts("Kim Jong Un"));
        assertEquals(List.of(), parts("Moscow"));
        // one word left is too little to name anyone by
        assertEquals(List.of(), parts("Olga Moscow"));
        assertEquals(List.of(), parts("SHAHID BAGHERI INDUSTRIAL GROUP (SBIG)"));
        // "co" is Colorado in an address, but the last word of a firm's name is its legal form
        assertEquals(List.of(), parts("KOREA HEUNGJIN TRADING CO."));
    }
}
