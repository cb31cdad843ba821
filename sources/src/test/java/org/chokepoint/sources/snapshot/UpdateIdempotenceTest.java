package org.chokepoint.sources.snapshot;

import com.sun.net.httpserver.HttpServer;
import org.chokepoint.model.Snapshot;
import org.chokepoint.model.stats.SnapshotDiff;
import org.chokepoint.sources.ListCatalog;
import org.chokepoint.sources.refdata.Countries;
import org.chokepoint.sources.testing.DataDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
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
        Map<String, byte[]> served = new HashMap<>();
        served.put("/dpl.txt", Files.readAllBytes(data.resolve("lists/bis-dpl/2023-11-30/dpl.txt")));
        served.put("/consolidated.xml", Files.readAllBytes(data.resolve("lists/un/consolidated.xml")));
        served.put("/consolidated.csv", gunzip(data.resolve("lists/us-csl/2022-05-16/consolidated.csv.gz")));
        served.put("/ConList.csv", gunzip(data.resolve("lists/uk-ofsi-conlist/2025-04-14/ConList.from-xlsx.csv.gz")));
        served.put("/targets.simple.csv", gunzip(data.resolve("lists/opensanctions/ua_war_sanctions-2026-03-13/targets.simple.csv.gz")));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            byte[] body = served.get(ex.getRequestURI().getPath());
            ex.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            if (body != null) ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            String cfg = "bis-dpl.file.dpl.txt = " + base + "dpl.txt\n"
                    + "un-sc.file.consolidated.xml = " + base + "consolidated.xml\n"
                    + "us-csl.file.consolidated.csv = " + base + "consolidated.csv\n"
                    + "uk-hmt.file.ConList.csv = " + base + "ConList.csv\n"
                    + "opensanctions.file.targets.simple.csv = " + base + "targets.simple.csv\n";
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
        } finally {
            server.stop(0);
        }
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
