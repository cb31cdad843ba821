package org.chokepoint.match;

import org.chokepoint.model.Address;
import org.chokepoint.model.Entity;
import org.chokepoint.model.FindingsSummary;
import org.chokepoint.model.Name;
import org.chokepoint.model.Schema;
import org.chokepoint.model.Snapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A stored index decodes to the index that was built, and a file that is not exactly that index is refused. */
class NameIndexCodecTest {
    /** Latin, Hangul, Cyrillic, Arabic, typos, joined words, legal forms, cross-references, alternatives. */
    static final List<String> QUERIES = List.of("Kim Jong Un", "KIM Jong-un", "kim jongun", "김정은", "Kim Jong Il",
            "Умаров Доку Хаматович", "Doku UMAROV", "Dokka Umarov; Doku UMAROV; Abu Usman",
            "محمد جمال عبدالرحيم أحمد الكاشف", "Dandong Kehua Economic and Trade", "DANDONG KEHUA ECONOMY AND TRADE COMPANY LIMITED",
            "OOO AKROL", "ООО «Акрол»", "Akrol LLC", "Dandong Kehau Ekonomy", "YMA College", "SONG GANG 1", "SONG GANG 7",
            "Ali Mohammed Hassan Trading Company", "Co., Ltd. LLC", "Mohamed Ali Bafoben");

    private static Snapshot snapshot;
    private static NameIndex built;
    private static byte[] file;

    @BeforeAll
    static void build() {
        snapshot = Snapshot.of(Instant.parse("2026-12-01T00:00:00Z"), List.of(), FindingsSummary.empty(), SampleList.entities());
        built = NameIndex.build(snapshot.entities());
        file = NameIndexCodec.encode(built, snapshot);
    }

    @Test
    void decodedIndexHoldsEveryTableOfTheBuiltOne() throws NameIndexFormatException {
        NameIndex back = NameIndexCodec.decode(file, snapshot);
        assertSameIndex(built, back);
        assertSame(snapshot.entities().get(7), back.entities().get(7), "bound to the snapshot's own entities");
    }

    @Test
    void decodedIndexScreensExactlyAsTheBuiltOne() throws NameIndexFormatException {
        IndexedScreener fresh = new IndexedScreener(built);
        IndexedScreener decoded = new IndexedScreener(NameIndexCodec.decode(file, snapshot));
        for (String q : QUERIES) {
            for (Schema type : new Schema[]{null, Schema.PERSON, Schema.ORGANIZATION}) {
                ScreeningQuery query = new ScreeningQuery(q, type, "KP", "1984");
                List<Hit> expected = fresh.screen(query, 0.5);
                assertEquals(expected, decoded.screen(query, 0.5), q + " as " + type);
                assertEquals(fresh.candidateKeys(query, Screener.DEFAULT_THRESHOLD), decoded.candidateKeys(query, Screener.DEFAULT_THRESHOLD), q);
            }
        }
        assertFalse(fresh.screen(new ScreeningQuery("김정은", null, null, null), 0.5).isEmpty());
    }

    @Test
    void encodingIsDeterministic() {
        assertArrayEquals(file, NameIndexCodec.encode(NameIndex.build(snapshot.entities()), snapshot));
    }

    @Test
    void everyTruncationIsRefused() {
        for (int len = 0; len < file.length; len++) {
            byte[] cut = Arrays.copyOf(file, len);
            NameIndexFormatException e = assertThrows(NameIndexFormatException.class, () -> NameIndexCodec.decode(cut, snapshot),
                    "cut at " + len);
            assertEquals(NameIndexFormatException.Problem.DAMAGED, e.problem(), e.getMessage());
        }
    }

    @Test
    void everyFlippedByteIsRefused() {
        for (int i = 0; i < file.length; i++) {
            byte[] bad = file.clone();
            bad[i] ^= 0x10;
            assertThrows(NameIndexFormatException.class, () -> NameIndexCodec.decode(bad, snapshot), "byte " + i + " flipped");
        }
        byte[] tail = file.clone();
        tail[tail.length - 1] ^= 1;
        assertTrue(assertThrows(NameIndexFormatException.class, () -> NameIndexCodec.decode(tail, snapshot))
                .getMessage().contains("checksum"));
        byte[] longer = Arrays.copyOf(file, file.length + 1);
        assertEquals(NameIndexFormatException.Problem.DAMAGED,
                assertThrows(NameIndexFormatException.class, () -> NameIndexCodec.decode(longer, snapshot)).problem());
    }

