package org.chokepoint.app.json;

import com.fasterxml.jackson.core.JsonGenerator;
import org.chokepoint.app.Provenance;
import org.chokepoint.app.screen.IdentifierScreening;
import org.chokepoint.app.screen.Screening;
import org.chokepoint.match.Explanation;
import org.chokepoint.match.Hit;

import java.io.IOException;
import java.util.Locale;

/**
 * Writes screening results straight to a {@link JsonGenerator}, field by field, without building a tree: the one
 * definition of the shape that {@link HitJson} documents, used by batch output (a million lines) and, through a
 * token buffer, by {@link HitJson}'s tree form. How much of each explanation is written is the caller's choice:
 * {@code FULL} {"summary", "tokens", "evidence"}, {@code SUMMARY} {"summary", "evidence"} (the token table is what
 * makes a line long: about 1.9 kB of a line's 2.1 kB), {@code NONE} no explanation.
 */
public final class ScreeningJson {
    /** How much of a hit's explanation a result carries. */
    public enum Explain {
        FULL, SUMMARY, NONE;

        /** {@code full}, {@code summary} or {@code none}, as the command line and the API spell them. */
        public static Explain parse(String s) {
            for (Explain e : values()) if (e.name().equalsIgnoreCase(s.strip())) return e;
            throw new IllegalArgumentException("explain must be full, summary or none, not '" + s + "'");
        }
    }

    private ScreeningJson() {
    }

    public static void write(JsonGenerator g, Screening s, Explain explain) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        provenance(g, s.provenance());
        g.writeNumberField("threshold", s.threshold());
        g.writeArrayFieldStart("hits");
        for (Hit h : s.hits()) hit(g, h, explain);
        g.writeEndArray();
        if (!s.nearMisses().isEmpty()) { // only a single screen without hits has them: batch lines never change
            g.writeArrayFieldStart("nearMisses");
            for (Hit h : s.nearMisses()) hit(g, h, explain);
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** {@code {"identifier", "snapshot", "rules", "matcher", "hits": [...]}}: the entries that carry an identifier. */
    public static void write(JsonGenerator g, IdentifierScreening s, Explain explain) throws IOException {
        g.writeStartObject();
        g.writeStringField("identifier", s.identifier());
        provenance(g, s.provenance());
        g.writeArrayFieldStart("hits");
        for (Hit h : s.hits()) hit(g, h, explain);
        g.writeEndArray();
        g.writeEndObject();
    }

    static void provenance(JsonGenerator g, Provenance p) throws IOException {
        g.writeStringField("snapshot", p.snapshotId());
        g.writeStringField("rules", p.rulesVersion());
        g.writeStringField("matcher", p.matcherVersion());
    }

    public static void hit(JsonGenerator g, Hit h, Explain explain) throws IOException {
        g.writeStartObject();
        g.writeStringField("source", h.entity().source());
        g.writeStringField("sourceId", h.entity().sourceId());
        g.writeStringField("name", h.matchedName());
        g.writeStringField("primaryName", h.entity().primaryName().value());
        g.writeStringField("type", h.entity().schema().name().toLowerCase(Locale.ROOT));
        g.writeNumberField("score", h.score());
        if (explain != Explain.NONE) {
            g.writeFieldName("explanation");
            explanation(g, h.explanation(), explain);
        }
        g.writeEndObject();
    }

    public static void explanation(JsonGenerator g, Explanation e, Explain explain) throws IOException {
        g.writeStartObject();
        g.writeStringField("summary", e.summary());
        if (explain == Explain.FULL) {
            g.writeArrayFieldStart("tokens");
            for (Explanation.TokenMatch t : e.tokens()) {
                g.writeStartObject();
                g.writeStringField("query", t.queryToken());
                g.writeStringField("list", t.listToken());
                g.writeStringField("method", t.method());
                g.writeNumberField("similarity", t.similarity());
                g.writeNumberField("weight", t.weight());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeArrayFieldStart("evidence");
        for (Explanation.Evidence ev : e.evidence()) {
            g.writeStartObject();
            g.writeStringField("fact", ev.fact());
            g.writeNumberField("effect", ev.effect());
            g.writeStringField("note", ev.note());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
