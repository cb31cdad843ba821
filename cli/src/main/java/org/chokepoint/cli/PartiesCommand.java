package org.chokepoint.cli;

import org.chokepoint.app.Chokepoint;
import org.chokepoint.app.Config;
import org.chokepoint.app.terminal.ProgressBar;
import org.chokepoint.cases.Cases;
import org.chokepoint.cases.CasesOptions;
import org.chokepoint.cases.db.StoreConfig;
import org.chokepoint.cases.monitor.Monitor;
import org.chokepoint.cases.parties.PartyFile;
import org.chokepoint.cases.parties.PartyInput;
import org.chokepoint.cases.parties.PartyService.ImportCounts;
import org.chokepoint.cases.parties.PartyVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code chokepoint parties import | list | delete | rescreen | monitor}: the stored parties of the case store, and
 * their screening as the lists change. The store is the one {@link StoreConfig#resolve} names under the home.
 */
@Command(name = "parties",
        description = "Stored parties (customers, suppliers): import a file, list, delete, re-screen, follow list changes.",
        subcommands = {PartiesCommand.Import.class, PartiesCommand.ListParties.class, PartiesCommand.Delete.class,
                PartiesCommand.Rescreen.class, PartiesCommand.MonitorParties.class})
public final class PartiesCommand implements Runnable {
    /** How many rejected rows an import prints; the counts say how many there were in all. */
    static final int SHOWN_REJECTS = 20;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import",
            description = {"Import parties from a CSV, JSON lines or XLSX file: new ids are created, a changed row makes a new version.",
                    "Headers: id (customer_id, party_id, ref), name (full_name, party_name), type (schema, kind),"
                            + " country (nationality, country_code), birthDate (birth_date, dob, date_of_birth),"
                            + " identifiers (separated by ';'); any other column is kept as an attribute.",
                    "Exit status: 0 rows were imported, 1 no row could be, 2 the file is missing or unreadable."})
    static final class Import extends CaseStoreCommand implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE", description = "The parties file (.csv, .jsonl, .xlsx).")
        Path file;

        @Option(names = "--no-screen", negatable = false, description = "Store without screening (screen later with 'parties rescreen').")
        boolean noScreen;

        @Option(names = "--batch", paramLabel = "N", defaultValue = "1000",
                description = "Rows per transaction: a killed import keeps whole batches (default ${DEFAULT-VALUE}).")
        int batch;

        @Override
        public Integer call() throws IOException {
            if (batch < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--batch must be at least 1, not " + batch);
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                err().println("error: cannot read " + file + ": no such file or not readable");
                return 2;
            }
            ImportCounts total = ImportCounts.NONE;
            long rejected = 0;
            List<String> shown = new ArrayList<>();
            try (PartyFile in = PartyFile.open(file); Cases cases = open(); ProgressBar bar = new ProgressBar("import", -1)) {
                List<PartyInput> rows = new ArrayList<>(batch);
                for (PartyFile.Row r; (r = in.next()) != null; ) {
                    if (r.party() == null) {
                        rejected++;
                        if (shown.size() < SHOWN_REJECTS) shown.add(r.error());
                        continue;
                    }
                    rows.add(r.party());
                    if (rows.size() == batch) {
                        total = total.plus(cases.parties().upsert(rows, actor(), !noScreen));
                        bar.step(rows.size());
                        rows = new ArrayList<>(batch);
                    }
                }
                if (!rows.isEmpty()) {
                    total = total.plus(cases.parties().upsert(rows, actor(), !noScreen));
                    bar.step(rows.size());
                }
            } catch (IOException e) {
                err().println("error: " + e.getMessage());
                return 2;
            }
            PrintWriter out = out();
            out.printf("%s: %,d created, %,d changed, %,d unchanged, %,d rejected, %,d alerts opened%n", file.getFileName(),
                    total.created(), total.changed(), total.unchanged(), rejected, total.alertsOpened());
            if (!shown.isEmpty()) {
                out.println(rejected > shown.size() ? "first " + shown.size() + " rejected rows:" : "rejected rows:");
                for (String s : shown) out.println("  " + s);
            }
            return total.created() + total.changed() + total.unchanged() > 0 ? 0 : 1;
        }
    }

    @Command(name = "list", description = "The live parties in id order, with their current version.")
    static final class ListParties extends CaseStoreCommand implements Callable<Integer> {
        @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most this many (default ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() throws IOException {
            try (Cases cases = open()) {
                PrintWriter out = out();
                long count = cases.parties().count();
                List<PartyVersion> page = cases.parties().page("", Math.max(0, limit));
                for (PartyVersion p : page) {
                    out.printf("%s\tv%d\t%s\t%s\t%s%n", p.partyId(), p.version(), p.name(), dash(p.schema()), dash(p.country()));
                }
                out.printf("%,d of %,d parties%n", page.size(), count);
            }
            return 0;
        }

        private static String dash(String s) {
            return s == null ? "-" : s;
        }
    }

    @Command(name = "delete", description = {"Delete a party: it is no longer screened and its open alerts close; its versions stay for the record.",
            "Exit status: 0 deleted, 1 no live party has this id."})
    static final class Delete extends CaseStoreCommand implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Override
        public Integer call() throws IOException {
            try (Cases cases = open()) {
                if (!cases.parties().delete(id, actor())) {
                    out().println("no live party " + id);
                    return 1;
                }
                out().println("deleted party " + id);
                return 0;
            }
        }
    }

    @Command(name = "rescreen", description = "Screen every stored party against the active snapshot (a full re-screen).")
    static final class Rescreen extends CaseStoreCommand implements Callable<Integer> {
        @Override
        public Integer call() throws IOException {
            try (Cases cases = open()) {
                long total = cases.parties().count();
                Monitor.Run run;
                try (ProgressBar bar = new ProgressBar("rescreen", total)) {
                    run = cases.monitor().rescreenAll(actor(), progressOf(bar));
                }
                printRun(out(), run);
            }
            return 0;
        }
    }

    @Command(name = "monitor", description = "Catch up with a list change: re-screen the parties against what changed since they were last screened.")
    static final class MonitorParties extends CaseStoreCommand implements Callable<Integer> {
        @Override
        public Integer call() throws IOException {
            try (Cases cases = open()) {
                Optional<Monitor.Run> run;
                try (ProgressBar bar = new ProgressBar("monitor", cases.parties().count())) {
                    run = cases.monitor().catchUp(actor(), progressOf(bar));
                }
                if (run.isEmpty()) {
                    out().println("parties already screened on snapshot " + cases.monitor().watermark().orElse("(none)"));
                } else {
                    printRun(out(), run.get());
                }
            }
            return 0;
        }
    }

    /**
     * After {@code lists build}, {@code update} or {@code activate} moved the active snapshot: records the activation
     * on the trail and re-screens the stored parties against what changed (the case store is created on first use).
     */
    static void monitorAfterActivation(Path home, PrintWriter out, PrintWriter err) throws IOException {
        Config env = Config.fromEnvironment();
        Path h = home == null ? env.home() : home.toAbsolutePath().normalize();
        StoreConfig store = StoreConfig.resolve(h, System.getenv());
        CaseStoreCommand.quietMigrations();
        Chokepoint engine = Chokepoint.open(Config.of(env.dataDir(), h), err::println);
        try (Cases cases = Cases.open(engine, store, CasesOptions.fromEnvironment())) {
            long n = cases.parties().count();
            Optional<Monitor.Run> run;
            try (ProgressBar bar = new ProgressBar("re-screening parties", n)) {
                run = cases.monitor().catchUp(CaseStoreCommand.actor(), progressOf(bar));
            }
            if (run.isPresent()) printRun(out, run.get());
        }
    }

    /** The bar counts what the monitor reports as done so far. */
    static Monitor.Progress progressOf(ProgressBar bar) {
        long[] last = {0};
        return (done, total) -> {
            bar.step(done - last[0]);
            last[0] = done;
        };
    }

    static void printRun(PrintWriter out, Monitor.Run r) {
        if (r.delta()) {
            out.printf("delta re-screen %s -> %s: %,d added, %,d changed, %,d removed entries%n", r.from(), r.to(), r.added(), r.changed(), r.removed());
        } else {
            out.printf("full re-screen on snapshot %s%n", r.to());
        }
        out.printf("%,d parties, %,d screened, %,d alerts opened, %,d closed, %.1f s%n", r.parties(), r.screened(), r.opened(), r.closed(),
                r.millis() / 1000.0);
    }
}
