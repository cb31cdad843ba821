package org.chokepoint.cases.review;

import org.chokepoint.cases.CasesOptions;
import org.chokepoint.cases.db.Database;
import org.chokepoint.cases.trail.Trail;

import java.util.List;
import java.util.Optional;

/** Analyst work on cases: the queue, one case, and the actions on it. */
public final class CaseService {
    private final Database db;
    private final Trail trail;
    private final CasesOptions options;

    public CaseService(Database db, Trail trail, CasesOptions options) {
        this.db = db;
        this.trail = trail;
        this.options = options;
    }

    public List<CaseSummary> queue(CaseFilter filter) {
        throw new UnsupportedOperationException("in progress");
    }

    public Optional<CaseDetail> detail(long caseId) {
        throw new UnsupportedOperationException("in progress");
    }

    public CaseAction act(long caseId, ActionRequest request, String actor) {
        throw new UnsupportedOperationException("in progress");
    }
}
