package org.chokepoint.sources.snapshot;

import org.chokepoint.model.Address;
import org.chokepoint.model.Detail;
import org.chokepoint.model.Entity;
import org.chokepoint.model.FuzzyDate;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.Link;
import org.chokepoint.model.LinkType;
import org.chokepoint.model.Name;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;

import java.time.LocalDate;

/** Hand-made entities covering every field of the model. */
final class Samples {
    private Samples() {
    }

    static Entity person(String source, String id, String name) {
        return Entity.builder(source, id, Schema.PERSON).name(Name.primary(name)).build();
    }

    static Entity org(String source, String id, String name) {
        return Entity.builder(source, id, Schema.ORGANIZATION).name(Name.primary(name)).build();
    }

    /** A person with every field set, including non-Latin script, a range date and a link with a share. */
    static Entity full(String source, String id) {
        return Entity.builder(source, id, Schema.PERSON)
                .name(Name.primary("KIM, Jong Un"))
                .name(new Name("김정은", NameKind.STRONG_ALIAS, "Hang", "ko"))
                .name(Name.alias("KIM Chong-un", NameKind.WEAK_ALIAS))
                .birthDate(FuzzyDate.day("08 Jan 1984", LocalDate.of(1984, 1, 8)))
                .birthDate(FuzzyDate.yearRange("1982 to 1984", 1982, 1984))
                .birthDate(FuzzyDate.year("circa 1983", 1983, true))
                .birthPlace("Pyongyang")
                .nationality("KP").citizenship("KP").country("KP")
                .address(new Address("Pyongyang, North Korea", null, "Pyongyang", null, null, "KP"))
                .identifier(new Identifier("Passport", "PD 123", "KP", "issued 2010"))
                .program("DPRK3").program("DPRK4").list("SDN")
                .listedOn(FuzzyDate.month("Jul 2016", 2016, 7))
                .remarks("Supreme Leader")
                .link(new Link(LinkType.LINKED_TO, null, "KOREAN WORKERS' PARTY", null))
                .link(new Link(LinkType.OWNER_OF, "ofac-sdn:1", null, 0.51))
                .detail(Detail.GENDER, "Male").detail(Detail.TITLE, "Chairman")
                .build();
    }
}
