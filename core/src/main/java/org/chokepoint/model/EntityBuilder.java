package org.chokepoint.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Mutable builder for {@link Entity}: parsers accumulate facts record by record, then build once. */
public final class EntityBuilder {
    private final String source;
    private final String sourceId;
    private Schema schema;
    private final List<Name> names = new ArrayList<>();
    private final List<FuzzyDate> birthDates = new ArrayList<>();
    private final Set<String> birthPlaces = new LinkedHashSet<>();
    private final Set<String> nationalities = new LinkedHashSet<>();
    private final Set<String> citizenships = new LinkedHashSet<>();
    private final Set<String> countries = new LinkedHashSet<>();
    private final List<Address> addresses = new ArrayList<>();
    private final List<Identifier> identifiers = new ArrayList<>();
    private final Set<String> programs = new LinkedHashSet<>();
    private final Set<String> lists = new LinkedHashSet<>();
    private final List<Link> links = new ArrayList<>();
    private final Map<String, String> details = new LinkedHashMap<>();
    private FuzzyDate listedOn;
    private String remarks;

    EntityBuilder(String source, String sourceId, Schema schema) {
        this.source = source;
        this.sourceId = sourceId;
        this.schema = schema;
    }

    public String source() { return source; }
    public String sourceId() { return sourceId; }
    public Schema schema() { return schema; }
    public boolean hasNames() { return !names.isEmpty(); }

    public EntityBuilder schema(Schema value) { this.schema = value; return this; }

    /** Adds a name unless the same text of the same kind is already there (publishers repeat themselves). */
    public EntityBuilder name(Name name) {
        if (name != null && !name.value().isBlank() && !names.contains(name)) names.add(name);
        return this;
    }

    public EntityBuilder birthDate(FuzzyDate v) { if (v != null && !birthDates.contains(v)) birthDates.add(v); return this; }
    public EntityBuilder birthPlace(String v) { addText(birthPlaces, v); return this; }
    public EntityBuilder nationality(String v) { addText(nationalities, v); return this; }
    public EntityBuilder citizenship(String v) { addText(citizenships, v); return this; }
    public EntityBuilder country(String v) { addText(countries, v); return this; }
    public EntityBuilder address(Address v) { if (v != null && !addresses.contains(v)) addresses.add(v); return this; }
    public EntityBuilder identifier(Identifier v) { if (v != null && !identifiers.contains(v)) identifiers.add(v); return this; }
    public EntityBuilder program(String v) { addText(programs, v); return this; }
    public EntityBuilder list(String v) { addText(lists, v); return this; }
    public EntityBuilder link(Link v) { if (v != null && !links.contains(v)) links.add(v); return this; }
    public EntityBuilder listedOn(FuzzyDate v) { this.listedOn = v; return this; }
    public EntityBuilder remarks(String v) { this.remarks = v == null || v.isBlank() ? null : v.strip(); return this; }

    /** The detail set so far under {@code key}, or null. */
    public String detail(String key) {
        return details.get(key);
    }

    public EntityBuilder detail(String key, String value) {
        if (value != null && !value.isBlank()) details.put(key, value.strip());
        return this;
    }

    public Entity build() {
        return new Entity(source, sourceId, schema, names, birthDates, List.copyOf(birthPlaces),
                List.copyOf(nationalities), List.copyOf(citizenships), List.copyOf(countries), addresses,
                identifiers, List.copyOf(programs), List.copyOf(lists), listedOn, remarks, links, details);
    }

    private static void addText(Set<String> set, String value) {
        if (value != null && !value.isBlank()) set.add(value.strip());
    }
}
