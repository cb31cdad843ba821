package org.chokepoint.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Rewrites an entity's country fields (nationalities, citizenships, countries, address and identifier
 * countries) to ISO 3166 alpha-2 codes, so that "China", "CHINA" and "CN" from three publishers compare equal.
 * Text that does not resolve is kept as published and reported, never dropped.
 */
public final class CountryNormalizer {
    private final CountryIndex index;

    public CountryNormalizer(CountryIndex index) {
        this.index = index;
    }

    /**
     * The entity with resolvable country texts replaced by their alpha-2 code; {@code unresolved} receives each
     * text that did not resolve. Returns the same instance when nothing changed.
     */
    public Entity apply(Entity e, Consumer<String> unresolved) {
        boolean[] changed = {false};
        List<String> nationalities = codes(e.nationalities(), unresolved, changed);
        List<String> citizenships = codes(e.citizenships(), unresolved, changed);
        List<String> countries = codes(e.countries(), unresolved, changed);
        List<Address> addresses = new ArrayList<>(e.addresses().size());
        for (Address a : e.addresses()) {
            String c = code(a.country(), unresolved, changed);
            addresses.add(c == a.country() ? a : new Address(a.full(), a.street(), a.city(), a.region(), a.postalCode(), c));
        }
        List<Identifier> identifiers = new ArrayList<>(e.identifiers().size());
        for (Identifier i : e.identifiers()) {
            String c = code(i.country(), unresolved, changed);
            identifiers.add(c == i.country() ? i : new Identifier(i.type(), i.value(), c, i.note()));
        }
        if (!changed[0]) return e;
        return new Entity(e.source(), e.sourceId(), e.schema(), e.names(), e.birthDates(), e.birthPlaces(),
                distinct(nationalities), distinct(citizenships), distinct(countries), addresses, identifiers,
                e.programs(), e.lists(), e.listedOn(), e.remarks(), e.links(), e.details());
    }

    private List<String> codes(List<String> texts, Consumer<String> unresolved, boolean[] changed) {
        List<String> out = new ArrayList<>(texts.size());
        for (String t : texts) out.add(code(t, unresolved, changed));
        return out;
    }

    private String code(String text, Consumer<String> unresolved, boolean[] changed) {
        if (text == null || text.isBlank()) return text;
        var country = index.resolve(text);
        if (country.isEmpty()) {
            unresolved.accept(text);
            return text;
        }
        String alpha2 = country.get().alpha2();
        if (alpha2.equals(text)) return text;
        changed[0] = true;
        return alpha2;
    }

    private static List<String> distinct(List<String> values) {
        return values.stream().distinct().toList();
    }
}
