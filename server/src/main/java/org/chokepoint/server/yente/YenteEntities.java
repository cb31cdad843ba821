package org.chokepoint.server.yente;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chokepoint.model.Address;
import org.chokepoint.model.Country;
import org.chokepoint.model.CountryIndex;
import org.chokepoint.model.Detail;
import org.chokepoint.model.Entity;
import org.chokepoint.model.FuzzyDate;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.Name;
import org.chokepoint.model.Schema;
import org.chokepoint.server.http.JsonBody;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A subject in yente's entity shape: {@code {"id", "caption", "schema", "properties", "datasets", "referents",
 * "target", "first_seen", "last_seen", "last_change"}}, the properties under their FollowTheMoney names, merged over
 * the canonical listing and its republications (each value once, the canonical listing's first).
 *
 * <p>Names by kind: primary → {@code name}, strong alias → {@code alias}, weak alias → {@code weakAlias}, former
 * name → {@code previousName}. Countries are lower-case ISO codes ({@code kp}); text no country resolved from is
 * left out of the country properties. Birth dates keep their published precision ({@code 1984-01-08},
 * {@code 1984-01}, {@code 1984}); a range gives its years. Identifiers go under the property of their kind
 * ({@link YenteIdentifiers#property}); programs under {@code programId}; remarks under {@code notes}.
 */
final class YenteEntities {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    private final Supplier<CountryIndex> countries;

    YenteEntities(Supplier<CountryIndex> countries) {
        this.countries = countries;
    }

    ObjectNode entity(YenteIndex.Subject s) {
        ObjectNode o = JsonBody.JSON.createObjectNode();
        o.put("id", s.id());
        o.put("caption", s.entity().primaryName().value());
        o.put("schema", s.ftmSchema());
        ObjectNode props = o.putObject("properties");
        properties(s).forEach((k, v) -> {
            ArrayNode a = props.putArray(k);
            v.forEach(a::add);
        });
        ArrayNode ds = o.putArray("datasets");
        s.datasets().forEach(ds::add);
        ArrayNode refs = o.putArray("referents");
        s.referents().forEach(refs::add);
        o.put("target", true);
        o.put("first_seen", s.firstSeen());
        o.put("last_seen", s.lastChange());
        o.put("last_change", s.lastChange());
        return o;
    }

    Map<String, Set<String>> properties(YenteIndex.Subject s) {
        Map<String, Set<String>> p = new LinkedHashMap<>();
        for (Entity e : s.members()) names(e, p);
        // a name given as primary by one listing and as an alias by another is shown once, as the stronger kind
        Set<String> stronger = new LinkedHashSet<>();
        for (String kind : List.of("name", "alias", "weakAlias", "previousName")) {
            Set<String> v = p.get(kind);
            if (v == null) continue;
            v.removeAll(stronger);
            stronger.addAll(v);
            if (v.isEmpty()) p.remove(kind);
        }
        for (Entity e : s.members()) facts(e, p);
        List<String> topics = new ArrayList<>(s.topics());
        topics.sort(null);
        topics.forEach(t -> add(p, "topics", t));
        return p;
    }

    private static void names(Entity e, Map<String, Set<String>> p) {
        for (Name n : e.names()) {
            String prop = switch (n.kind()) {
                case PRIMARY -> "name";
                case STRONG_ALIAS -> "alias";
                case WEAK_ALIAS -> "weakAlias";
                case FORMER_NAME -> "previousName";
            };
            add(p, prop, n.value());
        }
    }

    private void facts(Entity e, Map<String, Set<String>> p) {
        for (FuzzyDate d : e.birthDates()) dates(d).forEach(v -> add(p, "birthDate", v));
        e.birthPlaces().forEach(v -> add(p, "birthPlace", v));
        String gender = e.details().get(Detail.GENDER);
        if (gender != null) add(p, "gender", gender.toLowerCase(Locale.ROOT));
        codes(e.nationalities()).forEach(v -> add(p, "nationality", v));
        codes(e.citizenships()).forEach(v -> add(p, "citizenship", v));
        List<String> country = new ArrayList<>(e.countries());
        for (Address a : e.addresses()) if (a.country() != null) country.add(a.country());
        codes(country).forEach(v -> add(p, "country", v));
        String flag = e.details().get(Detail.VESSEL_FLAG);
        if (flag != null) countries.get().resolve(flag).map(Country::alpha2).ifPresent(c -> add(p, "flag", c.toLowerCase(Locale.ROOT)));
        for (Address a : e.addresses()) {
            String full = address(a);
            // an address that is nothing but a country ("Korea, North", "KP") is already under country
            if (full != null && countries.get().resolve(full).isEmpty()) add(p, "address", full);
        }
        for (Identifier id : e.identifiers()) {
            String prop = YenteIdentifiers.property(id, e.schema());
            if (prop != null && id.value() != null && !id.value().isBlank()) add(p, prop, id.value().strip());
        }
        detail(e, Detail.IMO, p, "imoNumber");
        detail(e, Detail.MMSI, p, "mmsi");
        detail(e, Detail.CALL_SIGN, p, "callSign");
        detail(e, Detail.TITLE, p, "title");
        detail(e, Detail.DESIGNATION, p, "position");
        if (e.schema() == Schema.VESSEL) detail(e, Detail.VESSEL_TYPE, p, "type");
        detail(e, Detail.TONNAGE, p, "tonnage");
        detail(e, Detail.GROSS_REGISTERED_TONNAGE, p, "grossRegisteredTonnage");
        detail(e, Detail.AIRCRAFT_MODEL, p, "model");
        detail(e, Detail.AIRCRAFT_SERIAL, p, "serialNumber");
        detail(e, Detail.AIRCRAFT_MANUFACTURE_DATE, p, "buildDate");
        e.programs().forEach(v -> add(p, "programId", v));
        if (e.remarks() != null && !e.remarks().isBlank()) add(p, "notes", e.remarks().strip());
        detail(e, Detail.SOURCE_URL, p, "sourceUrl");
    }

    private static void detail(Entity e, String key, Map<String, Set<String>> p, String prop) {
        String v = e.details().get(key);
        if (v != null && !v.isBlank()) add(p, prop, v.strip());
    }

    private static void add(Map<String, Set<String>> p, String prop, String value) {
        if (value == null || value.isBlank()) return;
        p.computeIfAbsent(prop, k -> new LinkedHashSet<>()).add(value);
    }

    private static List<String> codes(List<String> countries) {
        Set<String> out = new LinkedHashSet<>();
        for (String c : countries) YenteIndex.addCode(out, c);
        return List.copyOf(out);
    }

    private static String address(Address a) {
        if (a.full() != null && !a.full().isBlank()) return a.full().strip();
        List<String> parts = new ArrayList<>();
        for (String s : new String[] {a.street(), a.city(), a.region(), a.postalCode(), a.country()}) {
            if (s != null && !s.isBlank()) parts.add(s.strip());
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** A published date at its precision: 1984-01-08, 1984-01, 1984; a range as its years (at most 10, else its ends). */
    static List<String> dates(FuzzyDate d) {
        return switch (d.precision()) {
            case DAY -> List.of(d.earliest().toString());
            case MONTH -> List.of(d.earliest().format(MONTH));
            case YEAR -> List.of(String.valueOf(d.earliest().getYear()));
            case RANGE -> {
                int from = d.earliest().getYear(), to = d.latest().getYear();
                if (to - from > 10) yield List.of(String.valueOf(from), String.valueOf(to));
                List<String> years = new ArrayList<>();
                for (int y = from; y <= to; y++) years.add(String.valueOf(y));
                yield years;
            }
        };
    }
}
