package org.chokepoint.cases.review;

import java.util.Objects;

/**
 * An action as a user asks for it.
 *
 * <pre>{@code
 * new ActionRequest(ActionKind.DISMISS, null, "born 1961, the listed man 1984", null, null)
 * new ActionRequest(ActionKind.ASSIGN, null, null, "ana", null)
 * new ActionRequest(ActionKind.APPROVE, null, null, null, 41L)      // four eyes: approves action 41
 * }</pre>
 */
public record ActionRequest(ActionKind kind, Long alertId, String reason, String assignee, Long approves) {
    public ActionRequest {
        Objects.requireNonNull(kind, "kind");
        if (reason != null) reason = reason.strip();
        if (reason != null && reason.isEmpty()) reason = null;
    }
}
