package org.chokepoint.rules;

import java.util.List;
import java.util.Optional;

/**
 * Resolves the destination (route destination, else the end user's, else the consignee's country; a sanctioned
 * region named in the destination place or the receiving parties' addresses wins) and applies the destination
 * measures in force on the evaluated date: OFAC and UN embargoes here; EAR licence requirements per item in
 * {@link ItemRule}. Also flags parties located in, and routes passing through, embargoed places.
 */
public final class DestinationRule implements Rule {
    static final String ID = "destination";

    @Override
    public void apply(Evaluation ev) {
        RuleBook book = ev.book();
        RuleTable table = book.table("embargoes.tsv");
        if (!table.covers(ev.asOf())) {
            ev.add(ID + ".no-rules-for-date", Verdict.REVIEW, "transaction", "the destination rule tables cover "
                    + table.coversFrom() + " onward (version " + table.version() + "); the rules as of " + ev.asOf()
                    + " are not encoded, so this date cannot be judged", "embargoes.tsv, country-groups.tsv (covers)", null);
        }
        String dest = resolveDestination(ev);
        ev.destination(dest);
        if (dest == null) return;

        List<String> groups = List.copyOf(book.groups().groupsOf(dest, ev.asOf()));
        ev.add(ID + ".country-groups", Verdict.CLEAR, "destination " + dest,
                "EAR Country Groups of " + CountryGroups.countryOf(dest) + " as of " + ev.asOf() + ": "
                        + (groups.isEmpty() ? "none of D:1-D:5, E:1, E:2 in the encoded table" : String.join(", ", groups)),
                "Supp. 1 to 15 CFR 740 (country-groups.tsv " + book.groups().table().version() + ")", null);

        for (Embargo e : book.embargoes()) {
            if (!e.target().equals(dest) || e.isItemMeasure()) continue;
            if (e.inForce(ev.asOf())) {
                if (!liftedForEveryItem(ev, e, dest)) {
                    ev.add(ID + ".embargo." + e.id(), e.verdict(), "destination " + dest,
                            e.measure() + " (" + e.period() + ")" + partlyLifted(ev, e), e.citation(), e.from());
                }
            } else {
                String when = ev.asOf().isBefore(e.from()) ? "not yet in force on " + ev.asOf() + " (from " + e.from() + ")"
                        : "no longer in force on " + ev.asOf() + " (ended " + e.to() + ")";
                ev.add(ID + ".embargo." + e.id(), Verdict.CLEAR, "destination " + dest, e.measure() + ": " + when, e.citation(), e.from());
            }
        }
        checkOtherParties(ev, dest);
        checkTransit(ev);
    }

    /**
     * True when a general licence lifts the measure for every item: then the measure is a CLEAR finding and each
     * licence used is a finding of its own with its conditions (REVIEW when a condition needs a fact not given).
     */
    private static boolean liftedForEveryItem(Evaluation ev, Embargo e, String dest) {
        List<Item> items = ev.tx().items();
        if (items.isEmpty()) return false;
        List<GeneralLicences.Licence> used = new java.util.ArrayList<>();
        for (Item it : items) {
            var l = ev.book().generalLicences().lifting(e.id(), it, ev.tx().endUse(), ev.asOf());
            if (l.isEmpty()) return false;
            if (!used.contains(l.get())) used.add(l.get());
        }
        ev.add(ID + ".embargo." + e.id(), Verdict.CLEAR, "destination " + dest, e.measure() + " (" + e.period()
                + "): lifted for every item by " + String.join(", ", used.stream().map(GeneralLicences.Licence::id).toList()), e.citation(), e.from());
        for (GeneralLicences.Licence l : used) ev.add(GeneralLicences.finding(l, "destination " + dest, e.measure()));
        return true;
    }

    private static String partlyLifted(Evaluation ev, Embargo e) {
        List<String> lifted = new java.util.ArrayList<>();
        List<Item> items = ev.tx().items();
        for (int i = 0; i < items.size(); i++) {
            var l = ev.book().generalLicences().lifting(e.id(), items.get(i), ev.tx().endUse(), ev.asOf());
            if (l.isPresent()) lifted.add(ev.itemLabel(i) + " under " + l.get().id());
        }
        return lifted.isEmpty() ? "" : "; a general licence covers only some items (" + String.join(", ", lifted) + "), not the others";
    }

