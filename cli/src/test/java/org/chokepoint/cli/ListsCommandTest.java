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
        assertTrue(lines[1].startsWith("name index verified: ") && lines[1].endsWith(" names, matcher names-4"), verify.out());
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
