package org.chokepoint.app.screen;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.chokepoint.app.ServedSnapshot;
import org.chokepoint.app.TestEngine;
import org.chokepoint.match.Hit;
import org.chokepoint.match.ScreeningQuery;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Name;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Screening is a function of the query and the snapshot: the same queries give the same hits, scores and
 * explanations screened one after another, again, and on pools of one and four threads. The queries are names of
 * the bundled lists, picked by the seed and damaged as users type them (a letter dropped, two swapped, words in
 * another order, case changed).
 */
class ScreeningPropertiesTest {
    private static List<String> answers(ScreeningService screening, ServedSnapshot snapshot, List<String> names, int threads)
            throws Exception {
        String[] out = new String[names.size()];
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.range(0, names.size()).parallel().forEach(i -> out[i] = describe(
                    screening.screen(snapshot, new ScreeningRequest("q" + i, ScreeningQuery.of(names.get(i)), 0.7)).hits()))).get();
        } finally {
            pool.shutdown();
        }
        return List.of(out);
    }

    private static String describe(List<Hit> hits) {
        StringBuilder s = new StringBuilder();
        for (Hit h : hits) s.append(h.entity().key()).append(' ').append(h.matchedName()).append(' ').append(h.score())
                .append(' ').append(h.explanation().summary()).append('\n');
        return s.toString();
    }

    private static String damaged(String name, Random r) {
        StringBuilder s = new StringBuilder(name);
        switch (r.nextInt(5)) {
            case 0 -> { if (s.length() > 3) s.deleteCharAt(r.nextInt(s.length())); }
            case 1 -> {
                if (s.length() > 3) {
                    int i = r.nextInt(s.length() - 1);
                    char c = s.charAt(i);
                    s.setCharAt(i, s.charAt(i + 1));
                    s.setCharAt(i + 1, c);
                }
            }
            case 2 -> {
                List<String> words = new ArrayList<>(List.of(name.split(" ")));
                java.util.Collections.reverse(words);
                return String.join(" ", words);
            }
            case 3 -> { return name.toLowerCase(java.util.Locale.ROOT); }
            default -> { }
        }
        return s.toString();
    }

    @Property(tries = 8)
    void theSameQueriesGiveTheSameHitsWhateverTheThreads(@ForAll @IntRange(min = 0, max = 1_000_000) int seed) throws Exception {
        ServedSnapshot snapshot = TestEngine.shared().snapshot().current();
        ScreeningService screening = TestEngine.shared().screening();
        Random r = new Random(seed);
        List<String> names = new ArrayList<>();
        int size = snapshot.snapshot().size();
        while (names.size() < 40) {
            Entity e = snapshot.snapshot().entities().get(r.nextInt(size));
            Name n = e.names().get(r.nextInt(e.names().size()));
            names.add(damaged(n.value(), r));
        }
        List<String> one = answers(screening, snapshot, names, 1);
        assertEquals(one, answers(screening, snapshot, names, 1), "again on one thread");
        assertEquals(one, answers(screening, snapshot, names, 4), "on four threads");
    }
}
