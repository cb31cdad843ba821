package org.chokepoint.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chokepoint.app.Chokepoint;
import org.chokepoint.app.Config;
import org.chokepoint.match.Hit;
import org.chokepoint.match.IndexedScreener;
import org.chokepoint.match.Screener;
import org.chokepoint.match.ScreeningQuery;
import org.chokepoint.model.Schema;
import org.chokepoint.names.NameNormalizer;
import org.chokepoint.names.NormalizedName;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The three stages of one screen, each alone, on names of the development set against the active snapshot:
 * normalisation (clean, romanise, tokenise, legal forms), retrieval (the candidate names the index hands to
 * scoring) and the whole screen (retrieval, scoring of up to 200 candidates, evidence, explanations). The
 * difference of the last two is the cost of scoring. Each invocation takes the next of 2,000 names evenly drawn
 * from {@code names-dev.jsonl}, so a result is the mean over a realistic mix, not one name's cost.
 * <pre>
 * java -Dchokepoint.data=../shared/data -Dchokepoint.eval=../shared/eval -Dchokepoint.home=.chokepoint \
 *      -cp bench/target/chokepoint-bench.jar org.openjdk.jmh.Main NamesJmh
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class NamesJmh {
    private static final int NAMES = 2000;

    private IndexedScreener screener;
    private final List<ScreeningQuery> queries = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void load() throws IOException {
        screener = Chokepoint.open(Config.fromEnvironment(), s -> { }).snapshot().current().screener();
        Path eval = Path.of(System.getProperty("chokepoint.eval", "../shared/eval")).resolve("names-dev.jsonl");
        List<ScreeningQuery> all = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(eval, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode n = json.readTree(line);
                String name = n.path("name").asText();
                if (!name.isBlank()) all.add(new ScreeningQuery(name, Schema.parse(n.path("type").asText(null)).orElse(null), null, null));
            }
        }
        for (int k = 0; k < NAMES; k++) queries.add(all.get((int) ((long) k * all.size() / NAMES)));
    }

    private ScreeningQuery nextQuery() {
        ScreeningQuery q = queries.get(next);
        next = next + 1 == queries.size() ? 0 : next + 1;
        return q;
    }

    @Benchmark
    public NormalizedName normalise() {
        ScreeningQuery q = nextQuery();
        NameNormalizer.Mode mode = q.schema() == null ? NameNormalizer.Mode.UNKNOWN
                : q.schema().isPerson() ? NameNormalizer.Mode.PERSON : NameNormalizer.Mode.ORGANIZATION;
        return NameNormalizer.normalize(q.name(), mode);
    }

    @Benchmark
    public List<String> retrieve() {
        try {
            return screener.candidateKeys(nextQuery(), Screener.DEFAULT_THRESHOLD);
        } catch (IllegalArgumentException nothingToMatch) {
            return List.of();
        }
    }

    @Benchmark
    public List<Hit> screen() {
        try {
            return screener.screen(nextQuery(), Screener.DEFAULT_THRESHOLD);
        } catch (IllegalArgumentException nothingToMatch) {
            return List.of();
        }
    }
}
