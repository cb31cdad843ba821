package org.chokepoint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sixteen transactions written from the enforcement cases of issue 11 (ZTE, Huawei and HiSilicon, Panda International,
 * Dandong Kehua, Mahan Air, Rosneft) and the general licences, judged through the real command on the bundled lists,
 * each on its own date (examples/enforcement-cases). The verdicts are those a compliance officer gives from the
 * regulation; the comments cite it.
 */
class DecideEnforcementCasesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void everyCaseGetsTheLawfulVerdict(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out.jsonl");
        assertEquals(0, Main.run("decide", Path.of("..", "examples", "enforcement-cases", "transactions.jsonl").toString(), "--out", out.toString()));
        Map<String, JsonNode> d = new LinkedHashMap<>();
        for (String line : Files.readAllLines(out)) {
            JsonNode n = MAPPER.readTree(line);
            d.put(n.get("transaction").asText(), n);
        }
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("ZTE-2012-IR", "BLOCK");               // 31 CFR 560.204: export to Iran
        expected.put("ZTE-2016-HUB", "BLOCK");              // Iranian end user behind a Dubai consignee (560.204, 746.7)
        expected.put("HUAWEI-2019-05-17", "LICENCE_REQUIRED"); // Entity List in force 2019-05-16 (84 FR 22961)
        expected.put("HUAWEI-2019-05-10", "REVIEW");        // before the rule; the CMIC listing has no date in the data
        expected.put("HISILICON-2021", "LICENCE_REQUIRED"); // Entity List; the standards-organisation exception is for technology only
        expected.put("PANDA-2015-KP", "LICENCE_REQUIRED");  // 20 % US content > 10 % to E:1 (734.4(c)); 746.4; Entity List 2014
        expected.put("PANDA-2015-CN", "LICENCE_REQUIRED");  // Entity List (744.11) for US-origin laptops
        expected.put("KEHUA-2016", "REVIEW");               // SDN since Nov 2017, the SDN file gives no date: confirm
        expected.put("KEHUA-2018", "REVIEW");
        expected.put("MAHAN-2020-PARTS", "BLOCK");          // Iran embargo; Mahan Air SDN (SDGT)
        expected.put("MAHAN-2010-EXPIRED-DPL", "BLOCK");
        expected.put("ROSNEFT-2019-REFINERY", "REVIEW");    // Entity List scope limited to 746.5 projects: refinery outside
        expected.put("ROSNEFT-2019-ARCTIC", "LICENCE_REQUIRED"); // Arctic offshore: within 746.5
        expected.put("IR-MEDICINE-2022", "CLEAR");          // 31 CFR 560.530(a)(2), 746.7(a)(2)
        expected.put("UA-KRAMATORSK-2023", "CLEAR");        // government-controlled town, outside E.O. 14065 (OFAC FAQ 1009)
        expected.put("SY-FOOD-2020", "REVIEW");             // 746.9(a) no licence; 31 CFR 542.510: confirm no Government of Syria party
        Map<String, String> got = new LinkedHashMap<>();
        d.forEach((id, n) -> got.put(id, n.get("verdict").asText()));
        assertEquals(expected, got);

        // the Huawei listing took effect before its publication; the standards exception does not reach FPGAs or EDA software
        assertTrue(evidence(d.get("HUAWEI-2019-05-17"), "party.bis-entity-list", "LICENCE_REQUIRED").contains("in force from 2019-05-16"));
        assertTrue(findings(d.get("HISILICON-2021"), "party.bis-entity-list").stream()
                .anyMatch(f -> f.get("verdict").asText().equals("LICENCE_REQUIRED")));
        // a bare 5A992 to China is not a chart licence by its .z controls (only the Entity List decides PANDA-2015-CN)
        assertTrue(findings(d.get("PANDA-2015-CN"), "item.licence.chart").stream().noneMatch(f -> f.get("verdict").asText().equals("LICENCE_REQUIRED")));
        assertTrue(evidence(d.get("ROSNEFT-2019-REFINERY"), "party.bis-entity-list", "REVIEW").contains("projects specified in §746.5"));
        assertTrue(evidence(d.get("SY-FOOD-2020"), "exception.sy-542-510", "REVIEW").contains("Government of Syria"));
    }

    @Test
    void aPartyRemovedFromTheSdnListSinceIsFoundInTheOlderBundledRelease(@TempDir Path dir) throws IOException {
        // Mammut Industrial Group (ofac-sdn:29890, NPWMD) is in the 2021-07-07 SDN release and not in the 2024-05-03 one
        Path tx = dir.resolve("mammut.json");
        Files.writeString(tx, "{\"id\": \"MAMMUT\", \"date\": \"2021-07-07\", \"parties\": [{\"role\": \"buyer\", \"name\":"
                + " \"Mammut Industrial Group P.J.S.\", \"country\": \"IR\"}, {\"role\": \"end user\", \"name\": \"Gulf Star Trading FZE\","
                + " \"country\": \"AE\"}], \"items\": [{\"description\": \"generator controllers\", \"eccn\": \"EAR99\", \"value\": 1000,"
                + " \"usContent\": 0, \"originCountry\": \"DE\"}], \"route\": {\"destination\": {\"country\": \"AE\"}}, \"endUse\": \"power\"}");
        for (String[] c : List.of(new String[]{"2021-07-07", "BLOCK"}, new String[]{"2021-01-04", "REVIEW"}, new String[]{"2022-03-01", "REVIEW"})) {
            Path out = dir.resolve("out-" + c[0] + ".jsonl");
            assertEquals(0, Main.run("decide", tx.toString(), "--as-of", c[0], "--out", out.toString()));
            JsonNode n = MAPPER.readTree(Files.readAllLines(out).get(0));
            String e = evidence(n, "party.removed-since", c[1]);
            assertTrue(e.contains("ofac-sdn:29890") && e.contains("in the ofac-sdn release of 2021-07-07 (lists/ofac-sdn/2021-07-07)"), e);
            // the note names the release used
            assertTrue(evidence(n, "party.removed-not-visible", "REVIEW").contains("ofac-sdn release of 2021-07-07"), n.toString());
        }
    }

    private static List<JsonNode> findings(JsonNode decision, String rule) {
        return DecideWorkedExampleTest.findings(decision, rule);
    }

    private static String evidence(JsonNode decision, String rule, String verdict) {
        return findings(decision, rule).stream().filter(f -> f.get("verdict").asText().equals(verdict)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + verdict + " " + rule + " in " + decision.toPrettyString()))
                .get("evidence").asText();
    }
}
