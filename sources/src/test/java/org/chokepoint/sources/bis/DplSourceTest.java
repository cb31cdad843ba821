package org.chokepoint.sources.bis;

import org.chokepoint.model.Detail;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Schema;
import org.chokepoint.sources.ListFormatException;
import org.chokepoint.sources.StableId;
import org.chokepoint.sources.testing.Read;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DplSourceTest {
    private static Read dpl2023;
    private static Read dpl2022;

    @BeforeAll
    static void read() throws IOException {
        dpl2023 = Read.of(new DplSource(Read.lists().resolve("bis-dpl/2023-11-30/dpl.txt")));
        dpl2022 = Read.of(new DplSource(Read.lists().resolve("bis-dpl/dpl.txt")));
    }

    @Test
    void recordsGroupedIntoDenialOrders() {
        // 665 records: 2 exact duplicates, the other 663 are 547 orders with one address per record
        assertEquals(547, dpl2023.entities().size());
        assertEquals(663, dpl2023.addresses());
        assertEquals(2, dpl2023.findings().count("bis-dpl", "duplicate-row"));
        assertEquals(Map.of(Schema.PERSON, 450L, Schema.ORGANIZATION, 97L), dpl2023.bySchema());
        // older release: 581 records, 2 duplicates, 461 orders
        assertEquals(461, dpl2022.entities().size());
        assertEquals(579, dpl2022.addresses());
        assertEquals(2, dpl2022.findings().count("bis-dpl", "duplicate-row"));
        assertEquals(dpl2023.findings().all().stream().filter(f -> f.code().equals("duplicate-row")).findFirst().orElseThrow().location(),
                Read.lists().resolve("bis-dpl/2023-11-30/dpl.txt") + ":154");
    }

    @Test
    void oneOrderWithSeveralAddresses() {
        Entity zarek = dpl2023.named("MITA ZAREK").get(0);
        assertEquals(4, zarek.addresses().size());
        assertEquals(StableId.of("MITA ZAREK", "08/10/2017"), zarek.sourceId());
        assertEquals(LocalDate.of(2017, 8, 10), zarek.listedOn().earliest());
        assertEquals("82 F.R. 39105 8/17/2017", zarek.details().get(Detail.FEDERAL_REGISTER));
        assertEquals(Schema.PERSON, zarek.schema());
    }

    @Test
    void rowsOfOneOrderCitingTheRegisterDifferentlyStayOneOrder() {
        // BIS typed the citation differently on the four address rows of this order; the longest is kept
        List<Entity> naser = dpl2023.named("AL NASER AIRLINES");
        assertEquals(1, naser.size());
        assertEquals(4, naser.get(0).addresses().size());
        assertTrue(naser.get(0).details().get(Detail.FEDERAL_REGISTER).endsWith("88 F.R. 30078 5/10/2023"));
    }

    @Test
    void datesAndStableIdsAcrossReleases() {
        Entity ash = dpl2023.named("I. ASH").get(0);
        assertEquals(LocalDate.of(2003, 6, 19), ash.listedOn().earliest());
        assertEquals("2056-06-29", ash.details().get(Detail.END_DATE));
        assertEquals("SEAGOVILLE", ash.addresses().get(0).city());
        assertEquals("US", ash.countries().get(0));
        // the same order has the same id in both releases
        assertEquals(ash.sourceId(), dpl2022.named("I. ASH").get(0).sourceId());
    }

    @Test
    void organisationsByName() {
        assertTrue(PartyNames.looksLikeOrganization("ADT ANALOG AND DIGITAL TECHNIK"));
        assertTrue(PartyNames.looksLikeOrganization("KOTO COMMERCIO IBERICA, S.L."));
        assertTrue(PartyNames.looksLikeOrganization("MAHAN AIR GENERAL TRADING LLC"));
        assertTrue(PartyNames.looksLikeOrganization("CHEAPSHOP4YOU LLC"));
        assertFalse(PartyNames.looksLikeOrganization("HERSEL LINCOLN MCKENZIE, JR."));
        assertFalse(PartyNames.looksLikeOrganization("DANE FRANCISCO DELGADO"));
        assertEquals(Schema.ORGANIZATION, dpl2023.named("ADT ANALOG AND DIGITAL TECHNIK").get(0).schema());
    }

    @Test
    void badInput(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("dpl.txt");
        Files.writeString(p, "\"Name\"\t\"Effective_Date\"\t\"FR_Citation\"\n"
                + "\"A PERSON\"\t\"13/45/2020\"\t\"1 F.R. 1\"\n"
                + "\"SHORT ROW\"\n"
                + "\"\"\t\"01/01/2020\"\t\"1 F.R. 2\"\n");
        Read r = Read.of(new DplSource(p));
        assertEquals(1, r.entities().size());
        assertEquals(1, r.findings().count("bis-dpl", "bad-date"));
        assertEquals(1, r.findings().count("bis-dpl", "field-count"));
        assertEquals(1, r.findings().count("bis-dpl", "no-name"));
        Path noHeader = dir.resolve("x.txt");
        Files.writeString(noHeader, "\"Who\"\t\"When\"\n");
        assertThrows(ListFormatException.class, () -> Read.of(new DplSource(noHeader)));
    }
}
