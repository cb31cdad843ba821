package org.chokepoint.app.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import org.chokepoint.model.Entity;

import java.time.LocalDate;

/**
 * A list entry as published, in the common model: {@code {"key", "source", "sourceId", "schema", "names": [{"value",
 * "kind", "script", "lang"}], "birthDates", "nationalities", "addresses", "identifiers", "programs", "links": [{"type",
 * "target", "targetName", "share"}], "details", ...}}. Dates keep their published precision ({@code raw}) beside the
 * range they stand for.
 */
public final class EntityJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance));

    private EntityJson() {
    }

    public static ObjectNode toJson(Entity e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("key", e.key());
        o.setAll((ObjectNode) MAPPER.valueToTree(e));
        return o;
    }
}
