package org.chokepoint.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Writes the input of the end-to-end batch benchmark: both development name sets, interleaved and repeated, as
 * {@code chokepoint screen --in} reads them (JSON lines {@code {"id","name","type"}} or CSV {@code id,name,type}),
 * ids {@code b0000001}… so the output can be checked for completeness and order. Example: {@code --lines 1000000}
 * gives 1,000,000 lines, about 75 MB, of which four in five are positives of the dev sets and one in five negatives.
 * <pre>
 * java -jar bench/target/chokepoint-bench.jar batch-input --lines 1000000 --out /tmp/e2e-1m.jsonl
 * time ./chokepoint screen --in /tmp/e2e-1m.jsonl --out /tmp/e2e-1m.hits.jsonl
 * </pre>
 */
@Command(name = "batch-input", mixinStandardHelpOptions = true,
        description = "Writes N lines of screening input (the dev sets repeated) for the end-to-end batch benchmark.")
public final class BatchInputBench implements Callable<Integer> {
    @Option(names = "--lines", defaultValue = "1000000", description = "Lines to write (default ${DEFAULT-VALUE}).")
    int lines;

    @Option(names = "--out", required = true, description = "File to write; .csv writes CSV, anything else JSON lines.")
    Path out;

    @Option(names = "--eval", description = "Folder of the development sets (default: the chokepoint.eval property or ../shared/eval).")
    Path eval;

    @Override
    public Integer call() throws IOException {
        Path dir = eval != null ? eval : Path.of(System.getProperty("chokepoint.eval", "../shared/eval"));
        List<EvalQuery> a = EvalQuery.read(dir.resolve("names-dev.jsonl"));
        List<EvalQuery> b = EvalQuery.read(dir.resolve("names-dev-2.jsonl"));
        List<EvalQuery> all = new ArrayList<>(a.size() + b.size());
        for (int i = 0, j = 0; i < a.size() || j < b.size(); ) { // interleaved in proportion, so any prefix is a mix
            if (j >= b.size() || (i < a.size() && (long) i * b.size() <= (long) j * a.size())) all.add(a.get(i++));
            else all.add(b.get(j++));
        }
        boolean csv = out.getFileName().toString().endsWith(".csv");
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.setRootValueSeparator(new SerializedString("\n"));
            if (csv) w.write("id,name,type\n");
            for (int k = 0; k < lines; k++) {
                EvalQuery q = all.get(k % all.size());
                String id = String.format("b%07d", k + 1);
                String type = q.type() == null ? "" : q.type().name().toLowerCase(java.util.Locale.ROOT);
                if (csv) {
                    w.write(id + "," + Csv.field(q.name(), ',') + "," + type + "\n");
                    continue;
                }
                g.writeStartObject();
                g.writeStringField("id", id);
                g.writeStringField("name", q.name());
                if (!type.isEmpty()) g.writeStringField("type", type);
                g.writeEndObject();
            }
            if (!csv && lines > 0) g.writeRaw('\n');
        }
        System.out.printf("wrote %,d lines (%,d distinct queries of both dev sets) to %s, %,d bytes%n",
                lines, all.size(), out, Files.size(out));
        return 0;
    }
}
