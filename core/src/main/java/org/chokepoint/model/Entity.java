package org.chokepoint.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One list entry in the common model, whatever list it came from. Traceable: {@code source} and
 * {@code sourceId} name the exact published record (OFAC {@code ent_num}, UN {@code REFERENCE_NUMBER}, ...).
 *
 * <p>Country fields hold ISO 3166 alpha-2 codes once resolved, or the published text when the
 * country could not be resolved. {@code details} carries schema-specific facts under the keys in
 * {@link Detail} (vessel flag, IMO, aircraft model, gender, title, ...).
 */
public record Entity(
        String source,
        String sourceId,
        Schema schema,
        List<Name> names,
        List<FuzzyDate> birthDates,
        List<String> birthPlaces,
        List<String> nationalities,
        List<String> citizenships,
        List<String> countries,
        List<Address> addresses,
        List<Identifier> identifiers,
        List<String> programs,
        List<String> lists,
        FuzzyDate listedOn,
        String remarks,
        List<Link> links,
        Map<String, String> details) {

    public Entity {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(schema, "schema");
        names = List.copyOf(names);
        if (names.isEmpty()) throw new IllegalArgumentException(source + ":" + sourceId + " has no name");
        birthDates = List.copyOf(birthDates);
        birthPlaces = List.copyOf(birthPlaces);
        nationalities = List.copyOf(nationalities);
        citizenships = List.copyOf(citizenships);
        countries = List.copyOf(countries);
        addresses = List.copyOf(addresses);
        identifiers = List.copyOf(identifiers);
        programs = List.copyOf(programs);
        lists = List.copyOf(lists);
        links = List.copyOf(links);
        details = Map.copyOf(details);
    }

    /** The key used everywhere to refer to this entry: {@code source:sourceId}. */
    public String key() {
        return source + ":" + sourceId;
    }

    /** The name the publisher lists first as primary (every entity has at least one name). */
    public Name primaryName() {
        return names.stream().filter(n -> n.kind() == NameKind.PRIMARY).findFirst().orElse(names.get(0));
    }

    public static EntityBuilder builder(String source, String sourceId, Schema schema) {
        return new EntityBuilder(source, sourceId, schema);
    }

    /** A builder pre-filled with this entity's values, for enrichment steps (country resolution, cross-links). */
    public EntityBuilder toBuilder() {
        EntityBuilder b = new EntityBuilder(source, sourceId, schema);
        names.forEach(b::name);
        birthDates.forEach(b::birthDate);
        birthPlaces.forEach(b::birthPlace);
        nationalities.forEach(b::nationality);
        citizenships.forEach(b::citizenship);
        countries.forEach(b::country);
        addresses.forEach(b::address);
        identifiers.forEach(b::identifier);
        programs.forEach(b::program);
        lists.forEach(b::list);
        links.forEach(b::link);
        details.forEach(b::detail);
        return b.listedOn(listedOn).remarks(remarks);
    }
}
