package org.chokepoint.sources;

import com.sun.net.httpserver.HttpServer;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Finding;
import org.chokepoint.model.Link;
import org.chokepoint.model.LinkType;
import org.chokepoint.model.Schema;
import org.chokepoint.sources.snapshot.ListUpdater;
import org.chokepoint.sources.snapshot.SnapshotStore;
import org.chokepoint.sources.snapshot.UpdateConfig;
import org.chokepoint.sources.testing.DataDir;
import org.chokepoint.sources.testing.Read;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalog agrees with itself, with the bundled data and with the download addresses file. */
class ListCatalogTest {
    private static final List<String> KEYS = List.of("ofac-sdn", "ofac-cons", "us-csl", "bis-dpl", "un-sc", "uk-hmt",
            "uk-fcdo", "eu-fsf", "opensanctions");
    /** {@code <source>.file.<name> = <address>} lines, also the commented examples of opt-in sources. */
    private static final Pattern FILE_LINE = Pattern.compile("^#?\\s*([a-z0-9-]+)\\.file\\.([^\\s=]+)\\s*=");

    @TempDir
    Path tmp;

    @Test
    void keysAndDatasetNamesAreUniqueAndEveryEntryIsDescribed() {
        List<ListCatalog.Entry> all = ListCatalog.entries();
        assertEquals(KEYS, all.stream().map(ListCatalog.Entry::key).toList());
        assertEquals(all.size(), new HashSet<>(all.stream().map(ListCatalog.Entry::key).toList()).size(), "keys unique");
        assertEquals(List.of("us_ofac_sdn", "us_ofac_cons", "us_trade_csl", "us_bis_denied", "un_sc_sanctions",
                "gb_hmt_sanctions", "gb_fcdo_sanctions", "eu_fsf", "opensanctions"), all.stream().map(ListCatalog.Entry::dataset).toList());
        assertEquals(all.size(), new HashSet<>(all.stream().map(ListCatalog.Entry::dataset).toList()).size(), "dataset names unique");
        for (ListCatalog.Entry e : all) {
            assertTrue(e.dataset().matches("[a-z0-9_]+"), e.dataset());
            assertFalse(e.title().isBlank(), e.key());
            assertFalse(e.publisher().isBlank(), e.key());
            assertEquals(e, ListCatalog.entry(e.key()).orElseThrow());
        }
        assertEquals("OFAC Specially Designated Nationals", ListCatalog.entry("ofac-sdn").orElseThrow().title());
        assertTrue(ListCatalog.entry("ofac").isEmpty());
    }

    @Test
    void everyBundledEntryReadsFilesThatExistInTheDataFolder() {
        Path data = DataDir.get();
        List<ListSource> bundled = ListCatalog.bundled(data);
        // everything but the EU list, which ships no copy (only its schema)
        assertEquals(KEYS.stream().filter(k -> !k.equals("eu-fsf")).toList(), bundled.stream().map(ListSource::source).toList());
        for (ListCatalog.Entry e : ListCatalog.entries()) {
            if (!e.isBundled()) continue;
            ListSource s = e.bundledIn(data);
            assertEquals(e.key(), s.source(), "the reader stamps the catalog key");
            assertFalse(s.files().isEmpty(), e.key());
            for (Path f : s.files()) {
                assertTrue(f.startsWith(data.resolve("lists")), f::toString);
                assertTrue(Files.isRegularFile(f), () -> e.key() + ": " + f + " is missing");
            }
        }
        ListCatalog.Entry eu = ListCatalog.entry("eu-fsf").orElseThrow();
        assertFalse(eu.isBundled());
        assertThrows(IllegalStateException.class, () -> eu.bundledIn(data));
    }

