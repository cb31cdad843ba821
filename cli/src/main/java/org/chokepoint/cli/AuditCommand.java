package org.chokepoint.cli;

import org.chokepoint.app.audit.AuditOutcome;
import org.chokepoint.app.audit.AuditService;
import org.chokepoint.app.audit.AuditService.AuditOptions;
import org.chokepoint.app.audit.AuditSummary;
import org.chokepoint.app.audit.CodeJudgement;
import org.chokepoint.app.json.AuditJson;
import org.chokepoint.app.terminal.ProgressBar;
import org.chokepoint.audit.AuditResult;
import org.chokepoint.audit.CodeVerdict;
import org.chokepoint.audit.EvidenceLine;
import org.chokepoint.app.report.AuditHtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** {@code chokepoint audit FILE}: finds codes standing where a country should be, decodes them, judges the records. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Reveals destinations hidden behind codes in an operations export (CSV or other delimited text, JSON lines, XLSX, ODS)",
                "and says which rows hide which country, how sure it is and why.",
                "Exit status: 0 read and nothing hidden, 1 codes found (or rows with no destination whose clues name an embargoed one),",
                "3 the file could not be judged."})
public final class AuditCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the export to audit")
    Path file;

    @Option(names = "--report", paramLabel = "HTML", description = "write a self-contained HTML report here")
    Path report;

    @Option(names = "--json", description = "print the full result as JSON on standard output instead of the summary")
    boolean json;

    @Option(names = "--no-judge", description = "decode only: do not run the decision engine over the decoded records (it loads every list)")
    boolean noJudge;

    @Option(names = "--as-of", paramLabel = "DATE", description = "judge under the rules of this date (default: each row's own date)")
    LocalDate asOf;

    @Override
    public Integer call() throws Exception {
        InputFile.check(file, "");
        AuditService audits = CliEngine.get().audits();
        AuditOutcome outcome;
        try (ProgressBar bar = new ProgressBar("audit " + file.getFileName(), AuditService.progressTotal(file))) {
            long[] last = {0};
            outcome = audits.audit(file, noJudge ? AuditOptions.decodeOnly() : AuditOptions.judged(asOf), done -> {
                bar.step(Math.max(0, done - last[0]));
                last[0] = done;
            });
        }
        AuditResult r = outcome.result();
        if (json) {
            System.out.println(AuditJson.pretty(outcome));
        } else {
            printSummary(System.out, r, audits::countryName, outcome.judgements());
        }
        if (report != null) {
            Files.writeString(report, AuditHtmlReport.render(r, audits::countryName, outcome.judgements()), StandardCharsets.UTF_8);
            if (!json) System.out.println("report: " + report);
        }
        return switch (r.status()) {
            case NOTHING_HIDDEN -> 0;
            case CODES_FOUND, HIDDEN_IN_BLANKS -> 1;
            case NOT_JUDGEABLE -> 3;
        };
    }

    static void printSummary(PrintStream out, AuditResult r, Function<String, String> countryName, List<CodeJudgement> judgements) {
        out.printf("%s: %,d rows, %,d name a country openly (%d countries), %,d without a country%n", r.file(), r.rows(), r.openRows(),
                r.openCountries().size(), r.blankRows());
        switch (r.status()) {
            case NOT_JUDGEABLE -> out.println("NOT JUDGED: " + r.reason() + " (this is not a finding that nothing is hidden)");
            case NOTHING_HIDDEN -> out.println("no codes: every country cell names a country or is blank, and no blank row's clues name an embargoed destination");
            case CODES_FOUND, HIDDEN_IN_BLANKS -> {
                if (r.reason() != null) out.println("note: " + r.reason());
            }
        }
        if (r.status() != AuditResult.Status.NOT_JUDGEABLE) {
            for (CodeVerdict c : r.codes()) {
                AuditSummary s = AuditSummary.of(c);
                out.printf("%s: %,d rows (%,d with own evidence), %s, value %s%n", AuditSummary.headline(c, countryName), c.rows(),
                        c.rowsWithOwnEvidence(), s.years(), s.value());
                for (EvidenceLine e : c.evidence().stream().limit(4).toList()) {
                    out.printf("    %s %s '%s' in %,d rows%n", e.column(), e.kind().label(), e.value(), e.rows());
                }
            }
        }
        if (!judgements.isEmpty()) {
            out.println("judgement of the decoded records:");
            judgements.forEach(j -> j.lines().forEach(l -> out.println("  " + l)));
        }
        int shown = 0;
        for (String p : r.problems()) {
            if (shown++ == 10) {
                out.println("… " + (r.problems().size() - 10) + " more problems in the report");
                break;
            }
            out.println("problem: " + p);
        }
    }
}
