package org.chokepoint.sources.snapshot;

import org.chokepoint.sources.ListCatalog;
import org.chokepoint.sources.testing.DataDir;
import org.chokepoint.sources.testing.ServedFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The updater with the real OFAC reader, served the real 2021-07-07 SDN release and damaged copies of it. */
class OfacUpdateTest {
    private static final List<String> FILES = List.of("sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv");

    @TempDir
    Path home;
    private ServedFiles server;
    private Map<String, byte[]> served;

    @BeforeEach
    void start() throws IOException {
        Path release = DataDir.get().resolve("lists/ofac-sdn/2021-07-07");
        server = new ServedFiles();
        served = server.files();
        for (String f : FILES) served.put("/" + f, Files.readAllBytes(release.resolve(f)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ListUpdater.Result update(SnapshotStore store) throws IOException {
        StringBuilder cfg = new StringBuilder();
        for (String f : FILES) cfg.append("ofac-sdn.file.").append(f).append(" = ").append(server.url(f)).append('\n');
        UpdateConfig config = UpdateConfig.parse(new StringReader(cfg.toString()), "test");
        return new ListUpdater(store, ListCatalog.downloadReaders()).update(config, Set.of(), m -> { });
    }

    /** Byte offset of the start of the n-th line. */
    private static int lineStart(byte[] b, int n) {
        int line = 0;
        for (int i = 0; i < b.length; i++) {
            if (line == n) return i;
            if (b[i] == '\n') line++;
        }
        throw new IllegalArgumentException("fewer than " + n + " lines");
    }

    @Test
    void realReleaseUpdatesAndDamagedCopiesAreRefused() throws IOException {
        SnapshotStore store = new SnapshotStore(home);
        ListUpdater.Result first = update(store);
        assertEquals(8_976, first.current().size());
        assertTrue(first.current().get("ofac-sdn:36").isPresent());
        byte[] active = Files.readAllBytes(store.activeFile());
        byte[] full = served.get("/sdn.csv");

        // cut in the middle of a record near the end (3 % lost: under the drop limit, so the parser must notice)
        int cut = lineStart(full, 8_700) + 25;
        served.put("/sdn.csv", Arrays.copyOf(full, cut));
        UpdateException truncated = assertThrows(UpdateException.class, () -> update(store));
        assertTrue(truncated.getMessage().contains("sdn.csv"), truncated.getMessage());
        assertArrayEquals(active, Files.readAllBytes(store.activeFile()));

        // a maintenance page answered with status 200
        served.put("/sdn.csv", "<html><body>Service temporarily unavailable</body></html>\r\n".getBytes(StandardCharsets.US_ASCII));
        UpdateException html = assertThrows(UpdateException.class, () -> update(store));
        assertTrue(html.getMessage().contains("ofac-sdn: downloaded files"), html.getMessage());
        assertArrayEquals(active, Files.readAllBytes(store.activeFile()));

        // cut exactly at a record boundary, under 1 % lost: every row parses, only the missing end byte tells
        served.put("/sdn.csv", Arrays.copyOf(full, lineStart(full, 8_900)));
        UpdateException cutAtBoundary = assertThrows(UpdateException.class, () -> update(store));
        assertTrue(cutAtBoundary.getMessage().contains("no-end-marker"), cutAtBoundary.getMessage());
        assertArrayEquals(active, Files.readAllBytes(store.activeFile()));

        // a complete file (end byte present) with only the first 7,000 of 8,976 records
        byte[] head = Arrays.copyOf(full, lineStart(full, 7_000) + 1);
        head[head.length - 1] = 0x1A;
        served.put("/sdn.csv", head);
        UpdateException dropped = assertThrows(UpdateException.class, () -> update(store));
        assertTrue(dropped.getMessage().contains("the new files hold 7,000 entities, the active snapshot 8,976: a drop of 22.0 %"),
                dropped.getMessage());
        assertArrayEquals(active, Files.readAllBytes(store.activeFile()));
        try (var s = Files.list(home)) {
            assertEquals(List.of("ACTIVE", "snapshots", "update.lock"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void defaultConfigHasAReaderForEverySourceAndTheFileNamesTheyRead() throws IOException {
        UpdateConfig defaults = UpdateConfig.defaults();
        // some readers are opt-in (no default address), but every default address has a reader
        assertTrue(ListCatalog.downloadReaders().keySet().containsAll(defaults.sources().keySet()), defaults.sources().keySet().toString());
        assertTrue(defaults.sources().keySet().containsAll(List.of("ofac-sdn", "ofac-cons", "us-csl", "bis-dpl", "un-sc")));
        Path folder = home.resolve("x");
        for (var e : defaults.sources().entrySet()) {
            List<String> expected = ListCatalog.entry(e.getKey()).orElseThrow().downloaded(folder).files().stream()
                    .map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(expected, e.getValue().stream().map(UpdateConfig.RemoteFile::name).sorted().toList(), e.getKey());
        }
        assertEquals(0.10, defaults.maxDrop());
    }
}
