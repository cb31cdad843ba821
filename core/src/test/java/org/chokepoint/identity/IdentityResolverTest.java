package org.chokepoint.identity;

import org.chokepoint.model.Detail;
import org.chokepoint.model.Entity;
import org.chokepoint.model.EntityBuilder;
import org.chokepoint.model.Findings;
import org.chokepoint.model.FuzzyDate;
import org.chokepoint.model.Link;
import org.chokepoint.model.LinkType;
import org.chokepoint.model.Name;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Derived SAME_AS links on hand-made persons: what links and what does not. */
class IdentityResolverTest {

    private static EntityBuilder person(String source, String id, String born, String... names) {
        EntityBuilder b = Entity.builder(source, id, Schema.PERSON);
        b.name(Name.primary(names[0]));
        for (int i = 1; i < names.length; i++) b.name(Name.alias(names[i], NameKind.STRONG_ALIAS));
        return b.birthDate(FuzzyDate.day(born, LocalDate.parse(born)));
    }

    private static List<Link> derived(List<Entity> in) {
        return IdentityResolver.resolve(in, new Findings()).entities().stream()
                .flatMap(e -> e.links().stream()).filter(Link::derived).toList();
    }

    @Test
    void samePersonInTwoSpellingsIsLinkedBothWays() {
        Entity un = person("un-sc", "QDi.900", "1965-03-14", "ABD AL-RAHMAN MUHAMMAD HUSSEIN").nationality("IQ").build();
        Entity ofac = person("ofac-sdn", "90001", "1965-03-14", "ABDELRAHMAN, Mohammed Husain").nationality("IQ").build();
        Findings findings = new Findings();
        IdentityResolver.Result r = IdentityResolver.resolve(List.of(un, ofac), findings);

        assertEquals(Map.of("ofac-sdn~un-sc", 1), r.derivedPerPair());
        Link fromUn = r.entities().get(0).links().get(0);
        Link fromOfac = r.entities().get(1).links().get(0);
        assertEquals(LinkType.SAME_AS, fromUn.type());
        assertEquals("ofac-sdn:90001", fromUn.target());
        assertEquals("un-sc:QDi.900", fromOfac.target());
        assertTrue(fromUn.targetName().startsWith("derived: same date of birth 1965-03-14, names agree 1.00"), fromUn.targetName());
        assertEquals(1, findings.count("ofac-sdn", IdentityResolver.IDENTITY_DERIVED));
    }

    @Test
    void differentPeopleBornTheSameDayAreNotLinked() {
        assertEquals(List.of(), derived(List.of(
                person("un-sc", "1", "1970-05-17", "Ivan Petrovich SIDOROV").build(),
                person("ofac-sdn", "2", "1970-05-17", "KOZLOV, Sergei Mikhailovich").build())));
        // one word in common, the given names differ
        assertEquals(List.of(), derived(List.of(
                person("un-sc", "1", "1972-05-29", "Andrey Anatolievich KUZNETSOV").build(),
                person("ofac-sdn", "2", "1972-05-29", "KUZNETSOV, Eduard Anatolievich").build())));
    }

    @Test
    void samePersonBornOnAnotherDayIsNotLinked() {
        assertEquals(List.of(), derived(List.of(
                person("un-sc", "1", "1970-05-17", "Ivan Petrovich SIDOROV").build(),
                person("ofac-sdn", "2", "1970-05-18", "SIDOROV, Ivan Petrovich").build())));
    }

    @Test
    void firstOfJanuaryNeedsMoreNameAgreement() {
        // two words agree: enough on an ordinary day, not on the 1 January placeholder
        assertEquals(2, derived(List.of(
                person("un-sc", "1", "1970-05-17", "Ivan Petrovich SIDOROV").build(),
                person("ofac-sdn", "2", "1970-05-17", "SIDOROV, Ivan").build())).size());
        assertEquals(List.of(), derived(List.of(
                person("un-sc", "1", "1970-01-01", "Ivan Petrovich SIDOROV").build(),
                person("ofac-sdn", "2", "1970-01-01", "SIDOROV, Ivan").build())));
        assertEquals(2, derived(List.of(
                person("un-sc", "1", "1970-01-01", "Ivan Petrovich SIDOROV").build(),
                person("ofac-sdn", "2", "1970-01-01", "SIDOROV, Ivan Petrovich").build())).size());
    }

    @Test
    void contradictingNationalityOrGenderIsNotLinked() {
        assertEquals(List.of(), derived(List.of(
                person("un-sc", "1", "1970-05-17", "Ivan Petrovich SIDOROV").nationality("RU").build(),
                person("ofac-sdn", "2", "1970-05-17", "SIDOROV, Ivan Petrovich").nationality("UA").build())));
        assertEquals(List.of(), derived(List.of(
                person("un-sc", "1", "1970-05-17", "Sasha Petrovich SIDOROV").detail(Detail.GENDER, "Male").build(),
                person("ofac-sdn", "2", "1970-05-17", "SIDOROV, Sasha Petrovich").detail(Detail.GENDER, "Female").build())));
        // one shared country of several is no contradiction
        assertEquals(2, derived(List.of(
                person("un-sc", "1", "1970-05-17", "Ivan Petrovich SIDOROV").nationality("RU").nationality("UA").build(),
                person("ofac-sdn", "2", "1970-05-17", "SIDOROV, Ivan Petrovich").citizenship("UA").build())).size());
    }

    @Test
    void sameListPublishedLinksAndOtherSchemasAreLeftAlone() {
        assertEquals(List.of(), derived(List.of(
                person("ofac-sdn", "1", "1970-05-17", "Ivan Petrovich SIDOROV").build(),
                person("ofac-sdn", "2", "1970-05-17", "SIDOROV, Ivan Petrovich").build())));
        Entity uk = person("uk-hmt", "1", "1970-05-17", "Ivan Petrovich SIDOROV")
                .link(new Link(LinkType.SAME_AS, "un-sc:2", null, null)).build();
        assertEquals(List.of(), derived(List.of(uk, person("un-sc", "2", "1970-05-17", "SIDOROV, Ivan Petrovich").build())));
        Entity org = Entity.builder("un-sc", "3", Schema.ORGANIZATION).name(Name.primary("Ivan Petrovich SIDOROV"))
                .birthDate(FuzzyDate.day("1970-05-17", LocalDate.parse("1970-05-17"))).build();
        assertEquals(List.of(), derived(List.of(org, person("ofac-sdn", "2", "1970-05-17", "SIDOROV, Ivan Petrovich").build())));
    }

    @Test
    void linksDerivedBeforeAreReplacedNotRepeated() {
        List<Entity> once = IdentityResolver.resolve(List.of(
                person("un-sc", "1", "1970-05-17", "Ivan Petrovich SIDOROV").build(),
                person("ofac-sdn", "2", "1970-05-17", "SIDOROV, Ivan Petrovich").build()), new Findings()).entities();
        assertEquals(2, derived(once).size());
        // the OFAC entry now gives another birth day: the old derived link goes away
        Entity changed = person("ofac-sdn", "2", "1971-05-17", "SIDOROV, Ivan Petrovich").link(once.get(1).links().get(0)).build();
        assertEquals(List.of(), derived(List.of(once.get(0), changed)));
    }
}