    private static String resolveDestination(Evaluation ev) {
        Transaction t = ev.tx();
        RoutePoint rd = t.route().destination();
        Optional<String> region = regionOf(ev, rd == null ? null : rd.place());
        List<PlaceTables.Found> qualified = new java.util.ArrayList<>();
        ev.book().places().placeIn(rd == null ? null : rd.place()).filter(f -> f.match() != PlaceTables.Match.REGION).ifPresent(qualified::add);
        for (Party p : t.parties()) {
            if (region.isPresent()) break;
            if (p.role() == Role.END_USER || p.role() == Role.CONSIGNEE) {
                region = regionOf(ev, p.address());
                ev.book().places().placeIn(p.address()).filter(f -> f.match() != PlaceTables.Match.REGION).ifPresent(qualified::add);
            }
        }
        if (region.isEmpty()) qualifiedPlaces(ev, qualified);
        if (region.isPresent()) {
            PlaceTables.Region r = ev.book().places().region(region.get()).orElseThrow();
            ev.add(ID + ".region", Verdict.CLEAR, "destination " + r.id(), "the destination or a receiving party's address names a place in "
                    + r.id() + " (matched by regions.tsv), whatever country the input states", r.citation(), null);
            return r.id();
        }
        if (rd != null && rd.country() != null && !rd.country().isBlank()) {
            Optional<String> c = ev.country(rd.country());
            if (c.isPresent()) return c.get();
            ev.add(ID + ".unknown", Verdict.REVIEW, "route", "field 'route.destination.country' is not a known country: '"
                    + rd.country() + "'", "15 CFR 732, Supp. 3 (destination must be known)", null);
            return null;
        }
        for (Role role : List.of(Role.END_USER, Role.CONSIGNEE)) {
            for (Party p : t.parties()) {
                if (p.role() != role) continue;
                Optional<String> c = ev.country(p.country());
                if (c.isPresent()) {
                    ev.add(ID + ".from-party", Verdict.CLEAR, "destination " + c.get(), "route destination not given: the "
                            + role.name().toLowerCase().replace('_', ' ') + "'s country is taken as destination", "", null);
                    return c.get();
                }
            }
        }
        ev.add(ID + ".missing", Verdict.REVIEW, "route", "no destination: field 'route.destination' is empty and no end user or consignee has a known country",
                "15 CFR 732, Supp. 3 (destination must be known)", null);
        return null;
    }

    /** A whole oblast named (REVIEW: the so-called DNR/LNR are only part of it) or a town outside the region (CLEAR). */
    private static void qualifiedPlaces(Evaluation ev, List<PlaceTables.Found> found) {
        List<String> seen = new java.util.ArrayList<>();
        for (PlaceTables.Found f : found) {
            if (seen.contains(f.region().id() + f.match())) continue;
            seen.add(f.region().id() + f.match());
            boolean inForce = ev.book().embargoes().stream().anyMatch(e -> e.target().equals(f.region().id()) && e.inForce(ev.asOf()));
            if (f.match() == PlaceTables.Match.AMBIGUOUS) {
                ev.add(ID + ".region-ambiguous", inForce ? Verdict.REVIEW : Verdict.CLEAR, "destination " + f.region().country(), "'" + f.name()
                        + "' names the whole oblast, of which " + f.region().id() + " is only the part under Russian control: give the town"
                        + " to decide whether the measures for " + f.region().id() + " apply", f.citation(), null);
            } else {
                ev.add(ID + ".region-outside", Verdict.CLEAR, "destination " + f.region().country(), "'" + f.name() + "' lies outside "
                        + f.region().id() + " (government-controlled): the measures for " + f.region().id() + " do not apply", f.citation(), null);
            }
        }
    }

    private static Optional<String> regionOf(Evaluation ev, String text) {
        return ev.book().places().regionIn(text).map(PlaceTables.Region::id);
    }

    private static void checkOtherParties(Evaluation ev, String dest) {
        List<Party> parties = ev.tx().parties();
        for (int i = 0; i < parties.size(); i++) {
            Party p = parties.get(i);
            String where = regionOf(ev, p.address()).orElse(ev.country(p.country()).orElse(null));
            if (where == null || where.equals(dest)) continue;
            for (Embargo e : ev.book().embargoes()) {
                if (e.target().equals(where) && !e.isItemMeasure() && e.inForce(ev.asOf())) {
                    ev.add(ID + ".party-in-embargoed." + e.id(), e.verdict(), ev.partyLabel(i), "the party is located in " + where + ": "
                            + e.measure() + " (" + e.period() + ")", e.citation(), e.from());
                }
            }
        }
    }

    private static void checkTransit(Evaluation ev) {
        for (RoutePoint p : ev.tx().route().transit()) {
            String where = regionOf(ev, p.place()).orElse(ev.country(p.country()).orElse(null));
            if (where == null) continue;
            for (Embargo e : ev.book().embargoes()) {
                if (e.target().equals(where) && e.inForce(ev.asOf()) && !e.isItemMeasure()) {
                    ev.add(ID + ".transit-embargoed." + e.id(), Verdict.REVIEW, "route", "the route passes through " + p + ", under "
                            + e.measure() + " (" + e.period() + "): transit and transshipment need their own authorisation",
                            e.citation(), e.from());
                }
            }
        }
    }
}
