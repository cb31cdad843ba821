package org.chokepoint.sources.snapshot;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Findings;
import org.chokepoint.model.Name;
import org.chokepoint.model.Schema;
import org.chokepoint.sources.ListFormatException;
import org.chokepoint.sources.ListSource;
import org.chokepoint.sources.SourceInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ListUpdaterTest {
    /** A strict reader of "id TAB name" lines: any other line makes the file malformed. */
    record TabList(Path folder) implements ListSource {
        public String source() { return "test-list"; }
        public List<Path> files() { return List.of(folder.resolve("list.tsv")); }
        public SourceInfo read(Consumer<Entity> out, Findings findings) throws IOException {
            List<String> lines = Files.readAllLines(files().get(0), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String[] cells = lines.get(i).split("\t", -1);
                if (cells.length != 2 || cells[0].isBlank() || cells[1].isBlank()) {
                    throw new ListFormatException(files().get(0) + " line " + (i + 1) + ": expected 'id<TAB>name'");
                }
                out.accept(Entity.builder("test-list", cells[0], Schema.PERSON).name(Name.primary(cells[1])).build());
            }
            return SourceInfo.undated("test-list");
        }
    }

    @TempDir
    Path home;
    private HttpServer server;
    private final Map<String, byte[]> bodies = new HashMap<>();

    private static byte[] rows(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> i + "\tPERSON NUMBER " + i + "\n")
                .collect(Collectors.joining()).getBytes(StandardCharsets.UTF_8);
    }

    @BeforeEach
    void start() throws IOException {
        bodies.put("/good.tsv", rows(20));
        bodies.put("/good2.tsv", rows(21));
        bodies.put("/dropped.tsv", rows(17)); // 15 % fewer
        bodies.put("/malformed.tsv", (new String(rows(20), StandardCharsets.UTF_8) + "<html>Service unavailable</html>\n").getBytes(StandardCharsets.UTF_8));
        bodies.put("/empty.tsv", new byte[0]);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::serve);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void serve(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        if (path.equals("/truncated.tsv")) {
            // announces the whole file, sends a third of it and drops the connection
            byte[] full = rows(20);
            ex.sendResponseHeaders(200, full.length);
            OutputStream out = ex.getResponseBody();
            out.write(full, 0, full.length / 3);
            out.flush();
            ex.getHttpContext().getServer().stop(0);
            return;
        }
        byte[] body = bodies.get(path);
        if (body == null) {
            ex.sendResponseHeaders(404, -1);
        } else {
            ex.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
            if (body.length > 0) ex.getResponseBody().write(body);
        }
        ex.close();
    }

    private UpdateConfig config(String file) throws IOException {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + file;
        return UpdateConfig.parse(new StringReader("test-list.file.list.tsv = " + url + "\ntimeout.seconds = 10\n"), "test config");
    }

    private ListUpdater updater(SnapshotStore store) {
        return new ListUpdater(store, Map.of("test-list", TabList::new));
    }

    private ListUpdater.Result update(SnapshotStore store, String file) throws IOException {
        return updater(store).update(config(file), Set.of(), m -> { });
    }

    private List<Path> homeFiles() throws IOException {
        try (Stream<Path> s = Files.walk(home)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void onlyAGoodDownloadSwitchesTheActiveSnapshot() throws IOException {
        SnapshotStore store = new SnapshotStore(home);
        ListUpdater.Result first = update(store, "/good.tsv");
        assertEquals(20, first.current().size());
        assertEquals(first.current().id(), store.activeId().orElseThrow());
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/good.tsv";
        assertEquals(url, first.current().source("test-list").orElseThrow().files().get(0).path());

        byte[] active = Files.readAllBytes(store.activeFile());
        byte[] snap = Files.readAllBytes(store.pathOf(first.current().id()));
        List<Path> files = homeFiles();

        Map<String, String> expected = Map.of(
                "/missing.tsv", "/missing.tsv answered HTTP 404",
                "/empty.tsv", "/empty.tsv sent an empty file",
                "/malformed.tsv", "downloaded files are not a well-formed test-list list",
                "/dropped.tsv", "the new files hold 17 entities, the active snapshot 20: a drop of 15.0 % exceeds the allowed 10.0 %");
        for (var bad : expected.entrySet()) {
            UpdateException e = assertThrows(UpdateException.class, () -> update(store, bad.getKey()), bad.getKey());
            assertTrue(e.getMessage().contains(bad.getValue()), e.getMessage());
            assertTrue(e.getMessage().startsWith("update refused, active snapshot unchanged"));
            assertArrayEquals(active, Files.readAllBytes(store.activeFile()));
            assertArrayEquals(snap, Files.readAllBytes(store.pathOf(first.current().id())));
            assertEquals(files, homeFiles(), "no staging or partial files left after " + bad.getKey());
        }
        assertTrue(assertThrows(UpdateException.class, () -> update(store, "/malformed.tsv")).getMessage()
                .contains("line 21: expected 'id<TAB>name'"));

        // a larger drop is accepted when the user allows it
        ListUpdater.Result allowed = updater(store).update(config("/dropped.tsv").withMaxDrop(0.2), Set.of(), m -> { });
        assertEquals(17, allowed.current().size());
        ListUpdater.Result grown = update(store, "/good2.tsv");
        assertEquals(21, grown.current().size());
        assertEquals(grown.current().id(), store.activeId().orElseThrow());
        assertEquals(17, grown.sources().get(0).previousCount());
        assertFalse(grown.unchanged());
        assertTrue(update(store, "/good2.tsv").unchanged());
    }

    @Test
    void aDownloadCutOffMidwayIsRefused() throws IOException {
        SnapshotStore store = new SnapshotStore(home);
        update(store, "/good.tsv");
        byte[] active = Files.readAllBytes(store.activeFile());
        List<Path> files = homeFiles();
        UpdateException e = assertThrows(UpdateException.class, () -> update(store, "/truncated.tsv"));
        assertTrue(e.getMessage().contains("/truncated.tsv download failed (incomplete or refused)"), e.getMessage());
        assertArrayEquals(active, Files.readAllBytes(store.activeFile()));
        assertEquals(files, homeFiles());
    }

    @Test
    void aSecondConcurrentUpdateIsRefused() throws IOException {
        SnapshotStore store = new SnapshotStore(home);
        update(store, "/good.tsv");
        byte[] active = Files.readAllBytes(store.activeFile());
        try (var ch = java.nio.channels.FileChannel.open(home.resolve("update.lock"), java.nio.file.StandardOpenOption.WRITE);
             var held = ch.lock()) {
            UpdateException e = assertThrows(UpdateException.class, () -> update(store, "/good2.tsv"));
            assertTrue(e.getMessage().contains("another 'lists build', 'lists update' or 'lists prune' is running on " + home.toAbsolutePath().normalize()), e.getMessage());
        }
        assertArrayEquals(active, Files.readAllBytes(store.activeFile()));
        Path stale = Files.createDirectories(home.resolve("staging-123/test-list"));
        Files.writeString(stale.resolve("list.tsv"), "left by a killed update");
        assertEquals(21, update(store, "/good2.tsv").current().size(), "the lock is released afterwards");
        assertFalse(Files.exists(home.resolve("staging-123")), "stale staging folders are removed");
    }

    @Test
    void configErrorsNameTheKey() {
        IOException e = assertThrows(IOException.class,
                () -> UpdateConfig.parse(new StringReader("ofac-sdn.file.sdn.csv = ftp://x/sdn.csv"), "my.properties"));
        assertEquals("my.properties: ofac-sdn.file.sdn.csv must be an http(s) address, got 'ftp://x/sdn.csv'", e.getMessage());
        IOException k = assertThrows(IOException.class, () -> UpdateConfig.parse(new StringReader("sdn = https://x"), "my.properties"));
        assertTrue(k.getMessage().contains("unknown key 'sdn'"));
    }
}
