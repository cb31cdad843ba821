package org.chokepoint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The worked example (examples/nk-case) through the real command: real lists, real screener, real rule tables.
 * One run loads the lists once per call; both dates are judged.
 */
class DecideWorkedExampleTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "nk-case");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static List<JsonNode> decide(Path dir, String file, String... extra) throws IOException {
        Path out = dir.resolve("out-" + System.nanoTime() + ".jsonl");
        List<String> args = new ArrayList<>(List.of("decide", EXAMPLE.resolve(file).toString(), "--out", out.toString()));
        args.addAll(List.of(extra));
        assertEquals(0, Main.run(args.toArray(String[]::new)));
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(out)) nodes.add(MAPPER.readTree(line));
        return nodes;
    }

    static List<JsonNode> findings(JsonNode decision, String rulePrefix) {
        List<JsonNode> out = new ArrayList<>();
        decision.get("findings").forEach(f -> {
            if (f.get("rule").asText().startsWith(rulePrefix)) out.add(f);
        });
        return out;
    }

    private static JsonNode partyFinding(JsonNode decision, String partyNamePart, String verdict) {
        for (JsonNode f : findings(decision, "party.")) {
            if (f.get("subject").asText().contains(partyNamePart) && f.get("verdict").asText().equals(verdict)) return f;
        }
        throw new AssertionError("no " + verdict + " party finding for " + partyNamePart + " in " + decision.toPrettyString());
    }

    @Test
    void asOfToday(@TempDir Path dir) throws IOException {
        List<JsonNode> d = decide(dir, "transactions.json", "--as-of", "2026-11-23", "--report", dir.resolve("r.html").toString());
        JsonNode bts = d.get(0);
        assertEquals("NK-2012-BTS", bts.get("transaction").asText());
        assertEquals("BLOCK", bts.get("verdict").asText());
        assertEquals("KP", bts.get("destination").asText());
        // the destination: North Korea embargo since 2016
        JsonNode kp = findings(bts, "destination.embargo.kp-ofac").get(0);
        assertEquals("BLOCK", kp.get("verdict").asText());
        assertEquals("2016-03-16", kp.get("effective").asText());
        // the consignee: Dandong Kehua on the SDN list (ent_num 23175, DPRK4)
        JsonNode kehua = partyFinding(bts, "Dandong Kehua", "BLOCK");
        assertTrue(kehua.get("evidence").asText().contains("23175"), kehua.toString());
        assertTrue(kehua.get("reference").asText().endsWith(":23175"), kehua.toString());
        assertTrue(kehua.get("evidence").asText().contains("DPRK4"), kehua.toString());
        // the buyer: Panda International on the Entity List since 2014-06-26
        JsonNode panda = partyFinding(bts, "Panda International", "LICENCE_REQUIRED");
        assertEquals("2014-06-26", panda.get("effective").asText());
        assertTrue(panda.get("citation").asText().startsWith("15 CFR 744.11"));
        // de minimis: 720,000 / 4,800,000 = 15 % > 10 % for E:1 North Korea
        JsonNode dm = findings(bts, "item.de-minimis").get(0);
        assertTrue(dm.get("evidence").asText().contains("720,000.00 / value 4,800,000.00 = 15 % > 10 %"), dm.toString());
        assertEquals("LICENCE_REQUIRED", findings(bts, "item.licence.kp-ear").get(0).get("verdict").asText());
        // the software item: 30,000 / 600,000 = 5 %, not subject
        assertTrue(findings(bts, "item.de-minimis").get(1).get("evidence").asText().contains("= 5 % <= 10 %"));
        assertEquals("REVIEW", findings(bts, "red-flag.transshipment-hub").get(0).get("verdict").asText());

        JsonNode spares = d.get(1);
        assertEquals("BLOCK", spares.get("verdict").asText());
        // exactly 10 % US content: not above de minimis, the spares are outside the EAR ...
        assertTrue(findings(spares, "item.de-minimis").get(0).get("evidence").asText().contains("= 10 % <= 10 %"));
        // ... so the Entity List licence requirement does not reach them: REVIEW, not LICENCE REQUIRED
        partyFinding(spares, "Panda International", "REVIEW");
        String html = Files.readString(dir.resolve("r.html"));
        assertTrue(html.contains("<svg") && html.contains("Exposure by destination") && !html.contains("<script"));
    }

    @Test
    void asOf2012(@TempDir Path dir) throws IOException {
        List<JsonNode> d = decide(dir, "transactions.json", "--as-of", "2012-06-01");
        JsonNode bts = d.get(0);
        assertEquals("LICENCE_REQUIRED", bts.get("verdict").asText());
        // no comprehensive US embargo on North Korea yet; the EAR licence requirement and the UN measures apply
        assertEquals("CLEAR", findings(bts, "destination.embargo.kp-ofac").get(0).get("verdict").asText());
        assertEquals("REVIEW", findings(bts, "destination.embargo.kp-un").get(0).get("verdict").asText());
        assertEquals("LICENCE_REQUIRED", findings(bts, "item.licence.kp-ear").get(0).get("verdict").asText());
        // Panda International was listed in 2014: no effect in 2012
        JsonNode panda = partyFinding(bts, "Panda International", "CLEAR");
        assertTrue(panda.get("evidence").asText().contains("after 2012-06-01"), panda.toString());
        // Dandong Kehua: the bundled SDN file gives no designation date, so 2012 cannot be confirmed: REVIEW
        JsonNode kehua = partyFinding(bts, "Dandong Kehua", "REVIEW");
        assertTrue(kehua.get("evidence").asText().contains("is not known"), kehua.toString());

        JsonNode spares = d.get(1);
        assertEquals("REVIEW", spares.get("verdict").asText());
    }

    @Test
    void csvGivesTheSameVerdicts(@TempDir Path dir) throws IOException {
        List<JsonNode> d = decide(dir, "transactions.csv", "--as-of", "2012-06-01");
        assertEquals("LICENCE_REQUIRED", d.get(0).get("verdict").asText());
        assertEquals("REVIEW", d.get(1).get("verdict").asText());
    }
}
