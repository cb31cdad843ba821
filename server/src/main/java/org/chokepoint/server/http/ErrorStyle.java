package org.chokepoint.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How an error body looks. Chokepoint's own API answers {@code {"error": "...", "status": 400}} (with
 * {@code "limit"} for 413 and 429); the yente-compatible endpoints answer as yente (FastAPI) does,
 * {@code {"detail": "..."}}, so that existing clients read our errors unchanged.
 */
public enum ErrorStyle {
    CHOKEPOINT, YENTE;

    public ObjectNode body(int status, String message, String limit) {
        ObjectNode o = JsonBody.JSON.createObjectNode();
        if (this == YENTE) {
            o.put("detail", message);
        } else {
            o.put("error", message);
            o.put("status", status);
        }
        if (limit != null) o.put("limit", limit);
        return o;
    }
}
