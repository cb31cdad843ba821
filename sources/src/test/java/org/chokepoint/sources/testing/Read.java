package org.chokepoint.sources.testing;

import org.chokepoint.model.Entity;
import org.chokepoint.model.Findings;
import org.chokepoint.model.Link;
import org.chokepoint.model.LinkType;
import org.chokepoint.model.Name;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;
import org.chokepoint.sources.ListSource;
import org.chokepoint.sources.SourceInfo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A list read into memory for assertions: entities, findings and what the file said about itself. */
public record Read(List<Entity> entities, Findings findings, SourceInfo info) {
    public static Path lists() {
        return DataDir.get().resolve("lists");
    }

    public static Read of(ListSource source) throws IOException {
        List<Entity> out = new ArrayList<>();
        Findings findings = new Findings();
        SourceInfo info = source.read(out::add, findings);
        return new Read(out, findings, info);
    }

    public Map<Schema, Long> bySchema() {
        return entities.stream().collect(Collectors.groupingBy(Entity::schema, TreeMap::new, Collectors.counting()));
    }

    public long names(NameKind kind) {
        return entities.stream().flatMap(e -> e.names().stream()).map(Name::kind).filter(kind::equals).count();
    }

    public long addresses() {
        return entities.stream().mapToLong(e -> e.addresses().size()).sum();
    }

    public long links(LinkType type) {
        return entities.stream().flatMap(e -> e.links().stream()).map(Link::type).filter(type::equals).count();
    }

    public Entity byId(String sourceId) {
        return entities.stream().filter(e -> e.sourceId().equals(sourceId)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + sourceId));
    }

    public List<Entity> named(String fragment) {
        return entities.stream().filter(e -> e.primaryName().value().contains(fragment)).toList();
    }
}
