package org.chokepoint.sources.snapshot;

import org.chokepoint.model.Snapshot;
import org.chokepoint.model.stats.SnapshotDiff;
import org.chokepoint.sources.ListCatalog;
import org.chokepoint.sources.refdata.Countries;
import org.chokepoint.sources.testing.DataDir;
import org.chokepoint.sources.testing.ServedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An update from byte-identical files changes nothing: same snapshot id, no entity changed. */
class UpdateIdempotenceTest {
    @TempDir
    Path home;

    /**
     * The bundled lists compiled, then updated from the very same files served over HTTP (the five whose download
     * format is the bundled one), then updated again: neither update changes an entity or the id.
     */
    @Test
    void anUpdateFromTheFilesTheSnapshotWasBuiltFromChangesNothing() throws IOException {
        Path data = DataDir.get();
        try (ServedFiles server = new ServedFiles()) {
            Map<String, byte[]> served = server.files();
            served.put("/dpl.txt", Files.readAllBytes(data.resolve("lists/bis-dpl/2023-11-30/dpl.txt")));
            served.put("/consolidated.xml", Files.readAllBytes(data.resolve("lists/un/consolidated.xml")));
            served.put("/consolidated.csv", gunzip(data.resolve("lists/us-csl/2022-05-16/consolidated.csv.gz")));
            served.put("/ConList.csv", gunzip(data.resolve("lists/uk-ofsi-conlist/2025-04-14/ConList.from-xlsx.csv.gz")));
            served.put("/targets.simple.csv", gunzip(data.resolve("lists/opensanctions/ua_war_sanctions-2026-03-13/targets.simple.csv.gz")));
            String cfg = "bis-dpl.file.dpl.txt = " + server.url("dpl.txt") + "\n"
                    + "un-sc.file.consolidated.xml = " + server.url("consolidated.xml") + "\n"
                    + "us-csl.file.consolidated.csv = " + server.url("consolidated.csv") + "\n"
                    + "uk-hmt.file.ConList.csv = " + server.url("ConList.csv") + "\n"
                    + "opensanctions.file.targets.simple.csv = " + server.url("targets.simple.csv") + "\n";
            UpdateConfig config = UpdateConfig.parse(new StringReader(cfg), "test");
            SnapshotStore store = new SnapshotStore(home);
            var countries = Countries.load(data);
            Snapshot bundled = SnapshotBuilder.enriched(countries).sources(ListCatalog.bundled(data)).build().snapshot();
            store.saveAndActivate(bundled);
            ListUpdater updater = new ListUpdater(store, ListCatalog.downloadReaders()).countries(countries);
            for (int run = 1; run <= 2; run++) {
                ListUpdater.Result r = updater.update(config, Set.of(), m -> { });
                SnapshotDiff d = SnapshotDiff.between(bundled, r.current());
                assertEquals(List.of(), d.changed().stream().limit(3).map(c -> c.key() + " " + c.fields()).toList(),
                        "update " + run + ": " + d.changed().size() + " changed " + d.fieldCounts() + " " + d.perSource());
                assertTrue(d.isEmpty(), "update " + run);
                assertTrue(r.unchanged(), "update " + run + ": the same id, nothing stored");
                assertEquals(bundled.id(), store.activeId().orElseThrow());
            }
        }
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
