package org.chokepoint.sources.snapshot;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.chokepoint.model.Address;
import org.chokepoint.model.Entity;
import org.chokepoint.model.EntityBuilder;
import org.chokepoint.model.FindingsSummary;
import org.chokepoint.model.FuzzyDate;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.Link;
import org.chokepoint.model.LinkType;
import org.chokepoint.model.Name;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;
import org.chokepoint.model.Snapshot;
import org.chokepoint.model.stats.SnapshotDiff;
import org.chokepoint.sources.ListCatalog;
import org.chokepoint.sources.testing.DataDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Invariants of snapshots over generated entities (any text a reader may produce: every Unicode scalar value, empty
 * and long strings) and over the real lists: the codec gives back every entity exactly, whether read whole or
 * opened lazily; a snapshot differs from nothing but itself; the id depends on the content, not on the order or
 * the thread count of the build.
 */
class SnapshotPropertiesTest {
    private static final Instant T = Instant.parse("2026-12-01T00:00:00Z");

    /** Text as readers produce it: well-formed UTF-16 (no lone surrogates), controls and astral characters included. */
    private static Arbitrary<String> text() {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(0x20, 0x7E)),
                Tuple.of(2, Arbitraries.integers().between(0, 0xD7FF)),
                Tuple.of(1, Arbitraries.integers().between(0xE000, 0x10FFFF)));
        return codePoint.list().ofMaxSize(40).map(cps -> {
            StringBuilder s = new StringBuilder();
            cps.forEach(s::appendCodePoint);
            return s.toString();
        });
    }

    private static Arbitrary<String> present() {
        return text().filter(s -> !s.isBlank());
    }

    @Provide
    Arbitrary<Entity> entity() {
        Arbitrary<Name> name = Combinators.combine(present(), Arbitraries.of(NameKind.class),
                        Arbitraries.of("Latn", "Cyrl", "Arab", "Hani"), Arbitraries.of("en", "ru", "ar", "zh").injectNull(0.5))
                .as(Name::new);
        Arbitrary<FuzzyDate> date = Arbitraries.integers().between(1900, 2030).flatMap(y -> Arbitraries.integers().between(1, 365)
                .map(d -> FuzzyDate.day(y + "-" + d, LocalDate.ofYearDay(y, Math.min(d, 365)))));
        Arbitrary<Identifier> id = Combinators.combine(present(), present(), text().injectNull(0.5), text().injectNull(0.5))
                .as(Identifier::new);
        Arbitrary<Address> address = Combinators.combine(text(), text(), text(), text(), text(), Arbitraries.of("IR", "KP", "RU").injectNull(0.3))
                .as(Address::new);
        Arbitrary<Link> link = Combinators.combine(Arbitraries.of(LinkType.class), Arbitraries.strings().alpha().ofMinLength(1).map(s -> "ofac-sdn:" + s),
                present(), Arbitraries.doubles().between(0, 100).injectNull(0.7)).as(Link::new);
        Arbitrary<Map<String, String>> details = Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8), present()).ofMaxSize(4);
        return Combinators.combine(Arbitraries.of("ofac-sdn", "un-sc", "uk-hmt"), Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(8),
                Arbitraries.of(Schema.class), name.list().ofMinSize(1).ofMaxSize(5), date.list().ofMaxSize(3),
                present().list().ofMaxSize(3), id.list().ofMaxSize(3), address.list().ofMaxSize(2)).as((source, sid, schema, names, dates, countries, ids, addresses) -> {
                    EntityBuilder b = Entity.builder(source, sid, schema);
                    names.forEach(b::name);
                    dates.forEach(b::birthDate);
                    countries.forEach(b::country);
                    ids.forEach(b::identifier);
                    addresses.forEach(b::address);
                    return b;
                }).flatMap(b -> Combinators.combine(link.list().ofMaxSize(3), details, text(), present().list().ofMaxSize(2))
                .as((links, d, remarks, programs) -> {
                    links.forEach(b::link);
                    d.forEach(b::detail);
                    programs.forEach(b::program);
                    return b.remarks(remarks).build();
                }));
    }

    @Provide
    Arbitrary<List<Entity>> entities() {
        // unique keys, as a build leaves them
        return entity().list().ofMaxSize(12).map(list -> {
            Map<String, Entity> byKey = new LinkedHashMap<>();
            list.forEach(e -> byKey.putIfAbsent(e.key(), e));
            return new ArrayList<>(byKey.values());
        });
    }

    private static Snapshot snapshot(List<Entity> entities) {
        return Snapshot.of(T, List.of(), FindingsSummary.empty(), entities);
    }

    private static byte[] encode(Snapshot s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SnapshotCodec.standard().write(s, out);
        return out.toByteArray();
    }

    @Property(tries = 100)
    void theCodecGivesBackEveryEntityExactly(@ForAll("entities") List<Entity> entities) throws IOException {
        Snapshot s = snapshot(entities);
        byte[] bytes = encode(s);
        Snapshot read = SnapshotCodec.standard().read(bytes, "generated");
        Snapshot opened = SnapshotCodec.standard().open(bytes, "generated");
        assertEquals(s.id(), read.id());
        assertEquals(s.entities(), read.entities());
        assertEquals(s.entities(), opened.entities());
        assertTrue(read.verifyId(), "the content still hashes to the id");
    }

    @Property(tries = 100)
    void aSnapshotDiffersFromNothingButItselfWhateverTheOrder(@ForAll("entities") List<Entity> entities, @ForAll long seed) {
        List<Entity> shuffled = new ArrayList<>(entities);
        Collections.shuffle(shuffled, new Random(seed));
        Snapshot a = snapshot(entities);
        Snapshot b = snapshot(shuffled);
        assertTrue(SnapshotDiff.between(a, a).isEmpty());
        assertTrue(SnapshotDiff.between(a, b).isEmpty());
        assertEquals(a.id(), b.id(), "the id is of the content, not of the order");
    }

    /** Every entity of three real lists survives the codec, and the build's id does not depend on its threads. */
    @Example
    void realListsRoundTripAndBuildTheSameWithOneOrTwoThreads() throws IOException {
        var data = DataDir.get();
        List<org.chokepoint.sources.ListSource> lists = ListCatalog.bundled(data).stream()
                .filter(s -> List.of("un-sc", "bis-dpl", "ofac-cons").contains(s.source())).toList();
        Snapshot one = new SnapshotBuilder().threads(1).sources(lists).build().snapshot();
        List<org.chokepoint.sources.ListSource> reversed = new ArrayList<>(lists);
        Collections.reverse(reversed);
        Snapshot two = new SnapshotBuilder().threads(2).sources(reversed).build().snapshot();
        assertEquals(one.id(), two.id());
        Snapshot read = SnapshotCodec.standard().read(encode(one), "real");
        assertEquals(one.size(), read.size());
        assertEquals(one.entities(), read.entities());
        assertTrue(SnapshotDiff.between(one, read).isEmpty());
    }
}
