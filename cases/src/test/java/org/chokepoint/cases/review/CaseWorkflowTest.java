package org.chokepoint.cases.review;

import org.chokepoint.app.Chokepoint;
import org.chokepoint.app.Config;
import org.chokepoint.cases.Cases;
import org.chokepoint.cases.CasesOptions;
import org.chokepoint.cases.db.Sql;
import org.chokepoint.cases.db.TestDatabases;
import org.chokepoint.cases.parties.PartyInput;
import org.chokepoint.model.Snapshot;
import org.chokepoint.sources.ofac.OfacCsvFiles;
import org.chokepoint.sources.ofac.OfacCsvSource;
import org.chokepoint.sources.snapshot.SnapshotBuilder;
import org.chokepoint.sources.snapshot.SnapshotStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An analyst's day on real SDN data: alerts, a dismissal that holds on re-screening, a change that re-opens it, four eyes. */
class CaseWorkflowTest {
    static Path data = Path.of(System.getProperty("chokepoint.data"));
    static Snapshot sdn;

    @TempDir
    Path dir;

    @BeforeAll
    static void build() throws IOException {
        Path file = data.resolve("lists/ofac-sdn/2024-05-03/sdn.csv");
        sdn = new SnapshotBuilder().source(OfacCsvSource.sdn(new OfacCsvFiles(file, null, null, null, false))).build().snapshot();
    }

    private Chokepoint engine() throws IOException {
        Path home = dir.resolve("home");
        SnapshotStore store = new SnapshotStore(home);
        store.saveAndActivate(sdn);
        return Chokepoint.open(Config.of(data, home), n -> { });
    }

    private static PartyInput party(String id, String name) {
        return new PartyInput(id, name, "company", null, null, List.of(), Map.of());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void dismissHoldsUntilEitherSideChanges(TestDatabases.Kind kind) throws IOException {
        try (Cases cases = Cases.open(engine(), TestDatabases.config(kind, dir), CasesOptions.defaults())) {
            var counts = cases.parties().upsert(List.of(party("C-1", "Dandong Hongxiang Industrial Development Co Ltd"),
                    party("C-2", "Acme Garden Tools"), party("C-3", "'; DROP TABLE cases; --")), "user:ana", true);
            assertEquals(3, counts.created());
            List<CaseSummary> queue = cases.cases().queue(CaseFilter.open());
            assertEquals(1, queue.size(), queue.toString());
            CaseSummary hongxiang = queue.get(0);
            assertEquals("C-1", hongxiang.partyId());
            assertEquals("ofac-sdn", hongxiang.sources());
            assertTrue(hongxiang.topScore() >= 0.9, "score " + hongxiang.topScore());

            IllegalArgumentException noReason = assertThrows(IllegalArgumentException.class,
                    () -> cases.cases().act(hongxiang.id(), new ActionRequest(ActionKind.DISMISS, null, " ", null, null), "user:ana"));
            assertEquals("dismiss needs a reason", noReason.getMessage());
            assertThrows(NoSuchElementException.class,
                    () -> cases.cases().act(999, new ActionRequest(ActionKind.COMMENT, null, "x", null, null), "user:ana"));

            cases.cases().act(hongxiang.id(), new ActionRequest(ActionKind.ASSIGN, null, null, "ana", null), "user:lead");
            CaseAction dismiss = cases.cases().act(hongxiang.id(), new ActionRequest(ActionKind.DISMISS, null, "our customer is a Dandong florist", null, null), "user:ana");
            assertEquals(ActionState.EFFECTIVE, dismiss.state());
            assertEquals(List.of(), cases.cases().queue(CaseFilter.open()));
            CaseDetail d = cases.cases().detail(hongxiang.id()).orElseThrow();
            assertEquals(CaseState.CLOSED, d.summary().state());
            assertEquals("ana", d.summary().assignee());
            assertTrue(d.alerts().stream().allMatch(a -> a.state() == AlertState.DISMISSED));
            assertEquals(List.of(ActionKind.ASSIGN, ActionKind.DISMISS), d.actions().stream().map(CaseAction::kind).toList());
            assertEquals(1, d.earlier().stream().filter(p -> p.decision() == AlertState.DISMISSED).count());

            // a full re-screen does not alert the dismissed pair again
            cases.monitor().rescreenAll("system", null);
            assertEquals(List.of(), cases.cases().queue(CaseFilter.open()));

            // the party's name changes: the pair opens again and the case says what changed
            cases.parties().upsert(List.of(party("C-1", "Dandong Hongxiang Industrial Development Company")), "user:ana", true);
            List<CaseSummary> again = cases.cases().queue(CaseFilter.open());
            assertEquals(1, again.size());
            assertEquals(hongxiang.id(), again.get(0).id());
            Alert reopened = cases.cases().detail(hongxiang.id()).orElseThrow().alerts().get(0);
            assertEquals(AlertState.OPEN, reopened.state());
            assertTrue(reopened.note().startsWith("dismissed on ") && reopened.note().contains("the party changed: name \"Dandong Hongxiang Industrial Development Co Ltd\" → \"Dandong Hongxiang Industrial Development Company\""),
                    reopened.note());
            assertEquals(2, cases.parties().versions("C-1").size());

            // the SQL-looking name is stored as it is
            assertEquals("'; DROP TABLE cases; --", cases.parties().current("C-3").orElseThrow().name());
            assertTrue(cases.trail().verify().ok());
            List<String> kinds = cases.trail().ofSubject("case:" + hongxiang.id()).stream().map(r -> r.kind()).toList();
            assertEquals(List.of("alert.open", "case.assign", "case.dismiss", "alert.open"), kinds);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void fourEyes(TestDatabases.Kind kind) throws IOException {
        try (Cases cases = Cases.open(engine(), TestDatabases.config(kind, dir), new CasesOptions(true))) {
            cases.parties().upsert(List.of(party("C-1", "Dandong Hongxiang Industrial Development Co Ltd")), "user:ana", true);
            long caseId = cases.cases().queue(CaseFilter.open()).get(0).id();
            CaseAction asked = cases.cases().act(caseId, new ActionRequest(ActionKind.CONFIRM, null, "same company, same address", null, null), "user:ana");
            assertEquals(ActionState.PENDING, asked.state());
            CaseSummary pending = cases.cases().queue(CaseFilter.open()).get(0);
            assertTrue(pending.pending());
            assertEquals(1, pending.openAlerts());
            IllegalArgumentException own = assertThrows(IllegalArgumentException.class,
                    () -> cases.cases().act(caseId, new ActionRequest(ActionKind.APPROVE, null, null, null, asked.id()), "user:ana"));
            assertTrue(own.getMessage().startsWith("four eyes:"), own.getMessage());
            cases.cases().act(caseId, new ActionRequest(ActionKind.APPROVE, null, "agreed", null, asked.id()), "user:ben");
            CaseDetail d = cases.cases().detail(caseId).orElseThrow();
            assertEquals(CaseState.CLOSED, d.summary().state());
            assertTrue(d.alerts().stream().allMatch(a -> a.state() == AlertState.CONFIRMED));
            assertEquals(ActionState.APPROVED, d.actions().get(0).state());
            long confirmed = cases.database().read(c -> Sql.longValue(c, "SELECT COUNT(*) FROM pair_decisions WHERE decision = 'CONFIRMED'"));
            assertEquals(1, confirmed);
        }
    }
}
