package org.chokepoint.match;

import org.chokepoint.model.Address;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Name;
import org.chokepoint.model.Schema;
import org.chokepoint.names.NameNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Screening behaviour on a small hand-made list (the real lists are exercised in the cli module's tests). */
class IndexedScreenerTest {
    private static IndexedScreener screener;

    @BeforeAll
    static void build() {
        screener = IndexedScreener.over(SampleList.entities());
    }

    private static List<Hit> screen(String name, Schema type) {
        return screener.screen(new ScreeningQuery(name, type, null, null));
    }

    private static String top(String name, Schema type) {
        List<Hit> hits = screen(name, type);
        return hits.isEmpty() ? "none" : hits.get(0).entity().key();
    }

    @Test
    void legalFormAndConnectorVariantsFindTheCompany() {
        assertEquals("ofac-sdn:23175", top("Dandong Kehua Economic and Trade", Schema.ORGANIZATION));
        assertEquals("ofac-sdn:23175", top("DANDONG KEHUA ECONOMY AND TRADE COMPANY LIMITED", null));
        assertEquals("ofac-sdn:5", top("OOO AKROL", Schema.ORGANIZATION));
        assertEquals("ofac-sdn:5", top("ООО «Акрол»", Schema.ORGANIZATION));
    }

    @Test
    void aPersianBusinessWordMeetsItsEnglishWordEitherWay() {
        // the UN lists MAHAN AIR; a record may give the Persian name, هواپیمایی ماهان ("airline Mahan"), and the reverse
        Entity english = Entity.builder("un-sc", "m1", Schema.COMPANY).name(Name.primary("MAHAN AIR")).build();
        Entity persian = Entity.builder("un-sc", "m2", Schema.COMPANY).name(Name.primary("هواپیمایی ماهان")).build();
        for (Entity listed : List.of(english, persian)) {
            List<Entity> list = new ArrayList<>(SampleList.entities());
            list.add(listed);
            IndexedScreener s = IndexedScreener.over(list);
            String query = listed == english ? "هواپیمایی ماهان" : "Mahan Air";
            List<Hit> hits = s.screen(new ScreeningQuery(query, Schema.COMPANY, null, null));
            assertEquals(listed.key(), hits.isEmpty() ? "none" : hits.get(0).entity().key(), query);
            List<String> methods = hits.get(0).explanation().tokens().stream().map(Explanation.TokenMatch::method).toList();
            assertTrue(methods.contains("translation"), hits.get(0).explanation().summary());
        }
    }

    /** One line per hit: what a caller sees of it. */
    private static List<String> shown(List<Hit> hits) {
        return hits.stream().map(h -> h.entity().key() + " " + h.score() + " " + h.explanation().summary()).toList();
    }

    @Test
    void aWorkerScoresEachQueryAsIfItWereItsFirst() {
        // one worker's memo of token similarities is the query's only: a run of queries, long and short (the last
        // longer than the words a query keeps), one after another on one screener, scores each as a screener of its
        // own does
        List<String> queries = List.of("Kim Jong Un", "KIM Chong il", "Dandong Kehua Economy and Trade",
                "Muhammad Jamal Abd al Rahim Ahmad al Kashif", "Doku Umarov", "Ya Mahdi Industries Group", "Kim",
                "Ali Mohammed Caboken", "Akrol LLC", "Jong Un", "Song Gang 1", "Chong il Kim Jong Un Umarov Doku",
                "Ali Mohammed Caboken Zavoken Bafoken Cadoken Dagoken Fahoken Gakoken Hamoken Kanoken Lapoken Mazoken Nabo"
                        + "ken Patoken Raloken Safoken Tamoken Vanoken Zaboken Barogen Cavogen Davogen Fazogen Gamogen Hanogen");
        IndexedScreener shared = IndexedScreener.over(SampleList.entities());
        for (int round = 0; round < 2; round++) {
            for (String name : queries) {
                ScreeningQuery q = new ScreeningQuery(name, null, null, null);
                List<String> alone = shown(IndexedScreener.over(SampleList.entities()).screen(q, 0.5));
                assertEquals(alone, shown(shared.screen(q, 0.5)), name);
                if (q.name().split(" ").length <= NameNormalizer.MAX_TOKENS) assertFalse(alone.isEmpty(), name);
            }
        }
    }

    @Test
    void aCommonWordReachesEveryNameThatHasIt() {
        // retrieval's scratch grows with what a query reaches: "trading" reaches 6,000 names, more than it starts with
        List<Entity> list = new ArrayList<>(SampleList.entities());
        String letters = "bcdfghklmnprstvz";
        for (int i = 0; i < 6000; i++) {
            String word = "" + letters.charAt(i % 16) + "e" + letters.charAt(i / 16 % 16) + "i" + letters.charAt(i / 256 % 16) + "o" + letters.charAt(i / 4096) + "ar";
            list.add(Entity.builder("many", "c" + i, Schema.COMPANY).name(Name.primary(word + " TRADING")).build());
        }
        IndexedScreener many = IndexedScreener.over(list);
        List<Hit> hits = many.screen(new ScreeningQuery("Cevibocar Trading", Schema.COMPANY, null, null));
        assertEquals("many:c4321", hits.get(0).entity().key());
        assertEquals(1.0, hits.get(0).score());
    }

    @Test
    void aNameCopiedByAnotherListIsOneFormScoredOnceAndReportedForBoth() {
        // the CSL republishes SDN names word for word: one form, retrieved and scored once, a hit for each copy
        Entity sdn = Entity.builder("ofac-sdn", "9", Schema.ORGANIZATION).name(Name.primary("KOREA KWANGSON BANKING CORP.")).build();
        Entity csl = Entity.builder("us-csl", "9", Schema.ORGANIZATION).name(Name.primary("Korea Kwangson Banking Corp")).build();
        Entity vessel = Entity.builder("ofac-sdn", "10", Schema.VESSEL).name(Name.primary("KOREA KWANGSON BANKING CORP")).build();
        List<Entity> list = new java.util.ArrayList<>(SampleList.entities());
        list.addAll(List.of(sdn, csl, vessel));
        NameIndex index = NameIndex.build(list);
        int first = list.size() - 3;
        int sdnName = nameOf(index, first), cslName = nameOf(index, first + 1), vesselName = nameOf(index, first + 2);
        assertEquals(sdnName, index.nameForm[cslName], "the copy's form is the first listing's name");
        assertEquals(vesselName, index.nameForm[vesselName], "another schema is another form (the scorer weighs it apart)");
        assertEquals(List.of(cslName), java.util.Arrays.stream(index.sameForm[sdnName]).boxed().toList());
        int kwangson = index.tokenIds.id("kwangson");
        assertEquals(List.of(sdnName, vesselName), java.util.Arrays.stream(index.tokenPostings[kwangson]).boxed().toList(),
                "postings hold the first name of each form only");
        List<Hit> hits = new IndexedScreener(index).screen(new ScreeningQuery("Korea Kwangson Banking", Schema.ORGANIZATION, null, null), 0.85);
        assertEquals(List.of("ofac-sdn:9", "us-csl:9", "ofac-sdn:10"), hits.stream().map(h -> h.entity().key()).toList());
        assertEquals(hits.get(0).score(), hits.get(1).score(), 1e-9);
        assertTrue(hits.get(2).score() < hits.get(1).score(), "a vessel for a company query is marked down: " + hits.get(2));
        assertEquals("Korea Kwangson Banking Corp", hits.get(1).matchedName(), "each copy reports its own published name");
    }

    @Test
    void aCyrillicReadingIsScreenedOnlyWhenItMakesAWordTheListsHave() {
        Entity arabic = Entity.builder("un-sc", "1", Schema.PERSON).name(Name.primary("SABAWI Ibrahim Hasan")).build();
        Entity russian = Entity.builder("uk-hmt", "2", Schema.PERSON).name(Name.primary("VASILEV Igor Sergeyevich")).build();
        IndexedScreener two = IndexedScreener.over(List.of(arabic, russian));
        // German letters of a Russian name that no list writes: the reading is what the lists write
        assertEquals(List.of(new IndexedScreener.Alternative("igor vasilev", "read as")), two.alternatives("Igor Wassilew", Schema.PERSON));
        // the list writes the Arabic name with its w: reading it as German would only respell it
        assertEquals(List.of(), two.alternatives("Sabawi Ibrahim", Schema.PERSON));
        // a w word the lists do not have, read as one a typo away from theirs ("sergeevich" / "sergeyevich")
        assertEquals(List.of(new IndexedScreener.Alternative("igor sergeevich", "read as")), two.alternatives("Igor Sergeewitsch", Schema.PERSON));
        assertEquals("uk-hmt:2", two.screen(new ScreeningQuery("Igor Sergejewitsch WASSILEW", Schema.PERSON, null, null)).get(0).entity().key());
    }

    @Test
    void aWordsTypoPartnersAreTheListWordsOneEditAway() {
        List<Entity> people = new java.util.ArrayList<>();
        for (String name : List.of("HASSAN Ali", "HASAN Omar", "HASSIN Umar", "HASSANI Adel", "HUSSAIN Reza", "AHSSAN Bilal")) {
            people.add(Entity.builder("test", String.valueOf(people.size()), Schema.PERSON).name(Name.primary(name)).build());
        }
        NameIndex index = NameIndex.build(people);
        int hassan = index.tokenIds.id("hassan");
        // one more (hassani), one less (hasan), one changed (hassin), two exchanged (ahssan); hussain is two edits off
        assertEquals(java.util.Set.of("hassani", "hasan", "hassin", "ahssan"), java.util.Arrays.stream(index.typoPartners(hassan))
                .mapToObj(t -> index.tokenText[t]).collect(java.util.stream.Collectors.toSet()));
        assertTrue(index.typoPartners(hassan) == index.typoPartners(hassan), "worked out once");
        // a word no list has: every list word one edit away, its own id to leave out being none
        assertEquals(java.util.Set.of("hassan", "hassin"), java.util.Arrays.stream(index.typoPartners("hassun", -1))
                .mapToObj(t -> index.tokenText[t]).collect(java.util.stream.Collectors.toSet()));
        assertEquals(0, index.typoPartners("ali", -1).length, "three letters allow no typo");
    }

    @Test
    void theEstimateHoldsForShortListWordsInLatinLetters() {
        NameIndex index = screener.index();
        assertTrue(QueryName.prepare(index, "Kim Jong Un", Schema.PERSON).estimateHolds());
        assertTrue(QueryName.prepare(index, "Dandong Kehua Trading Co", Schema.ORGANIZATION).estimateHolds(),
                "weak words are counted as if they found partners");
        assertFalse(QueryName.prepare(index, "Kim Jong Unn", Schema.PERSON).estimateHolds(), "a word no list has");
        assertFalse(QueryName.prepare(index, "Hmd Al-Lh", Schema.PERSON).estimateHolds(), "a consonant skeleton");
        assertFalse(QueryName.prepare(index, "Doku Khamatovich UMAROV", Schema.PERSON).estimateHolds(),
                "a list word of ten letters, which allows two typos the typo neighbourhood does not reach");
        assertTrue(QueryName.prepare(index, "Doku UMAROV", Schema.PERSON).estimateHolds());
    }

    @Test
    void aOneWordNameIsCappedAsAnAliasOnlyWhereItIsOne() {
        // the same word, one entry's primary name and another's a.k.a.: two forms, each scored for what it is
        Entity mononym = Entity.builder("un-sc", "1", Schema.PERSON).name(Name.primary("MATIULLAH")).build();
        Entity aka = Entity.builder("un-sc", "2", Schema.PERSON).name(Name.primary("Matiullah KHAN"))
                .name(Name.alias("Matiullah", org.chokepoint.model.NameKind.STRONG_ALIAS)).build();
        List<Hit> hits = IndexedScreener.over(List.of(mononym, aka)).screen(new ScreeningQuery("Matiullah", Schema.PERSON, null, null), 0.85);
        assertEquals(List.of("un-sc:1 1.0", "un-sc:2 " + NameScorer.ONE_WORD_ALIAS),
                hits.stream().map(h -> h.entity().key() + " " + h.score()).toList());
    }

    private static int nameOf(NameIndex index, int entity) {
        for (int n = 0; n < index.nameCount(); n++) if (index.nameEntity[n] == entity) return n;
        throw new AssertionError("entity " + entity + " has no name");
    }

    @Test
    void exactNameScoresOneAndExplainsEveryToken() {
        Hit hit = screen("Kim Jong Un", Schema.PERSON).get(0);
        assertEquals("ofac-sdn:1", hit.entity().key());
        assertEquals(1.0, hit.score(), 1e-9);
        assertEquals(3, hit.explanation().tokens().size());
        assertTrue(hit.explanation().tokens().stream().allMatch(t -> t.method().equals("exact")));
        assertTrue(hit.explanation().summary().startsWith("name 1.00"), hit.explanation().summary());
    }

    @Test
    void spellingVariantsAndScriptsMeet() {
        assertEquals("ofac-sdn:1", top("KIM Jong-un", Schema.PERSON));
        assertEquals("ofac-sdn:1", top("kim jongun", Schema.PERSON));
        assertEquals("ofac-sdn:1", top("김정은", Schema.PERSON));
        assertEquals("ofac-sdn:2", top("Kim Jong Il", Schema.PERSON));
        assertEquals("ofac-sdn:3", top("Умаров Доку Хаматович", Schema.PERSON));
        assertEquals("ofac-sdn:4", top("محمد جمال عبدالرحيم أحمد الكاشف", Schema.PERSON));
    }

    @Test
    void personNamesAllowAnyOrderAndAMissingMiddleName() {
        assertEquals("ofac-sdn:3", top("Doku UMAROV", Schema.PERSON));
        assertEquals("ofac-sdn:3", top("Khamatovich Doku Umarov", Schema.PERSON));
    }

    @Test
    void semicolonsSeparateAlternativeNames() {
        // as the UN writes several aliases in one field; the whole string alone would match none of them
        List<Hit> hits = screen("Dokka Umarov; Doku UMAROV; Abu Usman", Schema.PERSON);
        assertEquals("ofac-sdn:3", hits.get(0).entity().key());
        assertEquals(screen("Doku UMAROV", Schema.PERSON).get(0).score(), hits.get(0).score(), 1e-9);
        assertTrue(hits.get(0).explanation().summary().startsWith("alternative \"Doku UMAROV\": name "),
                hits.get(0).explanation().summary());
        assertEquals("ofac-sdn:3", top("; Doku UMAROV ;;", Schema.PERSON));
        assertThrows(IllegalArgumentException.class, () -> screen(" ; ;", Schema.PERSON));
    }

    @Test
    void aLeftOutPatronymicCostsLessThanALeftOutName() {
        // "UMAROV, Doku Khamatovich": the patronymic weighs half when only the list gives it
        ScreeningQuery noPatronymic = new ScreeningQuery("Doku UMAROV", Schema.PERSON, null, null);
        ScreeningQuery noGivenName = new ScreeningQuery("UMAROV Khamatovich", Schema.PERSON, null, null);
        double withoutPatronymic = screener.screen(noPatronymic, 0.5).get(0).score();
        double withoutGivenName = screener.screen(noGivenName, 0.5).get(0).score();
        assertTrue(withoutPatronymic > withoutGivenName, withoutPatronymic + " vs " + withoutGivenName);
        assertTrue(withoutPatronymic >= 0.9, "score " + withoutPatronymic);
        assertTrue(org.chokepoint.names.Patronymics.isPatronymic("khamatovich"));
        assertTrue(org.chokepoint.names.Patronymics.isPatronymic("aleksandrovna"));
        assertFalse(org.chokepoint.names.Patronymics.isPatronymic("bovich"), "too short: a surname of its own");
        assertFalse(org.chokepoint.names.Patronymics.isPatronymic("umarov"));
    }

    @Test
    void typeBirthYearAndCountryMoveTheScore() {
        double plain = screen("Kim Jong Un", Schema.PERSON).get(0).score();
        double wrongType = screener.screen(new ScreeningQuery("Kim Jong Un", Schema.VESSEL, null, null), 0.5).get(0).score();
        assertEquals(plain + EvidenceScorer.TYPE_CONFLICT, wrongType, 1e-9);
        Hit born = screener.screen(new ScreeningQuery("Kim Jong Un", Schema.PERSON, "KP", "1984"), 0.5).get(0);
        assertEquals(1.0, born.score(), 1e-9, "evidence never pushes a score above 1");
        Hit otherYear = screener.screen(new ScreeningQuery("Kim Jong Un", Schema.PERSON, "KP", "1950"), 0.5).get(0);
        assertEquals(1.0 + EvidenceScorer.BIRTH_CONFLICT + EvidenceScorer.COUNTRY_AGREES, otherYear.score(), 1e-9);
        assertTrue(otherYear.explanation().evidence().stream().anyMatch(e -> e.fact().equals("birth date") && e.effect() < 0));
    }

    @Test
    void anUnknownCountryAndAnAddressAbroadAreNoEvidenceAgainst() {
        double plain = screen("Kim Jong Un", Schema.PERSON).get(0).score();
        Hit narnia = screener.screen(new ScreeningQuery("Kim Jong Un", Schema.PERSON, "Narnia", null), 0.5).get(0);
        assertEquals(plain, narnia.score(), 1e-9);
        assertTrue(narnia.explanation().evidence().stream()
                .anyMatch(e -> e.effect() == 0 && e.note().equals("query country 'Narnia' is not a known country; ignored")));
        // a bank with branch addresses abroad: an address is no nationality, so another country costs nothing
        Entity bank = Entity.builder("test", "1", Schema.ORGANIZATION).name(Name.primary("Bank Sepah International"))
                .address(new Address(null, null, "London", null, null, "GB")).address(new Address(null, null, "Paris", null, null, "FR")).build();
        IndexedScreener one = IndexedScreener.over(List.of(bank));
        double bankPlain = one.screen(new ScreeningQuery("Bank Sepah International", Schema.ORGANIZATION, null, null), 0.5).get(0).score();
        assertEquals(bankPlain, one.screen(new ScreeningQuery("Bank Sepah International", Schema.ORGANIZATION, "IR", null), 0.5).get(0).score(), 1e-9);
        assertTrue(one.screen(new ScreeningQuery("Bank Sepah International", Schema.ORGANIZATION, "GB", null), 0.5).get(0)
                .explanation().evidence().stream().anyMatch(e -> e.fact().equals("country") && e.effect() == EvidenceScorer.COUNTRY_AGREES));
        // the entry's own nationality still conflicts
        Hit wrongNationality = screener.screen(new ScreeningQuery("Kim Jong Un", Schema.PERSON, "FR", null), 0.5).get(0);
        assertEquals(plain + EvidenceScorer.COUNTRY_CONFLICT, wrongNationality.score(), 1e-9);
    }

    @Test
    void commonTokensAloneDoNotMakeAHit() {
        assertTrue(screen("Ali Mohammed Hassan Trading Company", Schema.ORGANIZATION).stream()
                .noneMatch(h -> h.entity().source().equals("ofac-sdn")));
        assertEquals("none", top("Feliciano Baldini", Schema.PERSON));
    }

    @Test
    void crossReferencedListingIsFoundWithTheOneThatMatched() {
        List<Hit> hits = screen("YMA College", Schema.ORGANIZATION);
        assertEquals("uk-fcdo:INU0272", hits.get(0).entity().key());
        assertEquals("un-sc:IRe.076", hits.get(1).entity().key());
        assertTrue(hits.get(1).explanation().summary().startsWith("via uk-fcdo:INU0272"));
    }

    @Test
    void digitsMustMatchExactly() {
        assertEquals("ofac-sdn:6", top("SONG GANG 1", Schema.VESSEL));
        assertTrue(screen("SONG GANG 7", Schema.VESSEL).stream().allMatch(h -> h.score() < 0.9));
    }

    @Test
    void badInputIsAClearErrorOrAnEmptyAnswer() {
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> screen("  ", null));
        assertTrue(empty.getMessage().contains("no letters or digits"));
        assertThrows(IllegalArgumentException.class, () -> screen("?!.,;--", null));
        // only legal forms: read word for word, so it meets only list names made of the same words
        assertEquals("none", top("Co., Ltd. LLC", Schema.ORGANIZATION));
        assertFalse(screen("x".repeat(10_000), null).size() > IndexedScreener.MAX_HITS);
        assertEquals("ofac-sdn:1", top("\u202EKim\u0000 Jong\u200F Un\uFFFD", Schema.PERSON));
        assertTrue(screen("Kim Jong Un " + "Pyongyang ".repeat(1000), Schema.PERSON).stream().allMatch(h -> h.score() <= 1.0));
    }

    @Test
    void selectionFindsTheValueAtASortedPosition() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(300);
            float[] v = new float[n];
            for (int i = 0; i < n; i++) v[i] = random.nextInt(round % 2 == 0 ? 5 : 1000) / 7f; // many ties, then few
            float[] sorted = v.clone();
            java.util.Arrays.sort(sorted);
            int pos = random.nextInt(n);
            assertEquals(sorted[pos], CandidateRetriever.select(v.clone(), n, pos), "n=" + n + " pos=" + pos);
        }
    }

    @Test
    void workersAreAsManyAsCallsAtOnceAndGoWithTheScreener() throws Exception {
        // the pool's threads outlive the screener, as a server's threads outlive a snapshot
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            WeakReference<NameIndex> index = screenOnThreads(pool);
            for (int i = 0; i < 50 && index.get() != null; i++) {
                System.gc();
                Thread.sleep(20);
            }
            assertNull(index.get(), "the threads that screened must not keep the index reachable");
        } finally {
            pool.shutdownNow();
        }
    }

    private static WeakReference<NameIndex> screenOnThreads(ExecutorService pool) throws Exception {
        IndexedScreener own = IndexedScreener.over(SampleList.entities());
        ScreeningQuery query = new ScreeningQuery("Dandong Kehua", Schema.ORGANIZATION, null, null);
        List<Future<String>> tops = new ArrayList<>();
        for (int i = 0; i < 200; i++) tops.add(pool.submit(() -> own.screen(query).get(0).entity().key()));
        for (Future<String> top : tops) assertEquals("ofac-sdn:23175", top.get());
        int made = own.workersMade();
        assertTrue(made >= 1 && made <= 4, "workers made: " + made);
        own.screen(query);
        assertEquals(made, own.workersMade(), "a call after the others reuses an idle worker");
        return new WeakReference<>(own.index());
    }
}
