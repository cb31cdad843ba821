package org.chokepoint.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds test transactions tersely; defaults give a clean, fully described shipment. */
final class Tx {
    private String id = "T1";
    private LocalDate date = LocalDate.of(2024, 6, 1);
    private final List<Party> parties = new ArrayList<>();
    private final List<Item> items = new ArrayList<>();
    private final List<RoutePoint> transit = new ArrayList<>();
    private RoutePoint destination;
    private String endUse = "civil mobile telephone network";
    private String payment = "letter of credit";

    static Tx to(String country) {
        Tx t = new Tx();
        t.destination = RoutePoint.country(country);
        t.parties.add(Party.of(Role.BUYER, "Harbor Trading Ltd", country));
        t.parties.add(Party.of(Role.END_USER, "Harbor Trading Ltd", country));
        return t;
    }

    /** A destination without the default buyer and end user. */
    Tx dest(String country) { destination = RoutePoint.country(country); return this; }
    Tx date(String d) { date = d == null ? null : LocalDate.parse(d); return this; }
    Tx place(String place, String country) { destination = new RoutePoint(place, country); return this; }
    Tx via(String place, String country) { transit.add(new RoutePoint(place, country)); return this; }
    Tx endUse(String v) { endUse = v; return this; }
    Tx payment(String v) { payment = v; return this; }
    Tx noParties() { parties.clear(); return this; }
    Tx party(Role role, String name, String country) { parties.add(Party.of(role, name, country)); return this; }
    Tx party(Role role, String name, String country, String address) { parties.add(Party.of(role, name, country).withAddress(address)); return this; }

    /** A foreign-made item (origin CN unless said) with the given value and US content. */
    Tx item(String eccn, String value, String usContent) { return item(eccn, value, usContent, "CN", null); }

    Tx item(String eccn, String value, String usContent, String origin, String hs) {
        items.add(new Item("equipment", eccn, hs, BigDecimal.ONE, value == null ? null : new BigDecimal(value),
                usContent == null ? null : new BigDecimal(usContent), origin));
        return this;
    }

    Transaction build() {
        return new Transaction(id, date, parties, items, new Route(RoutePoint.country("CN"), transit, destination), endUse, payment, "USD");
    }

    static DecisionEngine engine(org.chokepoint.match.Screener s, OwnershipGraph g) {
        RuleBook book = RuleBook.bundled();
        return new DecisionEngine(book, CountryResolver.iso(),
                new PartyScreening(s, book.listEffects(), book.ruleDates(), 0.80, PartyScreening.DEFAULT_DECISIVE,
                        java.util.Map.of("ofac-sdn", LocalDate.of(2024, 5, 3), "us-csl", LocalDate.of(2022, 5, 16))), g);
    }

    static DecisionEngine engine() {
        return engine(new FixedScreener(), new OwnershipGraph());
    }

    Decision decide() {
        return engine().decide(build(), null, LocalDate.of(2026, 11, 23));
    }

    static List<RuleFinding> with(Decision d, String ruleIdPrefix) {
        return d.findings().stream().filter(f -> f.ruleId().startsWith(ruleIdPrefix)).toList();
    }
}
