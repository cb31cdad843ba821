package org.chokepoint.sources.audit;

import org.chokepoint.audit.AuditResult;
import org.chokepoint.audit.Auditor;
import org.chokepoint.audit.Cells;
import org.chokepoint.audit.ColumnProfile;
import org.chokepoint.audit.ColumnProfiler;
import org.chokepoint.model.CountryIndex;
import org.chokepoint.sources.ListFormatException;
import org.chokepoint.sources.refdata.ReferenceLexicon;
import org.chokepoint.sources.tabular.CsvReader;
import org.chokepoint.sources.tabular.LenientTextReader;
import org.chokepoint.sources.tabular.OdsReader;
import org.chokepoint.sources.tabular.Spreadsheet;
import org.chokepoint.sources.tabular.TabularReader;
import org.chokepoint.sources.tabular.XlsxReader;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;

/**
 * Audits one operations export of unknown layout: CSV or other delimited text (delimiter sniffed, lenient
 * UTF-8/Windows-1252/UTF-16 decoding), JSON lines, XLSX or ODS (every sheet with the first judgeable sheet's
 * header). Reads the file once, streaming; the first {@value #SAMPLE_ROWS} rows decide the column roles.
 */
public final class ExportAudit {
    /** The first rows of an export that decide its column roles. */
    public static final int SAMPLE_ROWS = 2000;
    static final int MAX_RECORD_CHARS = 1 << 20;

    private final ReferenceLexicon lexicon;
    private final CountryIndex countries;

    public ExportAudit(ReferenceLexicon lexicon) {
        this.lexicon = lexicon;
        this.countries = lexicon.countries();
    }

    /** Whether {@link #audit}'s progress counts rows (spreadsheets) rather than bytes (text formats). */
    public static boolean progressCountsRows(Path file) throws IOException {
        ExportFormat.Kind k = ExportFormat.sniff(file).kind();
        return k == ExportFormat.Kind.XLSX || k == ExportFormat.Kind.ODS;
    }

    /**
     * @param progress told the bytes read so far (text formats) or the rows read (spreadsheets); may be null
     */
    public AuditResult audit(Path file, LongConsumer progress) throws IOException {
        return audit(file, file.toString(), progress);
    }

    /**
     * @param name     what the result and its problems call the file: an upload's own name, not the folder the
     *                 server stored it in
     * @param progress told the bytes read so far (text formats) or the rows read (spreadsheets); may be null
     */
    public AuditResult audit(Path file, String name, LongConsumer progress) throws IOException {
        List<String> problems = new ArrayList<>();
        if (!Files.isRegularFile(file)) throw new java.io.FileNotFoundException(name + ": no such file");
        if (Files.size(file) == 0) return AuditResult.notJudgeable(name, "the file is empty", 0, List.of(), problems);
        ExportFormat format = ExportFormat.sniff(file);
        LongConsumer tick = progress == null ? x -> { } : progress;
        return switch (format.kind()) {
            case BINARY -> AuditResult.notJudgeable(name, "not a text export, spreadsheet or JSON lines file (" + format.detail() + ")", 0, List.of(), problems);
            case EMPTY -> AuditResult.notJudgeable(name, "the file holds only blank lines", 0, List.of(), problems);
            case XLSX, ODS -> auditWorkbook(file, name, format, tick, problems);
            case JSON_LINES -> {
                CountingStream counted = new CountingStream(open(file), tick);
                try (JsonLinesReader r = new JsonLinesReader(new BufferedReader(LenientTextReader.open(counted), 1 << 16), name,
                        MAX_RECORD_CHARS, problems::add)) {
                    yield run(name, r.header(), r, List.of(), problems, counted);
                }
            }
            case DELIMITED -> {
                CountingStream counted = new CountingStream(open(file), tick);
                Reader text = LenientTextReader.open(counted);
                try (CsvReader r = new CsvReader(text, name, format.delimiter(), '"', MAX_RECORD_CHARS)) {
                    AuditResult res = run(name, null, r, List.of(), problems, counted);
                    if (text instanceof LenientTextReader l && l.malformedBytes() > 0) {
                        res.problems().add(name + ": " + l.malformedBytes() + " bytes were not valid UTF-8 and were read as Windows-1252 (mixed encodings)");
                    }
                    yield res;
                }
            }
        };
    }

