package org.chokepoint.cli;

import org.chokepoint.app.decide.DecisionOptions;
import org.chokepoint.app.Chokepoint;
import org.chokepoint.app.decide.DecisionRun;
import org.chokepoint.app.decide.Judged;
import org.chokepoint.app.json.DecisionJson;
import org.chokepoint.app.json.HitJson;
import org.chokepoint.app.terminal.ProgressBar;
import org.chokepoint.app.report.BatchSummary;
import org.chokepoint.app.report.DecisionReport;
import org.chokepoint.app.report.DecisionText;
import org.chokepoint.cases.trail.TrailPayload;
import org.chokepoint.match.Screener;
import org.chokepoint.rules.PartyScreening;
import org.chokepoint.rules.Transaction;
import org.chokepoint.sources.transaction.TransactionFiles;
import org.chokepoint.sources.transaction.TransactionRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

/** {@code chokepoint decide FILE}: CLEAR / REVIEW / LICENCE REQUIRED / BLOCK for each transaction, every rule cited. */
@Command(name = "decide", mixinStandardHelpOptions = true,
        description = {"Decide transactions: CLEAR, REVIEW, LICENCE REQUIRED or BLOCK, every finding's rule cited.",
                "Reads JSON, JSON lines, CSV or XLSX; each finding gives its rule, evidence, citation and effective date.",
                "See docs/decide.md for the input layout.",
                "Exit status: 0 every record decided; 1 some records could not be read (each an error line naming its",
                "line) or the file holds none; 2 bad usage or an unreadable file."})
public final class DecideCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "transactions: .json (one object or an array), .jsonl, .csv or .xlsx")
    Path file;

    @Option(names = "--json", description = "write decisions as JSON lines to standard output instead of text")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "write decisions as JSON lines to this file (standard output then shows the totals)")
    Path out;

    @Option(names = "--as-of", paramLabel = "DATE", description = "apply the rules as they stood on this date (default: each transaction's date, else today)")
    LocalDate asOf;

    @Option(names = "--ownership", paramLabel = "FILE.csv", description = "ownership links: owner,owned,share (share in %% or as a fraction)")
    Path ownership;

    @Option(names = "--report", paramLabel = "FILE.html", description = "write a self-contained HTML report of the batch")
    Path report;

    @Option(names = "--all", description = "show informative (CLEAR) findings in the text output too")
    boolean all;

    @Option(names = "--threshold", description = "screening score from which a hit is reported (default ${DEFAULT-VALUE})")
    double threshold = Screener.DEFAULT_THRESHOLD;

    @Option(names = "--decisive", description = "screening score from which a hit takes its list's full effect; weaker hits are REVIEW (default ${DEFAULT-VALUE})")
    double decisive = PartyScreening.DEFAULT_DECISIVE;

    @Override
    public Integer call() throws IOException {
        // everything the user gave is checked before the lists and the index are loaded
        checkUnit("--threshold", threshold);
        checkUnit("--decisive", decisive);
        if (out != null) OutputFile.check(out, "--out");
        if (report != null) OutputFile.check(report, "--report");
        InputFile.check(file, "");
        if (ownership != null) InputFile.check(ownership, "--ownership");
        Chokepoint engine = CliEngine.get();
        try (CliTrail trail = CliTrail.opening(engine.config())) {
            return decide(engine, trail);
        }
    }

    private static void checkUnit(String option, double v) {
        if (!(v >= 0 && v <= 1)) throw new IllegalArgumentException(option + " must be between 0 and 1, not " + v); // NaN too
    }

    /** Records decided together, on all cores; memory holds one chunk, not the file. */
    private static final int CHUNK = 4096;

    /** Decides records chunk by chunk as the reader hands them over and writes each line once, in input order. */
    private final class Batch {
        final DecisionRun run;
        final BatchSummary summary = new BatchSummary();
        final MessageDigest digest = newSha256();
        final List<TransactionRecord> chunk = new ArrayList<>(CHUNK);
        final java.io.Writer sink;
        final ProgressBar bar;
        long records;
        long unreadable;

        Batch(DecisionRun run, java.io.Writer sink, ProgressBar bar) {
            this.run = run;
            this.sink = sink;
            this.bar = bar;
        }

        void accept(TransactionRecord r) {
            chunk.add(r);
            if (chunk.size() == CHUNK) flush();
        }

        void flush() {
            Judged[] decisions = new Judged[chunk.size()];
            IntStream.range(0, chunk.size()).parallel().forEach(i -> {
                Transaction t = chunk.get(i).transaction();
                if (t != null) decisions[i] = run.decide(t);
                bar.step();
            });
            try {
                for (int i = 0; i < decisions.length; i++) {
                    // each record serialised once: the trail's digest and the --out file are the same lines
                    String line;
                    if (decisions[i] == null) {
                        unreadable++;
                        line = HitJson.error(null, chunk.get(i).line(), chunk.get(i).error()).toString();
                    } else {
                        summary.add(decisions[i].decision());
                        line = DecisionJson.line(decisions[i]);
                    }
                    digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
                    if (out != null || json) sink.write(line + "\n");
                    else sink.write(decisions[i] == null ? "error: " + chunk.get(i).error() + "\n\n"
                            : DecisionText.render(decisions[i].decision(), all) + "\n");
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            records += chunk.size();
            chunk.clear();
        }
    }

    private int decide(Chokepoint engine, CliTrail trail) throws IOException {
        DecisionRun run = engine.decisions().prepare(new DecisionOptions(asOf, threshold, decisive, List.of(), ownership));
        PrintWriter stdout = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        Batch batch;
        try (OutputFile f = out == null ? null : OutputFile.create(out); ProgressBar bar = new ProgressBar("decide", -1)) {
            batch = new Batch(run, f == null ? stdout : f.writer(), bar);
            try {
                TransactionFiles.read(file, batch::accept, w -> System.err.println("warning: " + w));
                batch.flush();
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
            if (f != null) f.commit();
        }
        BatchSummary summary = batch.summary;
        trail.record("decide", run.provenance().snapshotId(), TrailPayload.object().put("file", file.toString())
                .put("asOf", asOf == null ? null : asOf.toString()).put("transactions", summary.total()).put("unreadable", batch.unreadable)
                .put("verdicts", summary.line()).put("snapshot", run.provenance().snapshotId())
                .put("resultSha256", HexFormat.of().formatHex(batch.digest.digest())));
        if (!json) stdout.println(summary.line() + (batch.unreadable == 0 ? "" : String.format("; %,d record(s) could not be read", batch.unreadable)));
        stdout.flush();
        if (report != null) {
            Files.writeString(report, DecisionReport.html("Chokepoint decisions: " + file.getFileName(),
                    "Evaluated " + run.today() + (asOf == null ? " as of each transaction's date" : " as of " + asOf) + "; " + run.provenanceLine(),
                    summary), StandardCharsets.UTF_8);
            System.err.println("report written to " + report);
        }
        if (batch.records == 0) {
            System.err.println("warning: " + file + " holds no transaction");
            return 1;
        }
        if (batch.unreadable > 0) System.err.printf("%,d of %,d record(s) could not be read; see the error lines%n", batch.unreadable, batch.records);
        return batch.unreadable > 0 ? 1 : 0; // a batch with records in error must not look like a clean run to a script
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