    @Test
    void everyUpdatableEntryHasADownloadReaderForTheFileNamesOfTheAddressFile() throws IOException {
        Map<String, Set<String>> addressed = addressedFiles();
        assertEquals(KEYS, ListCatalog.updatable().stream().map(ListCatalog.Entry::key).toList());
        assertEquals(KEYS, List.copyOf(ListCatalog.downloadReaders().keySet()));
        for (ListCatalog.Entry e : ListCatalog.updatable()) {
            assertNotNull(e.download(), e.key());
            ListSource s = e.downloaded(tmp);
            assertEquals(e.key(), s.source(), "the reader stamps the catalog key");
            Set<String> names = new TreeSet<>();
            for (Path f : s.files()) {
                assertEquals(tmp, f.getParent(), () -> e.key() + " reads " + f + " outside its download folder");
                names.add(f.getFileName().toString());
            }
            // a default address or, for the opt-in lists, a commented example tells the user the file names
            assertEquals(names, addressed.get(e.key()), e.key() + " in update-sources.properties");
        }
        assertEquals(new TreeSet<>(KEYS), addressed.keySet(), "every source in the address file is in the catalog");
        // the active lines name only updatable sources
        assertTrue(ListCatalog.downloadReaders().keySet().containsAll(UpdateConfig.defaults().sources().keySet()));
    }

    @Test
    void ukSanctionsListIsReadFromADownloadFolder() throws IOException {
        Read r = Read.of(ListCatalog.entry("uk-fcdo").orElseThrow().downloaded(ukDownload()));
        assertEquals(List.of(), r.findings().all().stream().filter(f -> f.severity() != Finding.Severity.INFO).toList());
        // the slice: 3 entities, 3 individuals and 3 ships of the FCDO summary export of 11 August 2025
        assertEquals(Map.of(Schema.ORGANIZATION, 3L, Schema.PERSON, 3L, Schema.VESSEL, 3L), r.bySchema());
        Entity first = r.byId("AFG0001");
        assertEquals("uk-fcdo", first.source());
        assertEquals("HAJI KHAIRULLAH HAJI SATTAR MONEY EXCHANGE", first.primaryName().value());
        assertEquals(List.of("Afghanistan"), first.programs());
        assertEquals(List.of(new Link(LinkType.SAME_AS, "uk-hmt:12703", null, null)), first.links());
        assertEquals("Petrel 8", r.byId("DPR0075").primaryName().value());
    }

    @Test
    void ukSanctionsListCanBeUpdatedFromAConfiguredAddress() throws IOException {
        byte[] ods = Files.readAllBytes(ukDownload().resolve("UK_Sanctions_List_summary.ods"));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            ex.sendResponseHeaders(200, ods.length);
            ex.getResponseBody().write(ods);
            ex.close();
        });
        server.start();
        try {
            Path cfg = tmp.resolve("sources.properties");
            Files.writeString(cfg, "uk-fcdo.file.UK_Sanctions_List_summary.ods = http://127.0.0.1:"
                    + server.getAddress().getPort() + "/FCDO_SL_Mon_Aug%2011%202025.ods\n");
            SnapshotStore store = new SnapshotStore(tmp.resolve("home"));
            ListUpdater.Result r = new ListUpdater(store, ListCatalog.downloadReaders()).update(UpdateConfig.load(cfg), Set.of(), m -> { });
            assertEquals(List.of("uk-fcdo"), r.sources().stream().map(ListUpdater.SourceUpdate::source).toList());
            assertEquals(9, r.current().size());
            assertEquals(r.current().id(), store.activeId().orElseThrow());
        } finally {
            server.stop(0);
        }
    }

    /** A download folder holding the test slice of the FCDO summary export under the name its reader expects. */
    private Path ukDownload() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("uk-fcdo"));
        try (InputStream in = ListCatalogTest.class.getResourceAsStream("/uk/UK_Sanctions_List_summary.ods")) {
            assertNotNull(in, "test resource uk/UK_Sanctions_List_summary.ods");
            Files.copy(in, dir.resolve("UK_Sanctions_List_summary.ods"));
        }
        return dir;
    }

    /** Per source, the file names update-sources.properties gives addresses for (active or commented example). */
    private static Map<String, Set<String>> addressedFiles() throws IOException {
        Map<String, Set<String>> out = new TreeMap<>();
        try (InputStream in = UpdateConfig.class.getResourceAsStream("update-sources.properties")) {
            assertNotNull(in);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                Matcher m = FILE_LINE.matcher(line);
                if (m.find()) out.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
            }
        }
        return out;
    }
}
