package org.chokepoint.cli.screen;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chokepoint.app.Chokepoint;
import org.chokepoint.app.ServedSnapshot;
import org.chokepoint.app.json.HitJson;
import org.chokepoint.app.json.ScreeningJson;
import org.chokepoint.app.screen.IdentifierScreening;
import org.chokepoint.app.screen.NameCut;
import org.chokepoint.app.screen.Screening;
import org.chokepoint.app.screen.ScreeningRequest;
import org.chokepoint.app.screen.ScreeningService;
import org.chokepoint.app.terminal.ProgressBar;
import org.chokepoint.cases.monitor.Digest;
import org.chokepoint.cases.trail.TrailPayload;
import org.chokepoint.cli.CliEngine;
import org.chokepoint.cli.CliTrail;
import org.chokepoint.cli.InputFile;
import org.chokepoint.cli.OutputFile;
import org.chokepoint.match.Explanation;
import org.chokepoint.match.Hit;
import org.chokepoint.match.NameIndex;
import org.chokepoint.match.Screener;
import org.chokepoint.match.ScreeningQuery;
import org.chokepoint.model.Schema;
import org.chokepoint.sources.tabular.TextInput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * {@code chokepoint screen}: one name against every bundled list (a table of hits with their explanations, or
 * JSON; near misses when nothing reaches the threshold), one identifier ({@code --id "IMO 8712362"}: the entries
 * that publish it), or a whole file of names ({@code --in}/{@code --out}, JSON lines out, one line per input in order).
 */
@Command(name = "screen", mixinStandardHelpOptions = true,
        description = {"Screens names against every sanctions and export-control list.",
                "One name: chokepoint screen \"Kim Jong Un\" [--type person] [--country KP] [--birth-date 1984]",
                "          with no hit, the closest entries from 0.70 up to the threshold are listed as near misses (not hits)",
                "A number: chokepoint screen --id \"IMO 8712362\" (IMO, passport, national id, registration, tax, SWIFT/BIC)",
                "A file:   chokepoint screen --in names.csv --out hits.jsonl",
                "Input files: JSON lines {\"id\",\"name\",\"type\",\"country\",\"birthDate\"} or CSV id,name[,type,country,birthDate].",
                "Exit status: 0 every record screened; 1 some records in error (each one an error line in the output) or no"
                        + " record at all; 2 bad usage or an unreadable input."})