    private static InputStream open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
    }

    private AuditResult auditWorkbook(Path file, String name, ExportFormat format, LongConsumer tick, List<String> problems) throws IOException {
        try (Spreadsheet book = format.kind() == ExportFormat.Kind.XLSX ? XlsxReader.open(file) : OdsReader.open(file)) {
            List<String> sheets = book.sheetNames();
            if (sheets.isEmpty()) return AuditResult.notJudgeable(name, "the workbook has no sheets", 0, List.of(), problems);
            // the first sheet with a country column sets the layout; later sheets with the same header follow it
            String refused = null;
            for (int i = 0; i < sheets.size(); i++) {
                TabularReader first = book.sheet(i);
                Sample s = sample(first, null);
                if (s.profile == null && s.stopped != null) {
                    // a sheet that cannot be read (a zip bomb refused, a broken part) is said as such, not as a layout
                    problems.add(name + ": sheet '" + sheets.get(i) + "' cannot be read: " + s.stopped);
                    refused = s.stopped;
                    first.close();
                    continue;
                }
                if (s.profile == null || s.profile.stream().noneMatch(c -> c.role() == org.chokepoint.audit.ColumnRole.COUNTRY)) {
                    problems.add(name + ": sheet '" + sheets.get(i) + "': no country column; skipped");
                    first.close();
                    continue;
                }
                List<TabularReader> more = new ArrayList<>();
                for (int k = i + 1; k < sheets.size(); k++) {
                    TabularReader other = book.sheet(k);
                    List<String> h = headerOf(other);
                    if (h != null && h.equals(s.header)) more.add(other);
                    else {
                        problems.add(name + ": sheet '" + sheets.get(k) + "': different layout from sheet '" + sheets.get(i) + "'; skipped");
                        other.close();
                    }
                }
                return runSampled(name + " [" + sheets.get(i) + (more.isEmpty() ? "" : " + " + more.size() + " more") + "]",
                        s, first, more, problems, tick, null);
            }
            return AuditResult.notJudgeable(name, refused != null ? "cannot be read: " + refused
                    : "no sheet has a column of country names or codes", 0, List.of(), problems);
        }
    }

    /** Skips title rows, returns the header row of a sheet (or null when empty), found as {@link #sample} finds it. */
    private List<String> headerOf(TabularReader r) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row;
        for (int i = 0; i < 40 && rows.size() < 12 && (row = r.next()) != null; i++) {
            if (filled(row) > 0) rows.add(row);
        }
        if (rows.isEmpty()) return null;
        HeaderAt at = findHeader(rows);
        return at.header;
    }

    /** Where the data starts in the first rows, and the header above it (null when the file has none). */
    private record HeaderAt(List<String> header, int dataFrom) {
    }

    /**
     * Title rows above the header have fewer filled cells than the table is wide. A header of two rows — group
     * labels merged over several columns ("Shipment" over "Country" and "City"), then the column names — is read
     * as one: each name prefixed by the label above it or, in a merged range, to its left ("Shipment Country").
     */
    private HeaderAt findHeader(List<List<String>> rows) {
        int width = rows.stream().mapToInt(ExportAudit::filled).max().orElse(0);
        int h = 0;
        while (h < Math.min(10, rows.size() - 1) && filled(rows.get(h)) < Math.max(2, width / 2)) h++;
        if (!looksLikeHeader(rows.get(h))) return new HeaderAt(null, h);
        if (h + 1 < rows.size() - 1 && looksLikeHeader(rows.get(h + 1)) && filled(rows.get(h + 1)) > filled(rows.get(h))) {
            return new HeaderAt(joined(rows.get(h), rows.get(h + 1)), h + 2);
        }
        if (h > 0 && filled(rows.get(h - 1)) >= 2 && looksLikeHeader(rows.get(h - 1)) && spansGroups(rows.get(h - 1), rows.get(h))) {
            return new HeaderAt(joined(rows.get(h - 1), rows.get(h)), h + 1);
        }
        return new HeaderAt(trimmed(rows.get(h)), h + 1);
    }

    /** Group labels are short and each stands over a column name (the rest of its merged range is blank). */
    private static boolean spansGroups(List<String> groups, List<String> names) {
        for (int j = 0; j < groups.size(); j++) {
            String g = groups.get(j);
            if (!g.isBlank() && (g.strip().length() > 30 || j >= names.size() || names.get(j).isBlank())) return false;
        }
        return true;
    }

    private static List<String> joined(List<String> groups, List<String> names) {
        List<String> out = new ArrayList<>(names.size());
        String group = "";
        for (int j = 0; j < names.size(); j++) {
            if (j < groups.size() && !groups.get(j).isBlank()) group = groups.get(j).strip();
            String name = names.get(j).strip();
            boolean said = name.toLowerCase(java.util.Locale.ROOT).startsWith(group.toLowerCase(java.util.Locale.ROOT));
            out.add(group.isEmpty() || name.isEmpty() || said ? name : group + " " + name);
        }
        return out;
    }

    /** The first rows, their header and column roles; {@code stopped} says why reading ended early, if it did. */
    private record Sample(List<String> header, List<List<String>> rows, List<Long> lines, List<ColumnProfile> profile, String stopped) {
    }

    /** Reads the first rows, finds the header (unless given) and profiles the columns. */
    private Sample sample(TabularReader r, List<String> givenHeader) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        List<String> row;
        String stopped = null;
        try {
            while (rows.size() < SAMPLE_ROWS && (row = r.next()) != null) {
                if (filled(row) == 0) continue;
                rows.add(row);
                lines.add(r.recordLine());
            }
        } catch (ListFormatException e) {
            stopped = e.getMessage();
        }
        if (rows.isEmpty()) return new Sample(givenHeader, rows, lines, null, stopped);
        List<String> header = givenHeader;
        if (header == null) {
            HeaderAt at = findHeader(rows);
            header = at.header;
            rows = new ArrayList<>(rows.subList(at.dataFrom, rows.size()));
            lines = new ArrayList<>(lines.subList(at.dataFrom, lines.size()));
        }
        List<ColumnProfile> profile = new ColumnProfiler(countries, lexicon).profile(header, rows);
        return new Sample(header, rows, lines, profile, stopped);
    }

    /** A header row has no cell that reads as a country, number, date or phone, and has letters. */
    private boolean looksLikeHeader(List<String> row) {
        boolean letters = false;
        for (String c : row) {
            if (c.isBlank()) continue;
            // a short cell that reads as a country code ("id", "no") is as likely a header word
            if (countries.resolve(c).isPresent() && c.strip().length() > 3 || Cells.amount(c).isPresent() || Cells.date(c) != null || Cells.isPhone(c)) return false;
            letters |= c.codePoints().anyMatch(Character::isLetter);
        }
        return letters;
    }

    private static int filled(List<String> row) {
        int n = 0;
        for (String c : row) if (c != null && !c.isBlank()) n++;
        return n;
    }

    private static List<String> trimmed(List<String> row) {
        return row.stream().map(String::strip).toList();
    }

    private AuditResult run(String name, List<String> header, TabularReader r, List<TabularReader> more, List<String> problems,
                            CountingStream counted) throws IOException {
        Sample s = sample(r, header);
        if (s.rows.isEmpty() && s.stopped != null) return AuditResult.notJudgeable(name, "unreadable: " + s.stopped, 0, List.of(), problems);
        return runSampled(name, s, r, more, problems, null, counted);
    }

    private AuditResult runSampled(String name, Sample s, TabularReader r, List<TabularReader> more, List<String> problems,
                                   LongConsumer rowTick, CountingStream counted) throws IOException {
        if (s.rows.isEmpty()) return AuditResult.notJudgeable(name, "no data rows", 0, s.profile == null ? List.of() : s.profile, problems);
        Auditor auditor = new Auditor(name, countries, lexicon, s.profile);
        problems.forEach(auditor::problem);
        int copied = problems.size();
        int width = s.header != null ? s.header.size() : s.profile.size();
        int badWidth = 0;
        for (int i = 0; i < s.rows.size(); i++) auditor.accept(s.lines.get(i), s.rows.get(i));
        String stopped = s.stopped;
        List<TabularReader> all = new ArrayList<>();
        if (stopped == null) all.add(r);
        else auditor.problem("reading stopped: " + stopped);
        all.addAll(more);
        long n = 0;
        try (RowPump pump = new RowPump(all)) {
            RowPump.Row row;
            while ((row = pump.next()) != null) {
                List<String> cells = row.cells();
                if (cells.size() > width && filled(cells.subList(width, cells.size())) > 0 && badWidth++ < 5) {
                    auditor.problem(row.from().fileName() + ": line " + row.line() + ": " + cells.size() + " cells where the header has " + width);
                }
                auditor.accept(row.line(), cells);
                if (rowTick != null && (++n & 1023) == 0) rowTick.accept(n);
            }
        } catch (ListFormatException e) {
            stopped = e.getMessage();
            auditor.problem("reading stopped: " + e.getMessage());
        } finally {
            for (TabularReader t : more) t.close();
        }
        if (counted != null) counted.finish();
        for (int i = copied; i < problems.size(); i++) auditor.problem(problems.get(i));
        AuditResult res = auditor.finish();
        if (stopped != null && res.status() != AuditResult.Status.NOT_JUDGEABLE) {
            // a partly read file is never reported as clean
            String reason = "only partly read (" + stopped + ")";
            AuditResult.Status st = res.status() == AuditResult.Status.NOTHING_HIDDEN ? AuditResult.Status.NOT_JUDGEABLE : res.status();
            res = new AuditResult(res.file(), st, reason, res.rows(), res.columns(), res.openRows(), res.openCountries(),
                    res.blankRows(), res.codes(), res.problems());
        }
        return res;
    }

    /** Counts bytes read, for the progress bar. */
    private static final class CountingStream extends FilterInputStream {
        private final LongConsumer tick;
        private long count;
        private long reported;

        CountingStream(InputStream in, LongConsumer tick) {
            super(in);
            this.tick = tick;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) advance(1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) advance(n);
            return n;
        }

        private void advance(long n) {
            count += n;
            if (count - reported >= 1 << 20) {
                reported = count;
                tick.accept(count);
            }
        }

        void finish() {
            tick.accept(count);
        }
    }
}
