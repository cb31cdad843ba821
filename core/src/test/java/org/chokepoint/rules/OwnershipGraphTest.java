package org.chokepoint.rules;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OwnershipGraphTest {
    private static OwnershipGraph graph(String... edges) {
        OwnershipGraph g = new OwnershipGraph();
        for (String e : edges) {
            String[] p = e.split(",");
            g.add(p[0], p[1], new BigDecimal(p[2]), "test");
        }
        return g;
    }

    @Test
    void exactlyFiftyPercentIsBlocked() {
        var b = graph("A,C,0.5", "X,C,0.5").blockedByRule("C", Set.of("A")::contains);
        assertTrue(b.isPresent());
        assertEquals(0, new BigDecimal("0.5").compareTo(b.get().aggregate()));
        assertEquals("C owned 50 % in aggregate by blocked owners: 50 % by [A (blocked person)]", b.get().explanation());
    }

    @Test
    void justUnderFiftyIsNot() {
        assertTrue(graph("A,C,0.499", "X,C,0.501").blockedByRule("C", Set.of("A")::contains).isEmpty());
    }

    @Test
    void twoBlockedOwnersOfTwentyFiveEachAggregate() {
        var b = graph("A,C,0.25", "B,C,0.25", "X,C,0.5").blockedByRule("C", Set.of("A", "B")::contains);
        assertTrue(b.isPresent());
        assertEquals(2, b.get().blockedOwners().size());
    }

    @Test
    void indirectThroughTwoLevels() {
        // A (blocked) owns 60 % of B, so B is blocked; B owns 50 % of C, so C is blocked too
        var b = graph("A,B,0.6", "B,C,0.5", "Y,C,0.5").blockedByRule("C", Set.of("A")::contains);
        assertTrue(b.isPresent());
        assertEquals("C owned 50 % in aggregate by blocked owners: 50 % by [B owned 60 % in aggregate by blocked owners: 60 % by [A (blocked person)]]",
                b.get().explanation());
        // shares are not multiplied along the chain: 60 % x 50 % = 30 % would wrongly clear C
        assertTrue(graph("A,B,0.4", "B,C,0.9").blockedByRule("C", Set.of("A")::contains).isEmpty());
    }

    @Test
    void cyclesTerminate() {
        // B and C own each other; A (blocked) holds 50 % of B, B 60 % of C, C 50 % of D
        OwnershipGraph g = graph("A,B,0.5", "B,C,0.6", "C,B,0.3", "C,D,0.5", "D,C,0.2");
        assertTrue(g.blockedByRule("D", Set.of("A")::contains).isPresent());
        assertEquals(Set.of("A", "B", "C", "D"), g.ownersOf("D"));
        assertTrue(g.blockedByRule("D", Set.of("Z")::contains).isEmpty());
        // a cycle without a blocked person blocks nothing
        assertTrue(graph("B,C,0.6", "C,B,0.6").blockedByRule("C", s -> false).isEmpty());
    }

    @Test
    void ruleBlocksAPartyOwnedByAListedOwnerAndKnowsTheAggregationDate() {
        FixedScreener s = new FixedScreener()
                .hit("Alpha Holdings", "ofac-sdn", "10", null, "2010-01-01", 0.99)
                .hit("Beta Holdings", "ofac-sdn", "11", null, "2010-01-01", 0.99);
        OwnershipGraph g = graph("Alpha Holdings,Gamma Trading,0.25", "Beta Holdings,Gamma Trading,0.25");
        Tx tx = Tx.to("DE").party(Role.CONSIGNEE, "Gamma Trading", "DE").item("EAR99", "100", "0", "US", null);
        Decision now = Tx.engine(s, g).decide(tx.build(), null, LocalDate.of(2026, 11, 23));
        RuleFinding f = Tx.with(now, "ownership.ofac-50").get(0);
        assertEquals(Verdict.BLOCK, f.verdict());
        assertTrue(f.subject().contains("Gamma Trading"));
        assertTrue(f.evidence().contains("25 % by [Alpha Holdings (blocked person)]"), f.evidence());
        Decision y2013 = Tx.engine(s, g).decide(tx.build(), LocalDate.of(2013, 1, 1), LocalDate.of(2026, 11, 23));
        assertEquals(Verdict.REVIEW, Tx.with(y2013, "ownership.ofac-50").get(0).verdict());
    }
}
