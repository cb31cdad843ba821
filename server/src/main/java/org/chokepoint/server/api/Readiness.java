package org.chokepoint.server.api;

import org.chokepoint.app.Chokepoint;
import org.chokepoint.app.ServedSnapshot;
import org.chokepoint.server.http.ApiError;

/** The served snapshot for a request, or 503 while the server is still loading it. */
public final class Readiness {
    private Readiness() {
    }

    public static ServedSnapshot served(Chokepoint engine) {
        if (!engine.snapshot().isReady()) throw new ApiError(503, "the list snapshot is still loading; retry shortly (see /readyz)");
        return engine.snapshot().current();
    }
}
