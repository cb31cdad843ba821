package org.chokepoint.sources.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chokepoint.audit.AuditResult;
import org.chokepoint.audit.CodeVerdict;
import org.chokepoint.audit.RowVerdict;
import org.chokepoint.sources.BundledLists;
import org.chokepoint.sources.refdata.ReferenceLexicon;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

class DevExportTest {
    @Test
    void dump() throws Exception {
        Path eval = Path.of(System.getProperty("chokepoint.eval"));
        ExportAudit audit = new ExportAudit(ReferenceLexicon.load(BundledLists.dataDir()));
        long t = System.nanoTime();
        AuditResult r = audit.audit(eval.resolve("audit/projects-dev.csv"), null);
        System.out.println("ms " + (System.nanoTime() - t) / 1e6);
        System.out.println(r.status() + " " + r.reason() + " rows " + r.rows() + " open " + r.openRows() + " blank " + r.blankRows());
        r.columns().forEach(System.out::println);
        r.problems().forEach(System.out::println);
        JsonNode ans = new ObjectMapper().readTree(eval.resolve("audit/projects-dev.answers.json").toFile());
        Map<String, String> truth = new HashMap<>();
        ans.path("rows").forEach(x -> truth.put(x.path("id").asText(), x.path("country").asText()));
        for (CodeVerdict c : r.codes()) {
            System.out.println(c.code() + " rows " + c.rows() + " ev " + c.rowsWithOwnEvidence() + " " + c.candidates());
            c.evidence().stream().filter(e -> e.weight() < 12).forEach(e -> System.out.println("   " + e));
            int ok = 0, okEv = 0, ev = 0;
            for (RowVerdict v : c.verdicts()) {
                boolean good = truth.get(v.id()).equals(v.country());
                if (good) ok++;
                if (!v.inherited()) { ev++; if (good) okEv++; else System.out.println("  WRONG " + v); }
            }
            System.out.println("  rows ok " + ok + "/" + c.rows() + " own-evidence ok " + okEv + "/" + ev);
        }
    }
}
