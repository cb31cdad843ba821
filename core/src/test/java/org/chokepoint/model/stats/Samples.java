package org.chokepoint.model.stats;

import org.chokepoint.model.Address;
import org.chokepoint.model.Detail;
import org.chokepoint.model.Entity;
import org.chokepoint.model.FileMeta;
import org.chokepoint.model.Finding;
import org.chokepoint.model.FindingCount;
import org.chokepoint.model.FindingsSummary;
import org.chokepoint.model.FuzzyDate;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.Link;
import org.chokepoint.model.LinkType;
import org.chokepoint.model.Name;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;
import org.chokepoint.model.Snapshot;
import org.chokepoint.model.SourceMeta;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Hand-made entities covering every field of the model, and a small snapshot of them. The same fixtures as the
 * snapshot tests of {@code sources} ({@code org.chokepoint.sources.snapshot.Samples} and
 * {@code SnapshotCodecTest.sample()}); core's tests cannot see those, so they are repeated here.
 */
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

    /** Three entities of two sources, with file provenance and an orphan-alias finding. */
    static Snapshot snapshot() {
        List<Entity> entities = List.of(full("ofac-sdn", "2"), org("ofac-sdn", "1", "KOREAN WORKERS' PARTY"),
                person("un-sc", "KPi.001", "Ri Pyong Chol"));
        SourceMeta sdn = new SourceMeta("ofac-sdn",
                List.of(new FileMeta("/data/sdn.csv", 1234, "ab".repeat(32), Instant.parse("2024-05-03T10:15:30Z"))),
                LocalDate.of(2024, 5, 3), 2, Map.of(Schema.PERSON, 1, Schema.ORGANIZATION, 1));
        SourceMeta un = new SourceMeta("un-sc", List.of(), null, -1, Map.of(Schema.PERSON, 1));
        FindingsSummary findings = new FindingsSummary(List.of(new FindingCount("ofac-sdn", "orphan-alias", 3)),
                List.of(new Finding(Finding.Severity.WARNING, "ofac-sdn", "alt.csv:12", "orphan-alias", "no primary 999")));
        return Snapshot.of(Instant.parse("2026-11-24T00:00:00.123456789Z"), List.of(sdn, un), findings, entities);
    }
}
