package org.chokepoint.cli;

import org.chokepoint.app.decide.DecisionOptions;
import org.chokepoint.app.Chokepoint;
import org.chokepoint.app.decide.DecisionRun;
import org.chokepoint.app.decide.Judged;
import org.chokepoint.app.json.DecisionJson;
import org.chokepoint.app.terminal.ProgressBar;
import org.chokepoint.app.report.BatchSummary;
import org.chokepoint.app.report.DecisionReport;
import org.chokepoint.app.report.DecisionText;
import org.chokepoint.cases.trail.TrailPayload;
import org.chokepoint.match.Screener;
import org.chokepoint.rules.PartyScreening;
import org.chokepoint.rules.Transaction;
import org.chokepoint.sources.transaction.TransactionFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
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

/** {@code chokepoint decide FILE}: CLEAR / REVIEW / LICENCE REQUIRED / BLOCK for each transaction, every rule cited. */
@Command(name = "decide", mixinStandardHelpOptions = true,
        description = {"Decides transactions (JSON, JSON lines, CSV or XLSX): CLEAR, REVIEW, LICENCE REQUIRED or BLOCK,",
                "with every finding's rule, evidence, citation and effective date. See docs/decide.md for the input layout."})
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
        List<Transaction> txs = new ArrayList<>();
        TransactionFiles.read(file, txs::add);
        Chokepoint engine = CliEngine.get();
        try (CliTrail trail = CliTrail.opening(engine.config())) {
            return decide(engine, trail, txs);
        }
    }

    private int decide(Chokepoint engine, CliTrail trail, List<Transaction> txs) throws IOException {
        DecisionRun run = engine.decisions().prepare(new DecisionOptions(asOf, threshold, decisive, List.of(), ownership));
        List<Judged> decisions;
        try (ProgressBar bar = new ProgressBar("decide", txs.size())) {
            decisions = txs.parallelStream().map(t -> {
                Judged d = run.decide(t);
                bar.step();
                return d;
            }).toList();
        }
        BatchSummary summary = new BatchSummary();
        decisions.forEach(d -> summary.add(d.decision()));
        // each decision serialised once: the trail's digest and the --out file are the same lines
        List<String> lines = decisions.stream().map(DecisionJson::line).toList();
        MessageDigest digest = newSha256();
        for (String line : lines) digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
        trail.record("decide", run.provenance().snapshotId(), TrailPayload.object().put("file", file.toString())
                .put("asOf", asOf == null ? null : asOf.toString()).put("transactions", decisions.size()).put("verdicts", summary.line())
                .put("snapshot", run.provenance().snapshotId()).put("resultSha256", HexFormat.of().formatHex(digest.digest())));
        PrintWriter stdout = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        if (out != null) {
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                for (String line : lines) {
                    w.write(line);
                    w.newLine();
                }
            }
        } else {
            for (int i = 0; i < decisions.size(); i++) {
                stdout.print(json ? lines.get(i) + "\n" : DecisionText.render(decisions.get(i).decision(), all) + "\n");
            }
        }
        if (!json) stdout.println(summary.line());
        stdout.flush();
        if (report != null) {
            Files.writeString(report, DecisionReport.html("Chokepoint decisions: " + file.getFileName(),
                    "Evaluated " + run.today() + (asOf == null ? " as of each transaction's date" : " as of " + asOf) + "; " + run.provenanceLine(),
                    summary), StandardCharsets.UTF_8);
            System.err.println("report written to " + report);
        }
        return 0;
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
