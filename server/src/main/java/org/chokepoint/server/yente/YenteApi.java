package org.chokepoint.server.yente;

import org.chokepoint.app.Chokepoint;
import org.chokepoint.server.http.Api;

/** The yente-compatible API ({@code /match/{dataset}}, {@code /search/{dataset}}, {@code /entities/{id}}, …). */
public final class YenteApi {
    private final Chokepoint engine;
    private final Api api;

    public YenteApi(Chokepoint engine, Api api) {
        this.engine = engine;
        this.api = api;
    }

    public void register() {
        // routes follow
    }
}