    @Test
    void anotherMatcherVersionIsRefusedAsOutdated() {
        byte[] older = NameIndexCodec.encode(built, snapshot.id(), "names-0");
        NameIndexFormatException e = assertThrows(NameIndexFormatException.class, () -> NameIndexCodec.decode(older, snapshot));
        assertEquals(NameIndexFormatException.Problem.OUTDATED, e.problem());
        assertTrue(e.getMessage().contains("names-0") && e.getMessage().contains(MatcherVersion.VERSION), e.getMessage());
        assertFalse(NameIndexCodecTest.header(older).fits(snapshot.id(), snapshot.size()));
        byte[] otherFormat = file.clone();
        otherFormat[NameIndexCodec.MAGIC.length + 1]++;
        assertEquals(NameIndexFormatException.Problem.OUTDATED,
                assertThrows(NameIndexFormatException.class, () -> NameIndexCodec.decode(otherFormat, snapshot)).problem());
    }

    @Test
    void theIndexOfAnotherSnapshotIsRefused() {
        List<Entity> more = new ArrayList<>(snapshot.entities());
        more.add(Entity.builder("un-sc", "KPi.001", Schema.PERSON).name(Name.primary("RI PYONG CHOL")).build());
        Snapshot other = Snapshot.of(Instant.EPOCH, List.of(), FindingsSummary.empty(), more);
        NameIndexFormatException e = assertThrows(NameIndexFormatException.class, () -> NameIndexCodec.decode(file, other));
        assertEquals(NameIndexFormatException.Problem.OTHER_SNAPSHOT, e.problem());
        assertTrue(e.getMessage().contains(snapshot.shortId()) && e.getMessage().contains(other.shortId()), e.getMessage());
        // same size, other content: the content id tells them apart
        Snapshot sameSize = Snapshot.restore("0".repeat(64), Instant.EPOCH, List.of(), FindingsSummary.empty(), snapshot.entities());
        assertEquals(NameIndexFormatException.Problem.OTHER_SNAPSHOT,
                assertThrows(NameIndexFormatException.class, () -> NameIndexCodec.decode(file, sameSize)).problem());
        assertThrows(IllegalArgumentException.class, () -> NameIndexCodec.encode(built, other));
    }

    @Test
    void theHeaderReadsFromTheFirstBytesAlone() throws NameIndexFormatException {
        NameIndexCodec.Header h = NameIndexCodec.header(Arrays.copyOf(file, 4096));
        assertEquals(snapshot.id(), h.snapshotId());
        assertEquals(MatcherVersion.VERSION, h.matcherVersion());
        assertEquals(built.nameCount(), h.nameCount());
        assertTrue(h.fits(snapshot.id(), snapshot.size()));
        assertFalse(h.fits(snapshot.id(), snapshot.size() + 1));
    }

    @Test
    void anEmptyListRoundTrips() throws NameIndexFormatException {
        Snapshot empty = Snapshot.of(Instant.EPOCH, List.of(), FindingsSummary.empty(), List.of());
        NameIndex index = NameIndex.build(List.of());
        assertSameIndex(index, NameIndexCodec.decode(NameIndexCodec.encode(index, empty), empty));
    }

    @Test
    void keyTableKeepsKeysThatUtf8WouldConfuse() {
        // a typo key may cut a surrogate pair in two; each half must stay its own key
        List<String> keys = List.of("a\uD840b", "a\uDC00b", "a?b", "\u0000", "", "ĸіє", "a\uD840\uDC00b");
        KeyTable t = KeyTable.of(keys);
        for (int k = 0; k < keys.size(); k++) {
            assertEquals(k, t.id(keys.get(k)));
            assertEquals(keys.get(k), t.key(k));
        }
        assertEquals(-1, t.id("ab"));
    }

    @Test
    void theCitiesOfAddressesTravelWithTheStoredIndex() throws NameIndexFormatException {
        Entity deripaska = Entity.builder("test", "1", Schema.PERSON).name(Name.primary("DERIPASKA, Oleg Vladimirovich"))
                .address(new Address(null, null, "Moscow", "Moskovskaya Oblast", null, "RU")).build();
        Snapshot one = Snapshot.of(Instant.parse("2026-12-01T00:00:00Z"), List.of(), FindingsSummary.empty(), List.of(deripaska));
        NameIndex back = NameIndexCodec.decode(NameIndexCodec.encode(NameIndex.build(one.entities()), one), one);
        assertTrue(back.isPlace("moscow"));
        assertTrue(back.isPlace("moskovskaya oblast"));
        assertFalse(back.isPlace("oleg"));
        // so a record's trailing city is recognised without decoding any entity
        Hit hit = new IndexedScreener(back).screen(new ScreeningQuery("Oleg Vladimirovich DERIPASKA, Moscow", Schema.PERSON, null, null), 0.85).get(0);
        assertTrue(hit.explanation().summary().startsWith("part (without place) \"Oleg Vladimirovich DERIPASKA\""), hit.explanation().summary());
    }

