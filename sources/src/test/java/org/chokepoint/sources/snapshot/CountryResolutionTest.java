package org.chokepoint.sources.snapshot;

import org.chokepoint.model.Address;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Snapshot;
import org.chokepoint.sources.ofac.OfacCsvFiles;
import org.chokepoint.sources.ofac.OfacCsvSource;
import org.chokepoint.sources.refdata.Countries;
import org.chokepoint.sources.testing.DataDir;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A snapshot built with the country table speaks ISO alpha-2 whatever each publisher wrote. */
class CountryResolutionTest {
    @Test
    void ofacCountryTextBecomesIsoCodesAndUnknownTextIsReported() throws Exception {
        Path data = DataDir.get();
        Path release = data.resolve("lists/ofac-sdn/2021-07-07");
        Snapshot snapshot = new SnapshotBuilder()
                .source(OfacCsvSource.sdn(OfacCsvFiles.sdnRelease(release)))
                .countries(Countries.load(data))
                .build().snapshot();

        Entity bnc = snapshot.get("ofac-sdn:306").orElseThrow(); // BANCO NACIONAL DE CUBA: Zurich, Madrid, Tokyo, Panama
        assertEquals(java.util.List.of("CH", "ES", "JP", "PA"), bnc.countries());
        assertTrue(bnc.addresses().stream().map(Address::country).anyMatch("CH"::equals), bnc.addresses().toString());
        assertTrue(snapshot.entities().stream().flatMap(e -> e.addresses().stream()).map(Address::country)
                .noneMatch(c -> "Switzerland".equals(c) || "Cuba".equals(c)));

        // Regions OFAC writes as countries ("Region: Gaza", "undetermined") stay as published and are counted.
        int unresolved = snapshot.findings().count("ofac-sdn", SnapshotBuilder.COUNTRY_UNRESOLVED);
        assertTrue(unresolved > 0 && unresolved < 60, "unresolved country texts: " + unresolved);
    }

    @Test
    void withoutCountryTableTheTextStaysAsPublished() throws Exception {
        Path release = DataDir.get().resolve("lists/ofac-sdn/2021-07-07");
        Snapshot snapshot = new SnapshotBuilder().source(OfacCsvSource.sdn(OfacCsvFiles.sdnRelease(release))).build().snapshot();
        Entity bnc = snapshot.get("ofac-sdn:306").orElseThrow();
        assertTrue(bnc.addresses().stream().map(Address::country).anyMatch("Switzerland"::equals));
        assertEquals(0, snapshot.findings().count("ofac-sdn", SnapshotBuilder.COUNTRY_UNRESOLVED));
    }
}
