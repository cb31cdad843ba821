package org.chokepoint.sources.ofac;

import org.chokepoint.model.LinkType;
import org.chokepoint.model.Name;
import org.chokepoint.model.NameKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Remarks strings copied from the bundled sdn.csv (2024-05-03). */
class OfacRemarksTest {
    @Test
    void personFacts() {
        OfacRemarks r = OfacRemarks.parse("DOB 31 Aug 1960; alt. DOB 31 Aug 1953; POB Al Basuriyah, Lebanon; Additional Sanctions "
                + "Information - Subject to Secondary Sanctions Pursuant to the Hizballah Financial Sanctions Regulations; Gender Male; "
                + "Passport 042833 (Lebanon); Secretary General of Hizballah; Linked To: HIZBALLAH.");
        assertEquals(List.of(LocalDate.of(1960, 8, 31), LocalDate.of(1953, 8, 31)), r.birthDates().stream().map(d -> d.earliest()).toList());
        assertEquals(List.of("Al Basuriyah, Lebanon"), r.birthPlaces());
        assertEquals(List.of(new OfacRemarks.Fact("Gender", "Male", null, null),
                new OfacRemarks.Fact("Passport", "042833", "Lebanon", null)), r.facts());
        assertEquals("HIZBALLAH", r.links().get(0).targetName());
        assertEquals(List.of("Additional Sanctions Information - Subject to Secondary Sanctions Pursuant to the Hizballah Financial "
                + "Sanctions Regulations", "Secretary General of Hizballah"), r.otherClauses());
        assertEquals(LinkType.LINKED_TO, r.links().get(0).type());
    }

    @Test
    void weakAndFormerNamesAreQuoted() {
        OfacRemarks r = OfacRemarks.parse("Vessel Registration Identification IMO 7406784; f.k.a. 'ANA I'; f.k.a. 'SAND SWAN'.");
        assertEquals(List.of(Name.alias("ANA I", NameKind.FORMER_NAME), Name.alias("SAND SWAN", NameKind.FORMER_NAME)), r.names());
        assertEquals(new OfacRemarks.Fact("Vessel Registration Identification", "IMO 7406784", null, null), r.facts().get(0));
        assertEquals(List.of(Name.alias("BNC", NameKind.WEAK_ALIAS)), OfacRemarks.parse("a.k.a. 'BNC'.").names());
    }

    @Test
    void identifierWithCountryAndDates() {
        OfacRemarks r = OfacRemarks.parse("Identification Number AO 2879097 (Italy) expires 30 Oct 2012; C.U.R.P. AIMM67125HCHRRG06 (Mexico) issued 1968.");
        assertEquals(new OfacRemarks.Fact("Identification Number", "AO 2879097", "Italy", "expires 30 Oct 2012"), r.facts().get(0));
        assertEquals(new OfacRemarks.Fact("C.U.R.P.", "AIMM67125HCHRRG06", "Mexico", "issued 1968"), r.facts().get(1));
    }

    @Test
    void linkedNamesKeepTheirOwnPeriod() {
        assertEquals("HUAWEI TECHNOLOGIES CO., LTD.", OfacRemarks.parse("(Linked To: HUAWEI TECHNOLOGIES CO., LTD.)").links().get(0).targetName());
        assertEquals("CIMEX, S.A.", OfacRemarks.parse("Linked To: CIMEX, S.A.").links().get(0).targetName());
        assertEquals("LAZARUS GROUP", OfacRemarks.parse("a.k.a. 'snowsjohn'; Linked To: LAZARUS GROUP.").links().get(0).targetName());
    }

    @Test
    void digitalCurrencyAndUnreadDates() {
        OfacRemarks r = OfacRemarks.parse("DOB sometime in the sixties; Digital Currency Address - XBT 134r8iHv69xdT6p5qVKTsHrcUEuBVZAYak.");
        assertEquals(List.of("sometime in the sixties"), r.unreadDates());
        assertEquals(new OfacRemarks.Fact("Digital Currency Address - XBT", "134r8iHv69xdT6p5qVKTsHrcUEuBVZAYak", null, null), r.facts().get(0));
        assertTrue(OfacRemarks.parse(null).names().isEmpty());
        assertTrue(OfacRemarks.parse("Nationality of Registration Korea, North").nationalities().isEmpty());
    }
}
