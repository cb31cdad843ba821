package org.chokepoint.sources.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chokepoint.audit.AuditResult;
import org.chokepoint.audit.CodeVerdict;
import org.chokepoint.audit.RowVerdict;
import org.chokepoint.sources.refdata.ReferenceLexicon;
import org.chokepoint.sources.testing.DataDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The targets on the dev export (CSV and JSON lines): nothing about its layout is known to the code. */
class DevExportTest {
    @ParameterizedTest
    @ValueSource(strings = {"projects-dev.csv", "projects-dev.jsonl"})
    void everyCodeDecodedAndHiddenRowsAssignedAndNoOpenRowFlagged(String file) throws Exception {
        Path eval = Path.of(System.getProperty("chokepoint.eval")).resolve("audit");
        AuditResult r = new ExportAudit(ReferenceLexicon.load(DataDir.get())).audit(eval.resolve(file), null);
        JsonNode answers = new ObjectMapper().readTree(eval.resolve("projects-dev.answers.json").toFile());
        Map<String, JsonNode> rows = new HashMap<>();
        answers.path("rows").forEach(x -> rows.put(x.path("id").asText(), x));

        assertEquals(AuditResult.Status.CODES_FOUND, r.status());
        assertEquals(2400, r.rows());
        assertEquals(2109, r.openRows());
        assertEquals(3, r.codes().size());
        answers.path("codes").fields().forEachRemaining(e -> {
            CodeVerdict c = r.codes().stream().filter(x -> x.code().equals(e.getKey())).findFirst().orElseThrow();
            assertEquals(e.getValue().asText(), c.country(), "code " + e.getKey());
            assertTrue(c.confidence() >= 0.95, e.getKey() + " confidence " + c.confidence());
        });
        int hidden = 0, own = 0, ownRight = 0;
        for (RowVerdict v : r.decodedRows()) {
            JsonNode truth = rows.get(v.id());
            assertTrue(truth.path("hidden").asBoolean(), "open row flagged: " + v);
            hidden++;
            if (!v.inherited()) {
                own++;
                if (truth.path("country").asText().equals(v.country())) ownRight++;
            }
        }
        assertEquals(291, hidden);
        assertTrue(own >= 250, "rows with own evidence " + own);
        assertTrue(ownRight >= 0.95 * own, ownRight + "/" + own);
    }
}
