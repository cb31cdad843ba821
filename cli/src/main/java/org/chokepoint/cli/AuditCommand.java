package org.chokepoint.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import org.chokepoint.audit.AuditResult;
import org.chokepoint.audit.CodeVerdict;
import org.chokepoint.audit.EvidenceLine;
import org.chokepoint.cli.audit.AuditHtmlReport;
import org.chokepoint.cli.audit.AuditJudgement;
import org.chokepoint.cli.audit.AuditSummary;
import org.chokepoint.cli.decide.DecisionSetup;
import org.chokepoint.match.Screener;
import org.chokepoint.rules.PartyScreening;
import org.chokepoint.model.Country;
import org.chokepoint.model.CountryIndex;
import org.chokepoint.sources.BundledLists;
import org.chokepoint.sources.audit.ExportAudit;
import org.chokepoint.sources.refdata.ReferenceLexicon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code chokepoint audit FILE}: finds codes standing where a country should be, decodes them, judges the records. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Reveals destinations hidden behind codes in an operations export (CSV or other delimited text, JSON lines, XLSX, ODS)",
                "and says which rows hide which country, how sure it is and why.",
                "Exit status: 0 read and judged, 1 codes found, 3 the file could not be judged."})
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

    @Option(names = "--data", paramLabel = "DIR", description = "bundled data folder (default: chokepoint.data / CHOKEPOINT_DATA / ../shared/data)")
    Path data;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) throw new java.io.FileNotFoundException(file + ": no such file");
        Path dataDir = data != null ? data : BundledLists.dataDir();
        ReferenceLexicon lexicon = ReferenceLexicon.load(dataDir);
        CountryIndex countries = lexicon.countries();
        // text formats report bytes read against the file size; spreadsheets report rows, with no known total
        long total = Files.size(file) == 0 || ExportAudit.progressCountsRows(file) ? -1 : Files.size(file);
        AuditResult r;
        try (ProgressBar bar = new ProgressBar("audit " + file.getFileName(), total)) {
            long[] last = {0};
            r = new ExportAudit(lexicon).audit(file, done -> {
                bar.step(Math.max(0, done - last[0]));
                last[0] = done;
            });
        }
        Map<String, List<String>> judgements = Map.of();
        if (!noJudge && !r.codes().isEmpty()) {
            DecisionSetup.Loaded setup = DecisionSetup.load(dataDir, null, Screener.DEFAULT_THRESHOLD, PartyScreening.DEFAULT_DECISIVE);
            judgements = AuditJudgement.judge(r, setup.engine(), a2 -> name(countries, a2), asOf);
        }
        if (json) {
            ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .registerModule(new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance));
            System.out.println(m.writeValueAsString(Map.of("audit", r, "judgement", judgements)));
        } else {
            printSummary(System.out, r, countries, judgements);
        }
        if (report != null) {
            Files.writeString(report, AuditHtmlReport.render(r, a2 -> name(countries, a2), judgements), StandardCharsets.UTF_8);
            if (!json) System.out.println("report: " + report);
        }
        return switch (r.status()) {
            case NOTHING_HIDDEN -> 0;
            case CODES_FOUND -> 1;
            case NOT_JUDGEABLE -> 3;
        };
    }

    static String name(CountryIndex countries, String a2) {
        return countries.byAlpha2(a2).map(Country::commonName).orElse(a2);
    }

    static void printSummary(PrintStream out, AuditResult r, CountryIndex countries, Map<String, List<String>> judgements) {
        out.printf("%s: %,d rows, %,d name a country openly (%d countries), %,d without a country%n", r.file(), r.rows(), r.openRows(),
                r.openCountries().size(), r.blankRows());
        switch (r.status()) {
            case NOT_JUDGEABLE -> out.println("NOT JUDGED: " + r.reason() + " (this is not a finding that nothing is hidden)");
            case NOTHING_HIDDEN -> out.println("no codes: every country cell names a country or is blank");
            case CODES_FOUND -> {
                if (r.reason() != null) out.println("note: " + r.reason());
                for (CodeVerdict c : r.codes()) {
                    AuditSummary s = AuditSummary.of(c);
                    if (c.country() == null) {
                        out.printf("code %s: %,d rows, no evidence points to any country%n", c.code(), c.rows());
                        continue;
                    }
                    out.printf("code %s = %s (%.2f): %,d rows (%,d with own evidence), %s, value %s%n", c.code(), name(countries, c.country()),
                            c.confidence(), c.rows(), c.rowsWithOwnEvidence(), s.years(), s.value());
                    for (EvidenceLine e : c.evidence().stream().limit(4).toList()) {
                        out.printf("    %s %s '%s' in %,d rows%n", e.column(), e.kind().label(), e.value(), e.rows());
                    }
                }
            }
        }
        if (!judgements.isEmpty()) {
            out.println("judgement of the decoded records:");
            judgements.values().forEach(lines -> lines.forEach(l -> out.println("  " + l)));
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