public final class ScreenCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "NAME", description = "The name to screen")
    String name;

    @Option(names = "--type", description = "person, organization, vessel or aircraft")
    String type;

    @Option(names = "--country", description = "Country of the party (ISO code or name in any language), raises or lowers scores")
    String country;

    @Option(names = "--birth-date", description = "Birth date or year of a person (1984-01-08, 1984)")
    String birthDate;

    @Option(names = "--threshold", description = "Report hits scoring at least this (default ${DEFAULT-VALUE})")
    double threshold = Screener.DEFAULT_THRESHOLD;

    @Option(names = "--json", description = "Print the single result as JSON")
    boolean json;

    @Option(names = "--id", paramLabel = "IDENTIFIER", description = "Find the entries that publish this identifier (IMO,"
            + " passport, national id, registration or tax number, SWIFT/BIC); case, spaces, punctuation and an IMO prefix are ignored")
    String identifier;

    @Option(names = "--in", description = "Batch input file (JSON lines or CSV)")
    Path in;

    @Option(names = "--out", description = "Batch output file (JSON lines); standard output when omitted")
    Path out;

    @Option(names = "--explain", description = "How much explanation each batch result carries: full (every word's match, method"
            + " and weight), summary (the one-line summary and the evidence) or none (default ${DEFAULT-VALUE})")
    String explain = "summary";

    @Option(names = "--threads", description = "Threads for a batch (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static final int CHUNK = 8192;
    /** The parsed {@link #explain}, checked before the lists are loaded. */
    private ScreeningJson.Explain level;

    @Override
    public Integer call() throws Exception {
        if (!(threshold >= 0 && threshold <= 1)) throw new IllegalArgumentException("--threshold must be between 0 and 1, not " + threshold); // NaN too
        if ((name == null ? 0 : 1) + (in == null ? 0 : 1) + (identifier == null ? 0 : 1) != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give one of a NAME, --id IDENTIFIER or --in FILE");
        }
        if (identifier != null && (type != null || country != null || birthDate != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--id takes no --type, --country or --birth-date");
        }
        if (in != null) InputFile.check(in, "--in");
        if (out != null) OutputFile.check(out, "--out");
        level = ScreeningJson.Explain.parse(explain);
        if (name != null) checkQuery(spec.commandLine().getErr()); // before the lists and the index are loaded
        if (identifier != null) ScreeningService.checkIdentifier(identifier);
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        Chokepoint engine = CliEngine.get();
        try (CliTrail trail = CliTrail.opening(engine.config())) {
            return screen(engine, trail, err, t0);
        }
    }

    private int screen(Chokepoint engine, CliTrail trail, PrintWriter err, long t0) throws Exception {
        ServedSnapshot snapshot = engine.snapshot().current();
        if (in == null || System.console() != null) {
            NameIndex index = snapshot.screener().index();
            err.printf(Locale.ROOT, "%,d list entries, %,d names indexed, ready in %.1f s%n", index.entities().size(),
                    index.nameCount(), (System.nanoTime() - t0) / 1e9);
        }
        if (identifier != null) return byIdentifier(engine, trail, snapshot);
        return in == null ? single(engine, trail, snapshot) : batch(engine, trail, snapshot, err);
    }

    private int single(Chokepoint engine, CliTrail trail, ServedSnapshot snapshot) {
        Schema schema = parseType(type);
        var result = engine.screening().screenOne(snapshot, new ScreeningRequest(name, new ScreeningQuery(name, schema, country, birthDate), threshold));
        String answer = json ? HitJson.result(result).toPrettyString() + "\n" : table(result.hits(), result.nearMisses());
        TrailPayload query = TrailPayload.object().put("name", name).put("type", type).put("country", country)
                .put("birthDate", birthDate).put("threshold", threshold);
        trail.record("screen", snapshot.id(), TrailPayload.object().put("query", query).put("snapshot", snapshot.id())
                .put("hits", result.hits().size()).put("resultSha256", Digest.sha256(answer)));
        PrintWriter o = spec.commandLine().getOut();
        o.print(answer);
        o.flush();
        return 0;
    }

    private int byIdentifier(Chokepoint engine, CliTrail trail, ServedSnapshot snapshot) {
        IdentifierScreening result = engine.screening().screenIdentifier(snapshot, identifier);
        String answer = json ? HitJson.result(result).toPrettyString() + "\n"
                : result.hits().isEmpty() ? String.format("No list entry publishes the identifier \"%s\".%n", identifier)
                : rows(new StringBuilder(), result.hits()).toString();
        trail.record("screen", snapshot.id(), TrailPayload.object().put("query", TrailPayload.object().put("identifier", identifier))
                .put("snapshot", snapshot.id()).put("hits", result.hits().size()).put("resultSha256", Digest.sha256(answer)));
        PrintWriter o = spec.commandLine().getOut();
        o.print(answer);
        o.flush();
        return 0;
    }

    /** The hits (or, when there are none, the near misses) as the terminal shows them (and as the trail's digest covers them). */
    private String table(List<Hit> hits, List<Hit> nearMisses) {
        if (hits.isEmpty()) {
            String none = String.format(Locale.ROOT, "No hits at or above %.2f for \"%s\".%n", threshold, name);
            if (nearMisses.isEmpty()) return none;
            StringBuilder o = new StringBuilder(none).append(String.format(Locale.ROOT,
                    "Near misses (scored from %.2f to below %.2f; not hits, for a look):%n", ScreeningService.NEAR_MISS_FLOOR, threshold));
            return rows(o, nearMisses).toString();
        }
        return rows(new StringBuilder(), hits).toString();
    }

    private static StringBuilder rows(StringBuilder o, List<Hit> hits) {
        o.append(String.format(Locale.ROOT, "%-3s %-6s %-26s %-13s %s%n", "#", "score", "list entry", "type", "name"));
        int rank = 1;
        for (Hit h : hits) {
            o.append(String.format(Locale.ROOT, "%-3d %-6.3f %-26s %-13s %s%n", rank++, h.score(), shorten(h.entity().key(), 26),
                    h.entity().schema().name().toLowerCase(Locale.ROOT), h.matchedName()));
            Explanation e = h.explanation();
            o.append(String.format("          %s%n", e.summary()));
            for (Explanation.Evidence ev : e.evidence()) {
                o.append(String.format(Locale.ROOT, "          %s %+.2f: %s%n", ev.fact(), ev.effect(), ev.note()));
            }
        }
        return o;
    }

    private int batch(Chokepoint engine, CliTrail trail, ServedSnapshot snapshot, PrintWriter err) throws Exception {
        ScreeningService screening = engine.screening();
        TextInput.Scan scan = TextInput.scan(in); // counts the lines for the progress bar, finds bytes that are not UTF-8
        if (scan.warning() != null) err.println("warning: " + scan.warning());
        MessageDigest output = MessageDigest.getInstance("SHA-256");
        int errors = 0;
        long records = 0;
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try (BatchInput input = new BatchInput(in, scan);
             OutputFile file = out == null ? null : OutputFile.create(out);
             ProgressBar bar = new ProgressBar("screening", scan.lines())) {
            OutputStream w = file == null ? new BufferedOutputStream(System.out, 1 << 20) : file.stream();
            // the pool screens one chunk while this thread writes the one before and reads the one after
            Future<Line[]> running = screenChunk(pool, screening, snapshot, input.next(CHUNK), bar);
            while (running != null) {
                List<BatchInput.Record> following = input.next(CHUNK);
                Future<Line[]> next = following.isEmpty() ? null : screenChunk(pool, screening, snapshot, following, bar);
                for (Line line : running.get()) {
                    w.write(line.json());
                    w.write('\n');
                    output.update(line.json());
                    output.update((byte) '\n');
                    if (line.error()) errors++;
                    records++;
                }
                running = next;
            }
            if (file != null) file.commit();
            else w.flush();
        } finally {
            pool.shutdown();
        }
        trail.record("screen", snapshot.id(), TrailPayload.object().put("file", in.toString())
                .put("records", records).put("errors", errors).put("threshold", threshold).put("explain", level.name().toLowerCase(Locale.ROOT))
                .put("out", out == null ? null : out.toString())
                .put("snapshot", snapshot.id()).put("resultSha256", HexFormat.of().formatHex(output.digest())));
        err.printf(Locale.ROOT, "%,d records screened, %,d with errors%s%n", records, errors,
                out == null ? "" : ", results in " + out);
        if (records == 0) {
            err.println("warning: " + in + " holds no record to screen");
            return 1;
        }
        return errors > 0 ? 1 : 0; // a batch with failed records must not look like a clean run to a script
    }

    /** One output line, as UTF-8 JSON, and whether it reports an error. */
    private record Line(byte[] json, boolean error) {
    }

    private Future<Line[]> screenChunk(ForkJoinPool pool, ScreeningService screening, ServedSnapshot snapshot,
                                       List<BatchInput.Record> chunk, ProgressBar bar) {
        if (chunk.isEmpty()) return null;
        return pool.submit(() -> {
            Line[] lines = new Line[chunk.size()];
            IntStream.range(0, chunk.size()).parallel().forEach(i -> {
                lines[i] = screenOne(screening, snapshot, chunk.get(i));
                bar.step();
            });
            return lines;
        });
    }

    private Line screenOne(ScreeningService screening, ServedSnapshot snapshot, BatchInput.Record r) {
        if (r.error() != null) return error(HitJson.error(r.id(), r.line(), r.error()));
        try {
            Screening result = screening.screen(snapshot, new ScreeningRequest(r.id(), r.query(), threshold));
            ByteArrayBuilder bytes = new ByteArrayBuilder(512);
            try (JsonGenerator g = HitJson.JSON.getFactory().createGenerator(bytes)) {
                ScreeningJson.write(g, result, level);
            }
            return new Line(bytes.toByteArray(), false);
        } catch (IllegalArgumentException e) {
            return error(HitJson.error(r.id(), r.line(), in.getFileName() + " line " + r.line() + ": " + e.getMessage()));
        } catch (IOException | RuntimeException e) {
            return error(HitJson.error(r.id(), r.line(), in.getFileName() + " line " + r.line() + ": cannot screen (" + (e.getMessage() == null ? "internal error" : e.getMessage()) + ")"));
        }
    }

    private static Line error(ObjectNode json) {
        return new Line(json.toString().getBytes(StandardCharsets.UTF_8), true);
    }

    /** A birth date the matcher would ignore, or a name it cannot match, fails here, at once; a cut name is said. */
    private void checkQuery(PrintWriter err) {
        if (name.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new IllegalArgumentException("the name '" + name + "' has no letters or digits to match");
        }
        if (birthDate != null && !BIRTH_DATE.matcher(birthDate.strip()).matches()) {
            throw new IllegalArgumentException("--birth-date '" + birthDate + "' is not a date: give 1984-01-08, 1984-01 or 1984");
        }
        if (birthDate != null && birthDate.strip().length() == 10) {
            try {
                java.time.LocalDate.parse(birthDate.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("--birth-date '" + birthDate + "' is not a day of the calendar");
            }
        }
        parseType(type);
        for (String note : NameCut.notes(name)) err.println("note: " + note);
    }

    private static final java.util.regex.Pattern BIRTH_DATE = java.util.regex.Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

    private static Schema parseType(String type) {
        if (type == null) return null;
        return Schema.parse(type).orElseThrow(() -> new IllegalArgumentException(
                "unknown --type '" + type + "' (person, organization, company, vessel or aircraft)"));
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
