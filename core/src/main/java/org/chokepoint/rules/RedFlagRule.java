package org.chokepoint.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rule 5: the Know Your Customer red flags that data can show (15 CFR 732, Supp. 3): routing through a
 * transshipment hub next to an embargoed destination, a consignee address that does not fit a business, a freight
 * forwarder as final consignee or end user, cash payment for costly goods, a prohibited end use declared, and an
 * end user in another country than the goods' destination.
 */
public final class RedFlagRule implements Rule {
    static final String ID = "red-flag";
    /** Cash above this amount (in the transaction's currency) is "cash for a very expensive item". */
    static final BigDecimal CASH_LIMIT = new BigDecimal("10000");

    @Override
    public void apply(Evaluation ev) {
        hubs(ev);
        addresses(ev);
        forwarderAsDestination(ev);
        payment(ev);
        endUse(ev);
        endUserElsewhere(ev);
    }

    /**
     * A hub on the way (transit) is always flagged. A hub where a consignee or forwarder sits, or named as the
     * destination, is flagged only when the goods go on elsewhere or to the embargoed neighbour: trade with a
     * business in Dubai for use in Dubai is not by itself a diversion signal.
     */
    private static void hubs(Evaluation ev) {
        Transaction t = ev.tx();
        List<String> places = new ArrayList<>();
        List<String> where = new ArrayList<>();
        List<Boolean> transit = new ArrayList<>();
        for (RoutePoint p : t.route().transit()) {
            places.add(p.place());
            where.add("route transit " + p);
            transit.add(true);
        }
        if (t.route().destination() != null) {
            places.add(t.route().destination().place());
            where.add("route destination " + t.route().destination());
            transit.add(false);
        }
        for (int i = 0; i < t.parties().size(); i++) {
            Party p = t.parties().get(i);
            if (p.role() == Role.CONSIGNEE || p.role() == Role.INTERMEDIATE_CONSIGNEE || p.role() == Role.FREIGHT_FORWARDER
                    || p.role() == Role.END_USER) {
                places.add(p.address());
                where.add(ev.partyLabel(i) + " address");
                transit.add(p.role() == Role.INTERMEDIATE_CONSIGNEE || p.role() == Role.FREIGHT_FORWARDER);
            }
        }
        String dest = ev.destination() == null ? null : CountryGroups.countryOf(ev.destination());
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            Optional<PlaceTables.Hub> hub = ev.book().places().hubIn(places.get(i));
            if (hub.isEmpty() || seen.contains(hub.get().name())) continue;
            PlaceTables.Hub h = hub.get();
            boolean onTheWay = transit.get(i) || dest == null || !dest.equals(h.country()) || h.concerns().contains(dest);
            if (!onTheWay) continue;
            seen.add(h.name());
            ev.add(ID + ".transshipment-hub", Verdict.REVIEW, "route", where.get(i) + ": " + h.name() + " (" + h.country()
                    + ") is a transshipment hub next to " + String.join("/", h.concerns()) + " (red flag: routing through a hub"
                    + " next to an embargoed destination)", h.citation(), null);
        }
    }

    private static void addresses(Evaluation ev) {
        List<Party> parties = ev.tx().parties();
        for (int i = 0; i < parties.size(); i++) {
            Party p = parties.get(i);
            if (p.role() == null || !p.role().receivesGoods()) continue;
            for (RedFlags.Flag f : ev.book().redFlags().ofKind("consignee-address")) {
                Optional<String> m = f.find(p.address());
                if (m.isPresent()) {
                    ev.add(ID + "." + f.id(), f.verdict(), ev.partyLabel(i), "field 'address' contains '" + m.get() + "': " + p.address(),
                            f.citation(), null);
                }
            }
        }
    }

    private static void forwarderAsDestination(Evaluation ev) {
        List<Party> parties = ev.tx().parties();
        List<String> forwarders = parties.stream().filter(p -> p.role() == Role.FREIGHT_FORWARDER && p.name() != null)
                .map(p -> OwnershipGraph.key(p.name())).toList();
        boolean hasEndUser = parties.stream().anyMatch(p -> p.role() == Role.END_USER);
        for (int i = 0; i < parties.size(); i++) {
            Party p = parties.get(i);
            boolean finalParty = p.role() == Role.END_USER || (p.role() == Role.CONSIGNEE && !hasEndUser);
            if (!finalParty || p.name() == null) continue;
            for (RedFlags.Flag f : ev.book().redFlags().ofKind("forwarder-name")) {
                Optional<String> m = f.find(p.name());
                boolean sameAsForwarder = forwarders.contains(OwnershipGraph.key(p.name()));
                if (m.isPresent() || sameAsForwarder) {
                    ev.add(ID + "." + f.id(), f.verdict(), ev.partyLabel(i), sameAsForwarder
                            ? "the final party is also the transaction's freight forwarder"
                            : "the final party's name says '" + m.get() + "': a logistics firm as final destination", f.citation(), null);
                }
            }
        }
    }

    private static void payment(Evaluation ev) {
        BigDecimal total = ev.totalValue();
        for (RedFlags.Flag f : ev.book().redFlags().ofKind("payment")) {
            Optional<String> m = f.find(ev.tx().payment());
            if (m.isPresent() && (total == null || total.compareTo(CASH_LIMIT) >= 0)) {
                ev.add(ID + "." + f.id(), f.verdict(), "transaction", "field 'payment' says '" + m.get() + "' for goods worth "
                        + (total == null ? "an unknown amount" : ItemRule.money(total)) + " (flagged from " + ItemRule.money(CASH_LIMIT) + ")",
                        f.citation(), null);
            }
        }
    }

    private static void endUse(Evaluation ev) {
        String endUse = ev.tx().endUse();
        if (endUse == null || endUse.isBlank()) {
            ev.add(ID + ".no-end-use", Verdict.REVIEW, "transaction", "field 'endUse' is empty (red flag: reluctance to offer end-use information)",
                    "15 CFR 732, Supp. 3, red flag: the customer is reluctant to offer information about the end use", null);
            return;
        }
        for (RedFlags.Flag f : ev.book().redFlags().ofKind("end-use")) {
            Optional<String> m = f.find(endUse);
            if (m.isEmpty()) continue;
            Verdict v = f.verdict();
            String why = "declared end use '" + endUse + "' names '" + m.get() + "'";
            if (!ev.anyItemMaybeSubject()) {
                v = Verdict.REVIEW;
                why += "; no item is subject to the EAR, so the end-use licence requirement does not reach it";
            } else if (f.id().equals("missile-end-use")) {
                String cite = missile(ev, endUse);
                if (cite == null) {
                    v = Verdict.REVIEW;
                    why += "; 15 CFR 744.3 requires a licence only for a Country Group D:4 destination, for delivery of nuclear,"
                            + " chemical or biological weapons, or (744.3(a)(1)) for systems with a range of at least 300 km used in or by"
                            + " a D:4 country: none of these is stated, confirm the end use";
                } else {
                    why += "; " + cite;
                }
            } else if (f.id().equals("military-end-use") && (ev.destination() == null
                    || !ev.book().groups().inAny(ev.destination(), ev.asOf(), "D:5"))) {
                v = Verdict.REVIEW;
                why += "; the military end-use licence requirement is encoded for Country Group D:5 destinations only";
            }
            ev.add(ID + "." + f.id(), v, "transaction", why, f.citation(), null);
        }
        endUseVersusItems(ev, endUse);
    }

    private static final java.util.regex.Pattern WMD = java.util.regex.Pattern.compile(
            "\\b(nuclear|chemical|biological|wmd|weapons? of mass destruction)\\b");
    private static final java.util.regex.Pattern RANGE = java.util.regex.Pattern.compile("(\\d[\\d,.]*)\\s*(km|kilomet)");

    /**
     * Which condition of 15 CFR 744.3 a missile or UAV end use meets, null when none: delivery of weapons of mass
     * destruction (744.3(a)(2), any destination) or a Country Group D:4 destination (744.3(a)(1) and (a)(3)); a stated
     * range of 300 km or more is named in the evidence.
     */
    private static String missile(Evaluation ev, String endUse) {
        String t = endUse.toLowerCase(java.util.Locale.ROOT);
        if (WMD.matcher(t).find()) return "744.3(a)(2): rocket systems or UAVs for delivering nuclear, chemical or biological weapons, any destination";
        java.util.regex.Matcher m = RANGE.matcher(t);
        String range = m.find() ? m.group(1) + " km stated" : "no range stated";
        if (ev.destination() != null && ev.book().groups().inAny(ev.destination(), ev.asOf(), "D:4")) {
            return "744.3(a)(1)/(a)(3): rocket systems or UAVs in or by a Country Group D:4 country (" + range + ")";
        }
        return null;
    }

    /** A low-technology end use declared for items controlled for more than anti-terrorism reasons. */
    private static void endUseVersusItems(Evaluation ev, String endUse) {
        List<String> controlled = new ArrayList<>();
        for (Item it : ev.tx().items()) {
            var reasons = ev.book().controlList().reasons(it.eccn());
            if (reasons.isPresent() && reasons.get().stream().anyMatch(r -> !r.startsWith("AT"))) controlled.add(ControlList.normalise(it.eccn()));
        }
        if (controlled.isEmpty()) return;
        for (RedFlags.Flag f : ev.book().redFlags().ofKind("end-use-vs-items")) {
            Optional<String> m = f.find(endUse);
            m.ifPresent(word -> ev.add(ID + "." + f.id(), f.verdict(), "transaction", "declared end use '" + endUse + "' ('" + word
                    + "') does not fit items controlled beyond anti-terrorism reasons: " + String.join(", ", controlled), f.citation(), null));
        }
    }

    private static void endUserElsewhere(Evaluation ev) {
        String dest = ev.destination();
        if (dest == null) return;
        String destCountry = CountryGroups.countryOf(dest);
        List<Party> parties = ev.tx().parties();
        for (int i = 0; i < parties.size(); i++) {
            Party p = parties.get(i);
            if (p.role() != Role.END_USER) continue;
            String at = Evaluation.location(ev, p);
            if (!Evaluation.atDestination(ev, p, dest) && !at.equals(destCountry)) {
                ev.add(ID + ".end-user-elsewhere", Verdict.REVIEW, ev.partyLabel(i), "the goods go to " + dest + " but the end user is in "
                        + at + " (red flag: routing that makes no sense for the stated destination)",
                        "15 CFR 732, Supp. 3, red flag: the shipping route is abnormal for the product and destination", null);
            }
        }
    }
}