    @Test
    void storedSlotsThatCouldLoopOrPointPastTheKeysAreRefused() {
        KeyTable t = KeyTable.of(List.of("kim", "jong", "un"));
        int[] slots = t.slots();
        assertEquals(8, slots.length, "the power of two at least twice the keys");
        assertEquals(1, KeyTable.over(t.pool, 0, t.ends, slots.clone()).id("jong"));
        int[] full = slots.clone();
        Arrays.fill(full, 1); // no free slot: a miss would probe for ever
        assertThrows(IllegalArgumentException.class, () -> KeyTable.over(t.pool, 0, t.ends, full));
        int[] past = slots.clone();
        for (int i = 0; i < past.length; i++) if (past[i] != 0) past[i] = 9;
        assertThrows(IllegalArgumentException.class, () -> KeyTable.over(t.pool, 0, t.ends, past));
        assertThrows(IllegalArgumentException.class, () -> KeyTable.over(t.pool, 0, t.ends, new int[16]));
    }

    private static NameIndexCodec.Header header(byte[] data) {
        try {
            return NameIndexCodec.header(data);
        } catch (NameIndexFormatException e) {
            throw new AssertionError(e);
        }
    }

    /** Every table of the two indexes holds the same values. */
    static void assertSameIndex(NameIndex a, NameIndex b) {
        assertEquals(a.entities, b.entities);
        assertTrue(Arrays.deepEquals(a.sameAs, b.sameAs), "sameAs");
        assertArrayEquals(a.nameEntity, b.nameEntity, "nameEntity");
        assertArrayEquals(a.nameOrdinal, b.nameOrdinal, "nameOrdinal");
        assertTrue(Arrays.deepEquals(a.nameTokens, b.nameTokens), "nameTokens");
        assertArrayEquals(a.nameWeight, b.nameWeight, "nameWeight");
        assertTrue(Arrays.deepEquals(a.nameWeakTokens, b.nameWeakTokens), "nameWeakTokens");
        assertArrayEquals(a.nameSurname, b.nameSurname, "nameSurname");
        assertArrayEquals(a.nameAbjad, b.nameAbjad, "nameAbjad");
        assertArrayEquals(a.nameForm, b.nameForm, "nameForm");
        assertTrue(Arrays.deepEquals(a.sameForm, b.sameForm), "sameForm");
        for (int i = 0; i < a.nameCount(); i++) assertEquals(a.nameText(i), b.nameText(i));
        assertSameKeys(a.tokenIds, b.tokenIds);
        assertArrayEquals(a.tokenText, b.tokenText, "tokenText");
        assertArrayEquals(a.tokenKind, b.tokenKind, "tokenKind");
        assertArrayEquals(a.tokenWeight, b.tokenWeight, "tokenWeight");
        assertArrayEquals(a.tokenDigits, b.tokenDigits, "tokenDigits");
        assertArrayEquals(a.tokenPatronymic, b.tokenPatronymic, "tokenPatronymic");
        assertArrayEquals(a.tokenSkeleton, b.tokenSkeleton, "tokenSkeleton");
        assertArrayEquals(a.tokenConsonants, b.tokenConsonants, "tokenConsonants");
        assertTrue(Arrays.deepEquals(a.tokenPostings, b.tokenPostings), "tokenPostings");
        assertSameKeys(a.skeletonIds, b.skeletonIds);
        assertArrayEquals(a.skeletonText, b.skeletonText, "skeletonText");
        assertTrue(Arrays.deepEquals(a.skeletonPostings, b.skeletonPostings), "skeletonPostings");
        assertSameKeys(a.consonantIds, b.consonantIds);
        assertArrayEquals(a.consonantText, b.consonantText, "consonantText");
        assertTrue(Arrays.deepEquals(a.consonantPostings, b.consonantPostings), "consonantPostings");
        assertSamePostings(a.deletions, b.deletions);
        assertSamePostings(a.concatPostings, b.concatPostings);
        assertEquals(a.unknownWeight, b.unknownWeight);
        assertSameKeys(a.places, b.places);
        assertArrayEquals(a.places.slots(), b.places.slots(), "place slots");
        assertArrayEquals(a.tokenIds.slots(), b.tokenIds.slots(), "token slots");
    }

    private static void assertSameKeys(KeyTable a, KeyTable b) {
        assertArrayEquals(a.keys(), b.keys());
        for (String k : a.keys()) assertEquals(a.id(k), b.id(k), k);
    }

    private static void assertSamePostings(KeyedPostings a, KeyedPostings b) {
        assertEquals(a.size(), b.size());
        for (String k : a.keys.keys()) assertArrayEquals(a.get(k), b.get(k), k);
    }
}
