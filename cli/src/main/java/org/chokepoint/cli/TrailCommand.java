package org.chokepoint.cli;

import org.chokepoint.cases.Cases;
import org.chokepoint.cases.db.Clock;
import org.chokepoint.cases.db.StoreConfig;
import org.chokepoint.cases.trail.TrailFormat;
import org.chokepoint.cases.trail.TrailHead;
import org.chokepoint.cases.trail.TrailVerification;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;

/**
 * {@code chokepoint trail verify | export}: checks the audit trail's hash chain, and writes its records out. Opens
 * only the case store (never the list snapshot): {@link StoreConfig#resolve} under the home.
 */
@Command(name = "trail",
        description = "The audit trail of the case store: verify its hash chain, export its records.",
        subcommands = {TrailCommand.Verify.class, TrailCommand.Export.class})
public final class TrailCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }


    @Command(name = "verify",
            description = {"Recompute the hash chain from the first record to the head and name the first record altered, removed or inserted.",
                    "Exit status: 0 the chain holds, 1 it is broken (or does not reach the kept head), 2 it could not be read."})
    static final class Verify extends CaseStoreCommand implements Callable<Integer> {
        @Option(names = "--expect-head", paramLabel = "SEQ:HASH", converter = HeadConverter.class,
                description = "The head a previous verify printed: the trail must still reach it with the same hash"
                        + " (catches records removed from the end and a rewrite of the chain from some record on).")
        TrailHead expectHead;

        @Override
        public Integer call() throws IOException {
            TrailVerification v;
            try (Cases cases = open()) {
                v = expectHead == null ? cases.trail().verify() : cases.trail().verify(expectHead);
            }
            PrintWriter out = out();
            if (!v.ok()) {
                out.printf("%,d records checked: the trail is broken at record %d%n", v.records(), v.brokenAt());
                out.println(v.problem());
                return 1;
            }
            out.printf("%,d records checked: the chain holds%s%n", v.records(),
                    expectHead == null ? "" : " and reaches the kept head " + expectHead.seq());
            if (v.headSeq() == 0) {
                out.println("the trail is empty");
                return 0;
            }
            out.println("head seq " + v.headSeq() + ", hash " + v.headHash());
            out.println("keep this hash: a later verify proves nothing before it was rewritten"
                    + " (trail verify --expect-head " + v.headSeq() + ":" + v.headHash() + ")");
            return 0;
        }
    }

    @Command(name = "export",
            description = {"Write the trail's records, in order, as JSON lines or CSV; to standard output, or to a file replaced atomically.",
                    "Exit status: 0 written, 2 an error."})
    static final class Export extends CaseStoreCommand implements Callable<Integer> {
        @Option(names = "--from", paramLabel = "DATE", converter = TimeConverter.class,
                description = "From this time on, inclusive (2026-12-01 is its midnight UTC, or 2026-12-01T10:00:00Z); default: the first record.")
        String from;

        @Option(names = "--to", paramLabel = "DATE", converter = TimeConverter.class,
                description = "Before this time, exclusive (--to 2026-12-01 ends with the records of 30 November); default: the last record.")
        String to;

        @Option(names = "--format", paramLabel = "jsonl|csv", converter = FormatConverter.class, defaultValue = "jsonl",
                description = "jsonl: one JSON object a line, the payload embedded as JSON; csv: RFC 4180, with a header row (default ${DEFAULT-VALUE}).")
        TrailFormat format;

        @Option(names = "--out", paramLabel = "FILE", description = "Write here (complete or not at all) instead of standard output.")
        Path outFile;

        @Override
        public Integer call() throws IOException {
            if (from != null && to != null && from.compareTo(to) > 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
            }
            try (Cases cases = open()) {
                if (outFile == null) {
                    PrintWriter out = out();
                    write(cases, out);
                    out.flush();
                } else {
                    writeAtomically(outFile, w -> write(cases, w));
                }
            }
            return 0;
        }

        /** Streams the records as the database hands them over: a trail of any size is never held whole. */
        private void write(Cases cases, Writer w) throws IOException {
            format.begin(w);
            try {
                cases.trail().export(from, to, r -> {
                    try {
                        format.write(w, r);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    interface Body {
        void writeTo(Writer w) throws IOException;
    }

    /** The whole file or none of it: a temporary file beside the target, forced to disk, then renamed over it. */
    static void writeAtomically(Path target, Body body) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, target.getFileName() + "-", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
                 Writer w = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(ch), StandardCharsets.UTF_8), 1 << 16)) {
                body.writeTo(w);
                w.flush();
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static final class HeadConverter implements CommandLine.ITypeConverter<TrailHead> {
        @Override
        public TrailHead convert(String value) {
            return TrailHead.parse(value);
        }
    }

    static final class TimeConverter implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return Clock.parse(value);
        }
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<TrailFormat> {
        @Override
        public TrailFormat convert(String value) {
            return TrailFormat.of(value);
        }
    }
}
