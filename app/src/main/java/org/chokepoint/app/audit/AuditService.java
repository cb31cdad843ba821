package org.chokepoint.app.audit;

import org.chokepoint.app.decide.DecisionOptions;
import org.chokepoint.app.decide.DecisionService;
import org.chokepoint.audit.AuditResult;
import org.chokepoint.audit.Auditor;
import org.chokepoint.audit.ColumnProfile;
import org.chokepoint.audit.ColumnProfiler;
import org.chokepoint.audit.CodeVerdict;
import org.chokepoint.model.Country;
import org.chokepoint.rules.DecisionEngine;
import org.chokepoint.sources.audit.ExportAudit;
import org.chokepoint.sources.refdata.ReferenceLexicon;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Audits an operations export of unknown layout for destinations hidden behind codes, then (unless asked not to)
 * judges the decoded records with the decision engine on the active snapshot.
 *
 * <pre>{@code
 * AuditOutcome o = chokepoint.audits().audit(Path.of("projects.csv"), AuditOptions.judged(null), done -> {});
 * o.result().codes().get(0).country();          // "SY" for code A7
 * o.judgements().get(0).worst();                // BLOCK
 * }</pre>
 */
public final class AuditService {
    private final ReferenceLexicon lexicon;
    private final DecisionService decisions;

    public AuditService(ReferenceLexicon lexicon, DecisionService decisions) {
        this.lexicon = lexicon;
        this.decisions = decisions;
    }

    /** How the audit is run. @param judge whether to judge decoded rows @param asOf rules of this date, null = each row's */
    public record AuditOptions(boolean judge, LocalDate asOf) {
        public static AuditOptions judged(LocalDate asOf) {
            return new AuditOptions(true, asOf);
        }

        public static AuditOptions decodeOnly() {
            return new AuditOptions(false, null);
        }
    }

    /**
     * The units {@link #audit} reports progress in for this file: its size in bytes for text formats, or -1 for
     * spreadsheets, which report rows with no known total.
     */
    public static long progressTotal(Path file) throws IOException {
        return Files.size(file) == 0 || ExportAudit.progressCountsRows(file) ? -1 : Files.size(file);
    }

    /** @param progress receives the units done so far (see {@link #progressTotal}) */
    public AuditOutcome audit(Path file, AuditOptions options, LongConsumer progress) throws IOException {
        return audit(file, file.toString(), options, progress);
    }

    /** As {@link #audit(Path, AuditOptions, LongConsumer)}, the file called {@code name} in the result and its problems. */
    public AuditOutcome audit(Path file, String name, AuditOptions options, LongConsumer progress) throws IOException {
        if (!Files.isRegularFile(file)) throw new FileNotFoundException(name + ": no such file");
        return judge(new ExportAudit(lexicon).audit(file, name, progress), options);
    }

    /**
     * The column roles of an export read elsewhere (the partitions of a cluster job), judged from its header and
     * first rows as {@link #audit} judges a file's from its first {@value ExportAudit#SAMPLE_ROWS}.
     */
    public List<ColumnProfile> profile(List<String> header, List<List<String>> firstRows) {
        return new ColumnProfiler(lexicon.countries(), lexicon).profile(header, firstRows);
    }

    /**
     * An auditor for rows of the export {@code name} with these columns. Each part of an export read in several
     * places gets one; the parts' {@link Auditor#evidence()} are combined in file order with {@link Auditor#absorb}
     * and {@link Auditor#finish()} decodes them as {@link #audit} decodes a file read in one pass.
     */
    public Auditor auditor(String name, List<ColumnProfile> columns) {
        return new Auditor(name, lexicon.countries(), lexicon, columns);
    }

    /** Judges the decoded records of an audit (unless asked not to), as {@link #audit} does. */
    public AuditOutcome judge(AuditResult r, AuditOptions options) throws IOException {
        if (!options.judge() || r.codes().isEmpty()) return new AuditOutcome(r, List.of(), null);
        var run = decisions.prepare(DecisionOptions.asOf(options.asOf()));
        DecisionEngine engine = run.engine();
        List<CodeJudgement> judgements = new ArrayList<>();
        for (CodeVerdict c : r.codes()) {
            judgements.add(CodeJudgement.of(c, countryName(c.country()), engine, options.asOf(), run.today()));
        }
        return new AuditOutcome(r, judgements, run.provenance());
    }

    /** The common name of an ISO alpha-2 code ("KP" → "North Korea"); the code itself when unknown. */
    public String countryName(String alpha2) {
        if (alpha2 == null) return null;
        return lexicon.countries().byAlpha2(alpha2).map(Country::commonName).orElse(alpha2);
    }
}
