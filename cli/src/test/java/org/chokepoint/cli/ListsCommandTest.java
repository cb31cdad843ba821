package org.chokepoint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ListsCommandTest {
    @TempDir
    Path home;


    /** {@code chokepoint ARGS...} with its output's table columns squeezed. */
    private static CliRun run(String... args) {
        CliRun r = CliRun.of(args);
        return new CliRun(r.code(), squeeze(r.out()), r.err());
    }

    /** Table columns are padded to their content; tests compare cells separated by single spaces. */
    private static String squeeze(String text) {
        return text.replaceAll(" {2,}", " ");
    }

    /** A build of one list keeps the other lists of the active snapshot (it once replaced them all, silently). */
    @Test
    void aPartialBuildKeepsTheOtherListsUnlessToldToDropThem() throws IOException {
        String h = home.toString();
        assertEquals(0, run("lists", "build", "--source", "bis-dpl", "--home", h).code());
        CliRun both = run("lists", "build", "--source", "un-sc", "--home", h);
        assertEquals(0, both.code(), both.err());
        assertTrue(both.err().contains(": bis-dpl (--drop-others to build un-sc alone)"), both.err());
        JsonNode stats = new ObjectMapper().readTree(run("lists", "stats", "--json", "--home", h).out());
        java.util.Map<String, Integer> bySource = new java.util.TreeMap<>();
        for (JsonNode row : stats.get("rows")) bySource.merge(row.get("source").asText(), row.get("entities").asInt(), Integer::sum);
        assertEquals(547, bySource.get("bis-dpl"), bySource.toString());
        assertTrue(bySource.get("un-sc") > 900, bySource.toString());

        CliRun alone = run("lists", "build", "--source", "un-sc", "--drop-others", "--home", h);
        assertEquals(0, alone.code(), alone.err());
        JsonNode only = new ObjectMapper().readTree(run("lists", "stats", "--json", "--home", h).out());
        for (JsonNode row : only.get("rows")) assertEquals("un-sc", row.get("source").asText());
        assertEquals(2, run("lists", "build", "--drop-others", "--home", h).code());
    }

    /**
     * {@code lists build} checks a list as {@code lists update} does: the Denied Persons List cut to half its rows
     * (a valid, smaller file) is refused against the active snapshot's 547 entries, exit 1, ACTIVE unchanged (it
     * was activated with exit 0).
     */
    @Test
    void aBuildFromAListCutToHalfIsRefused() throws IOException {
        String h = home.toString();
        assertEquals(0, run("lists", "build", "--source", "bis-dpl", "--home", h).code());
        String active = Files.readString(home.resolve("ACTIVE"));
        Path real = Path.of(System.getProperty("chokepoint.data"));
        Path data = home.resolve("data");
        Files.createDirectories(data.resolve("lists/bis-dpl/2023-11-30"));
        Files.createSymbolicLink(data.resolve("refdata"), real.resolve("refdata"));
        try (var lists = Files.list(real.resolve("lists"))) {
            for (Path l : lists.filter(l -> !l.getFileName().toString().equals("bis-dpl")).toList()) {
                Files.createSymbolicLink(data.resolve("lists").resolve(l.getFileName().toString()), l);
            }
        }
        java.util.List<String> rows = Files.readAllLines(real.resolve("lists/bis-dpl/2023-11-30/dpl.txt"));
        Files.write(data.resolve("lists/bis-dpl/2023-11-30/dpl.txt"), rows.subList(0, rows.size() / 2));
        String before = System.getProperty("chokepoint.data");
        try {
            System.setProperty("chokepoint.data", data.toString());
            CliRun cut = run("lists", "build", "--source", "bis-dpl", "--home", h);
            assertEquals(1, cut.code(), cut.err());
            assertTrue(cut.err().startsWith("error: build refused, active snapshot unchanged:\n  - bis-dpl: the new files hold "),
                    cut.err());
            assertTrue(cut.err().contains(" entities, the active snapshot 547: a drop of "), cut.err());
            assertEquals(active, Files.readString(home.resolve("ACTIVE")));
            assertEquals(0, run("lists", "build", "--source", "bis-dpl", "--max-drop", "1", "--home", h).code(),
                    "an expected loss is accepted when said so");
            assertTrue(!active.equals(Files.readString(home.resolve("ACTIVE"))));
        } finally {
            System.setProperty("chokepoint.data", before);
        }
    }

    /** screen refuses a home whose active snapshot is damaged, says how to recover, and the recovery works. */
    @Test
    void aDamagedActiveSnapshotStopsScreeningUntilOneIsActivated() throws IOException {
        String h = home.toString();
        assertEquals(0, run("lists", "build", "--source", "bis-dpl", "--home", h).code());
        String id = Files.readString(home.resolve("ACTIVE")).strip();
        Files.writeString(home.resolve("ACTIVE"), "not an id\n");
        String before = System.getProperty("chokepoint.home");
        try {
            System.setProperty("chokepoint.home", h);
            CliRun screen = run("screen", "Abdul Majid Saidi");
            assertEquals(2, screen.code(), screen.out());
            assertTrue(screen.err().startsWith("error: cannot read the active snapshot: " + home.resolve("ACTIVE")
                    + " does not name a snapshot (content: 'not an id'). It is not replaced by the bundled lists"), screen.err());
            CliRun listed = run("lists", "snapshots", "--home", h);
            assertEquals(0, listed.code(), listed.err());
            assertTrue(listed.out().contains(id.substring(0, 12)) && listed.err().contains("none is marked active"), listed.err());
            assertEquals(0, run("lists", "activate", id.substring(0, 8), "--home", h).code());
            CliRun again = run("screen", "Abdul Majid Saidi");
            assertEquals(0, again.code(), again.err());
            assertTrue(again.out().contains("ABDUL MAJID SAIDI"), again.out());
        } finally {
            System.setProperty("chokepoint.home", before);
        }
    }

    /**
     * Temporary files of killed writers go at the next build (a young index file may belong to a screening process
     * at work and stays until stale) and at prune; a build waits for no other writer: it is refused while one runs.
     */
    @Test
    void aBuildCleansUpAfterKilledWritersAndTakesTheUpdateLock() throws IOException {
        String h = home.toString();
        Path snapshots = Files.createDirectories(home.resolve("snapshots"));
        Path killedBuild = Files.write(snapshots.resolve("46b719eaee2f-1234567.tmp"), new byte[4096]);
        Path killedActivate = Files.write(home.resolve("ACTIVE-99.tmp"), new byte[65]);
        Path indexAtWork = Files.write(snapshots.resolve("46b719eaee2f.idx-555.tmp"), new byte[10]);
        Path oldIndex = Files.write(snapshots.resolve("0123456789ab.idx-556.tmp"), new byte[10]);
        Files.setLastModifiedTime(oldIndex, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600)));
        try (var ch = java.nio.channels.FileChannel.open(Files.createDirectories(home).resolve("update.lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE); var held = ch.lock()) {
            CliRun busy = run("lists", "build", "--source", "bis-dpl", "--home", h);
            assertEquals(2, busy.code());
            assertTrue(busy.err().startsWith("error: another 'lists build', 'lists update' or 'lists prune' is running on "), busy.err());
            assertTrue(Files.exists(killedBuild), "nothing touched while another writer runs");
        }
        assertEquals(0, run("lists", "build", "--source", "bis-dpl", "--home", h).code());
        assertTrue(!Files.exists(killedBuild) && !Files.exists(killedActivate), "a killed build's and activation's files are gone");
        assertTrue(Files.exists(indexAtWork), "a young index file may be another process's, at work");
        assertTrue(!Files.exists(oldIndex), "a stale one is not");
        Files.setLastModifiedTime(indexAtWork, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600)));
        assertEquals(0, run("lists", "prune", "--home", h).code());
        assertTrue(!Files.exists(indexAtWork), "prune removes it once stale");
    }

    @Test
    void buildStatsSnapshotsAndActivate() throws IOException {
        String h = home.toString();
        CliRun build = run("lists", "build", "--source", "bis-dpl", "--home", h);
        assertEquals(0, build.code(), build.err());
        assertTrue(build.out().contains("bis-dpl - - 547 450 97 0 0 0"), build.out());
        assertTrue(build.out().contains("duplicate-row"), build.out());
        String id = Files.readString(home.resolve("ACTIVE")).strip();
        assertTrue(build.out().startsWith("snapshot " + id));

        CliRun stats = run("lists", "stats", "--json", "--home", h);
        assertEquals(0, stats.code(), stats.err());
        JsonNode json = new ObjectMapper().readTree(stats.out());
        assertEquals(id, json.get("id").asText());
        int entities = 0;
        for (JsonNode row : json.get("rows")) entities += row.get("entities").asInt();
        assertEquals(547, entities);
        assertEquals(2, json.get("quality").get(0).get("duplicateIds").asInt());

        CliRun list = run("lists", "snapshots", "--home", h);
        assertTrue(list.out().contains("* " + id.substring(0, 12)), list.out());
        CliRun verify = run("lists", "verify", "--home", h);
        assertEquals(0, verify.code(), verify.err());
        String[] lines = verify.out().split("\n");
        assertEquals("snapshot " + id + " verified: 547 entities hash to its id", lines[0]);
        assertTrue(lines[1].startsWith("name index verified: ") && lines[1].endsWith(" names, matcher " + org.chokepoint.match.MatcherVersion.VERSION), verify.out());
        // a damaged index file is found by verify, and replaced
        Path idx = home.resolve("snapshots").resolve(id + ".idx");
        byte[] bytes = Files.readAllBytes(idx);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(idx, bytes);
        CliRun damaged = run("lists", "verify", "--home", h);
        assertEquals(0, damaged.code(), damaged.err());
        assertTrue(damaged.out().contains("name index refused (") && damaged.out().contains("): rebuilt and stored"), damaged.out());
        assertTrue(run("lists", "verify", "--home", h).out().contains("name index verified: "), "the rebuilt index reads again");

        CliRun activate = run("lists", "activate", id.substring(0, 6), "--home", h);
        assertEquals(0, activate.code(), activate.err());
        assertEquals("snapshot " + id + " is now active\n", activate.out());
    }

    @Test
    void diffOfTheTwoBundledSdnReleases() throws IOException {
        Path html = home.resolve("diff.html");
        CliRun diff = run("lists", "diff", "--sdn-release", "2021-07-07", "--sdn-release", "2024-05-03", "--limit", "1",
                "--home", home.toString(), "--html", html.toString());
        assertEquals(0, diff.code(), diff.err());
        assertTrue(diff.out().contains(": 6,870 added, 881 removed, 745 changed"), diff.out());
        assertTrue(diff.out().contains("ofac-sdn 6,870 881 745 7,350"), diff.out());
        assertTrue(diff.out().contains("remarks 696"), diff.out());
        String report = Files.readString(html);
        assertTrue(report.contains("<p class=big>6,870 added · 881 removed · 745 changed</p>"));
        assertTrue(report.contains("<svg") && report.contains("<title>696</title>"), "changed-fields chart");
        assertTrue(report.contains("<td>ofac-sdn:17013</td><td>VTB BANK PUBLIC JOINT STOCK COMPANY</td>"));
        assertTrue(!report.contains("<script") && !report.contains("src=") && !report.contains("href="), "self-contained");
    }

    @Test
    void diffOfTwoListFolders() throws IOException {
        String lists = System.getProperty("chokepoint.data") + "/lists/bis-dpl";
        CliRun diff = run("lists", "diff", "bis-dpl@" + lists, "bis-dpl@" + lists + "/2023-11-30", "--json", "--home", home.toString());
        assertEquals(0, diff.code(), diff.err());
        JsonNode json = new ObjectMapper().readTree(diff.out());
        assertEquals(185, json.get("added").asInt());
        assertEquals(99, json.get("removed").asInt());
        assertEquals(11, json.get("changed").asInt());
        assertEquals(8, json.get("changedFields").get("addresses").asInt());
    }

    @Test
    void badInputGivesOneLineErrors() throws IOException {
        String h = home.toString();
        CliRun noActive = run("lists", "stats", "--home", h);
        assertEquals(2, noActive.code());
        assertEquals("error: no active snapshot in " + home.toAbsolutePath().normalize()
                + ": run 'chokepoint lists build' first\n", noActive.err());

        CliRun unknown = run("lists", "build", "--source", "nope", "--home", h);
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown source 'nope'"), unknown.err());

        Path cfg = home.resolve("bad.properties");
        Files.writeString(cfg, "ofac-sdn.file.sdn.csv = ftp://example.org/sdn.csv\n");
        CliRun badConfig = run("lists", "update", "--config", cfg.toString(), "--home", h);
        assertEquals(2, badConfig.code());
        assertTrue(badConfig.err().startsWith("error: " + cfg + ": ofac-sdn.file.sdn.csv must be an http(s) address"), badConfig.err());

        CliRun oneRelease = run("lists", "diff", "--sdn-release", "2021-07-07", "--home", h);
        assertEquals(2, oneRelease.code());
        assertTrue(oneRelease.err().contains("give exactly two snapshots to compare"), oneRelease.err());
    }
}
