package org.chokepoint.sources.snapshot;

import org.chokepoint.match.IndexedScreener;
import org.chokepoint.match.NameIndex;
import org.chokepoint.match.ScreeningQuery;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Schema;
import org.chokepoint.model.Snapshot;
import org.chokepoint.sources.ListCatalog;
import org.chokepoint.sources.testing.DataDir;
import org.chokepoint.sources.ListSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stored index of real lists (UN, UK, OpenSanctions) screens exactly as the index built in memory. */
class BundledIndexTest {
    private static Snapshot snapshot;

    @TempDir
    static Path home;

    @BeforeAll
    static void build() throws IOException {
        List<ListSource> slice = ListCatalog.bundled(DataDir.get()).stream()
                .filter(s -> Set.of("un-sc", "uk-fcdo", "opensanctions").contains(s.source())).toList();
        snapshot = new SnapshotBuilder().sources(slice).build().snapshot();
    }

    /** Hand-picked queries of every kind, and a spread of real names with a typo and with the words reversed. */
    private static List<String> queries() {
        List<String> q = new ArrayList<>(List.of("Kim Jong Un", "KIM Jong-un", "kim jongun", "Kim Jung Un", "김정은", "윤호진",
                "리제선", "Юн Хо Джин", "Шойгу Сергей Кужугетович", "Shoigu Sergei", "محمد جمال عبدالرحيم أحمد الكاشف",
                "Korea Mining Development Trading Corporation", "KOMID", "Korea Mining Developmnet Trading Corp",
                "OOO Akrol", "ООО «Вагнер»", "Private Military Company Wagner", "Al-Qaida", "Al Qaeda in the Arabian Peninsula",
                "Tradinvest Bank LLC", "AO Almaz-Antey", "АО Концерн ВКО Алмаз-Антей", "Hamas", "Mohammed; Ali Hassan"));
        List<Entity> all = snapshot.entities();
        for (int i = 0; i < all.size(); i += 97) {
            String name = all.get(i).primaryName().value();
            q.add(name);
            if (name.length() > 6) q.add(name.substring(0, 3) + name.substring(4)); // one letter left out
            String[] words = name.split(" ");
            if (words.length > 1) q.add(words[words.length - 1] + " " + words[0]);
        }
        return q;
    }

    @Test
    void storedIndexScreensExactlyAsTheBuiltOne() throws IOException {
        SnapshotStore store = new SnapshotStore(home);
        store.save(snapshot);
        assertTrue(Files.size(store.indexPathOf(snapshot.id())) > 0);
        LoadedIndex loaded = store.loadOrBuildIndex(snapshot);
        assertEquals(LoadedIndex.Origin.READ, loaded.origin());
        IndexedScreener fresh = new IndexedScreener(NameIndex.build(snapshot.entities()));
        IndexedScreener stored = new IndexedScreener(loaded.index());
        int withHits = 0;
        List<String> queries = queries();
        for (String name : queries) {
            for (Schema type : new Schema[]{null, Schema.PERSON, Schema.ORGANIZATION}) {
                ScreeningQuery q = new ScreeningQuery(name, type, null, null);
                var expected = fresh.screen(q, 0.7);
                assertEquals(expected, stored.screen(q, 0.7), name + " as " + type);
                if (!expected.isEmpty()) withHits++;
            }
        }
        assertTrue(withHits > queries.size(), "the queries find something: " + withHits);
        assertFalse(fresh.screen(new ScreeningQuery("Юн Хо Джин", Schema.PERSON, null, null), 0.7).isEmpty());
    }
}
