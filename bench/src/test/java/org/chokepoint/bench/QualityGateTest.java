package org.chokepoint.bench;

import org.chokepoint.app.Chokepoint;
import org.chokepoint.app.Config;
import org.chokepoint.match.IndexedScreener;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CI quality gate: recall and false alerts on both development sets may not regress beyond the tolerance. */
class QualityGateTest {
    @Test
    void screeningQualityHoldsTheRecordedBaseline() throws Exception {
        Config config = Config.of(Path.of(System.getProperty("chokepoint.data")), Path.of(System.getProperty("chokepoint.home")));
        IndexedScreener screener = Chokepoint.open(config, notice -> { }).snapshot().current().screener();
        Map<String, QualityGate.Row> baseline = QualityGate.read(Path.of("src/test/resources/quality-baseline.tsv"));
        Map<String, QualityGate.Row> measured = QualityGate.measure(screener, Path.of(System.getProperty("chokepoint.eval")));
        assertTrue(baseline.size() >= 10, "baseline has " + baseline.size() + " categories");
        List<String> regressions = QualityGate.regressions(baseline, measured);
        assertEquals(List.of(), regressions, "screening quality regressed; run `bench quality-gate --write` only if the change is meant to");
    }

    @Test
    void aLostQueryInASmallCategoryIsTolerated_twoAreNot() {
        Map<String, QualityGate.Row> base = Map.of("s/alias", new QualityGate.Row("s/alias", 50, 50));
        assertEquals(List.of(), QualityGate.regressions(base, Map.of("s/alias", new QualityGate.Row("s/alias", 50, 49))));
        assertEquals(1, QualityGate.regressions(base, Map.of("s/alias", new QualityGate.Row("s/alias", 50, 48))).size());
    }

    @Test
    void falseAlertsMayNotRiseBeyondOneAlertOrATenthOfAPercent() {
        Map<String, QualityGate.Row> base = Map.of("s/negative", new QualityGate.Row("s/negative", 3000, 6));
        assertEquals(List.of(), QualityGate.regressions(base, Map.of("s/negative", new QualityGate.Row("s/negative", 3000, 9))));
        assertEquals(1, QualityGate.regressions(base, Map.of("s/negative", new QualityGate.Row("s/negative", 3000, 10))).size());
    }

    @Test
    void aMissingCategoryFailsTheGate() {
        Map<String, QualityGate.Row> base = Map.of("s/typo", new QualityGate.Row("s/typo", 500, 490));
        assertEquals(1, QualityGate.regressions(base, Map.of()).size());
    }
}
