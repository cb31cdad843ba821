package org.chokepoint.cli;

import org.chokepoint.cli.lists.SnapshotHtml;
import org.chokepoint.cli.lists.SnapshotReport;
import org.chokepoint.cli.lists.TextTable;
import org.chokepoint.app.Config;
import org.chokepoint.app.json.SnapshotJson;
import org.chokepoint.app.terminal.ProgressBar;
import org.chokepoint.match.MatcherVersion;
import org.chokepoint.model.Snapshot;
import org.chokepoint.model.SourceMeta;
import org.chokepoint.model.stats.SnapshotDiff;
import org.chokepoint.model.stats.SnapshotStats;
import org.chokepoint.sources.ListCatalog;
import org.chokepoint.sources.refdata.Countries;
import org.chokepoint.sources.ListSource;
import org.chokepoint.sources.ofac.OfacCsvFiles;
import org.chokepoint.sources.ofac.OfacCsvSource;
import org.chokepoint.sources.snapshot.ListUpdater;
import org.chokepoint.sources.snapshot.Plausibility;
import org.chokepoint.sources.snapshot.LoadedIndex;
import org.chokepoint.sources.snapshot.SnapshotBuilder;
import org.chokepoint.sources.snapshot.SnapshotCodec;
import org.chokepoint.sources.snapshot.SnapshotFormatException;
import org.chokepoint.sources.snapshot.SnapshotHeader;
import org.chokepoint.sources.snapshot.SnapshotStore;
import org.chokepoint.sources.snapshot.UpdateConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code chokepoint lists ...}: compile, inspect, compare and update list snapshots. */
@Command(name = "lists",
        description = "Compile the sanctions lists into snapshots, inspect and compare them, update from the official addresses.",
        subcommands = {ListsCommand.Build.class, ListsCommand.Stats.class, ListsCommand.Diff.class,
                ListsCommand.Update.class, ListsCommand.Snapshots.class, ListsCommand.Activate.class,
                ListsCommand.Verify.class, ListsCommand.Prune.class})
public final class ListsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options shared by the subcommands. */
    static class Common {
        @Option(names = "--home", description = "Snapshot home folder (default: -Dchokepoint.home, else ./.chokepoint).")
        Path home;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        SnapshotStore store() {
            return home == null ? SnapshotStore.openDefault() : new SnapshotStore(home);
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        Snapshot load(String name) throws IOException {
            return SnapshotSpec.load(name, store());
        }

        void writeHtml(Path file, String html) throws IOException {
            Files.writeString(file, html, StandardCharsets.UTF_8);
            spec.commandLine().getErr().println("report written to " + file.toAbsolutePath());
        }
    }

    @Command(name = "build", description = "Compile the bundled lists into a snapshot, store it and make it active.")
    static final class Build extends Common implements Callable<Integer> {
        @Option(names = "--source", paramLabel = "KEY", description = "Only these sources (repeatable), e.g. ofac-sdn, us-csl.")
        List<String> only = new ArrayList<>();

        @Option(names = "--json", description = "Print the summary as JSON.")
        boolean json;

        @Option(names = "--no-activate", description = "Store the snapshot but keep the active one.")
        boolean noActivate;

        @Option(names = "--drop-others", description = "With --source: build a snapshot of these sources only, without the"
                + " active snapshot's other lists (by default they are kept as they are, as 'lists update --source' does).")
        boolean dropOthers;

        @Option(names = "--max-drop", paramLabel = "SHARE", description = "Largest accepted loss of a source's entities"
                + " against the active snapshot, 0..1 (default ${DEFAULT-VALUE}, as for 'lists update').",
                defaultValue = "" + UpdateConfig.DEFAULT_MAX_DROP)
        double maxDrop;

        @Override
        public Integer call() throws IOException {
            if (dropOthers && only.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--drop-others needs --source");
            }
            if (!(maxDrop >= 0 && maxDrop <= 1)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--max-drop must be between 0 and 1, not " + maxDrop);
            }
            List<ListSource> sources = new ArrayList<>();
            Path data = Config.fromEnvironment().dataDir();
            List<ListSource> bundled = ListCatalog.bundled(data);
            for (ListSource s : bundled) if (only.isEmpty() || only.contains(s.source())) sources.add(s);
            for (String k : only) {
                if (bundled.stream().noneMatch(s -> s.source().equals(k))) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "unknown source '" + k + "'; bundled: "
                            + String.join(", ", bundled.stream().map(ListSource::source).toList()));
                }
            }
            SnapshotStore store = store();
            // the writer lock of 'lists update': two writers would check against, and replace, each other's snapshot
            try (SnapshotStore.Lock held = store.lock()) {
                return build(store, data, sources);
            }
        }

        private int build(SnapshotStore store, Path data, List<ListSource> sources) throws IOException {
            long t0 = System.nanoTime();
            // a partial build keeps the active snapshot's other lists: a build of one list must never leave every
            // other list unscreened
            Optional<Snapshot> active = activeForBuild(store, !only.isEmpty() && !dropOthers, spec.commandLine().getErr());
            Set<String> kept = new java.util.TreeSet<>();
            if (!only.isEmpty() && !dropOthers) active.ifPresent(a -> a.sources().forEach(m -> {
                if (!only.contains(m.source())) kept.add(m.source());
            }));
            SnapshotBuilder.Result r;
            try (ProgressBar bar = new ProgressBar("reading lists", expectedEntities(store, sources))) {
                SnapshotBuilder builder = SnapshotBuilder.enriched(Countries.load(data)).sources(sources).progress(bar::step);
                if (!kept.isEmpty()) builder.carryOver(active.get(), kept);
                r = builder.build();
            }
            if (!noActivate) {
                // the same checks as 'lists update': a list file cut short must not become what everything screens against
                Set<String> read = new java.util.TreeSet<>();
                sources.forEach(s -> read.add(s.source()));
                List<String> problems = Plausibility.problems(active.orElse(null), r.snapshot(), read, maxDrop);
                if (!problems.isEmpty()) {
                    spec.commandLine().getErr().println("error: build refused, active snapshot unchanged:\n  - "
                            + String.join("\n  - ", problems) + "\n(--max-drop 1 accepts any loss; --no-activate stores"
                            + " the snapshot without activating it)");
                    return 1;
                }
            }
            Path file = store.save(r.snapshot());
            if (!noActivate) store.activate(r.snapshot().id());
            double secs = (System.nanoTime() - t0) / 1e9;
            if (!kept.isEmpty()) {
                spec.commandLine().getErr().println("kept from the active snapshot " + active.get().shortId() + ": "
                        + String.join(", ", kept) + " (--drop-others to build " + String.join(", ", only) + " alone)");
            }
            if (json) {
                var node = SnapshotJson.summaryJson(r.snapshot(), r.links());
                node.put("file", file.toString()).put("active", !noActivate).put("seconds", secs);
                SnapshotReport.print(node, out());
            } else {
                SnapshotReport.summary(r.snapshot(), r.links(), out());
                out().printf("%nstored %s (%,d bytes) in %.1f s%s%n", file, Files.size(file), secs,
                        noActivate ? "" : "; now active");
                out().printf("%,d links published by name only (OFAC 'Linked To:', vessel owners) resolved to an entry%n",
                        r.linksResolvedByName());
            }
            // after the summary, and on standard error under --json, so that standard output stays one JSON document
            if (!noActivate) PartiesCommand.monitorAfterActivation(home, json ? spec.commandLine().getErr() : out(), spec.commandLine().getErr());
            return 0;
        }
    }

    /**
     * The active snapshot a build keeps lists from and is checked against. A partial build that keeps the other
     * lists needs it intact; a full build of a home whose active snapshot is damaged is the way to recover, and
     * goes on without the comparison after saying so.
     */
    private static Optional<Snapshot> activeForBuild(SnapshotStore store, boolean keepsOthers, PrintWriter err) throws IOException {
        try {
            return store.openActive();
        } catch (IOException damaged) {
            if (keepsOthers) throw damaged;
            err.println("note: the active snapshot cannot be read (" + damaged.getMessage()
                    + "); the new one is not compared with it");
            return Optional.empty();
        }
    }

    /** Entities the active snapshot holds for these sources (the progress bar's 100 %), or -1 when unknown. */
    private static long expectedEntities(SnapshotStore store, List<ListSource> sources) {
        try {
            Optional<String> id = store.activeId();
            if (id.isEmpty()) return -1;
            SnapshotHeader h = SnapshotCodec.standard().readHeader(store.pathOf(id.get()));
            long total = 0;
            for (ListSource s : sources) {
                Optional<SourceMeta> m = h.sources().stream().filter(x -> x.source().equals(s.source())).findFirst();
                if (m.isEmpty()) return -1;
                total += m.get().entityCount();
            }
            return total;
        } catch (IOException e) {
            return -1; // only the progress display depends on it
        }
    }

    @Command(name = "stats", description = "Counts per source and schema, data quality and cross-list links of a snapshot.")
    static final class Stats extends Common implements Callable<Integer> {
        @Parameters(arity = "0..1", paramLabel = "SNAPSHOT", description = "Snapshot (see 'lists diff'); default: active.")
        String snapshot = "active";

        @Option(names = "--json", description = "Print as JSON.")
        boolean json;

        @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained HTML report with charts.")
        Path html;

        @Override
        public Integer call() throws IOException {
            Snapshot s = load(snapshot);
            SnapshotStats stats = SnapshotStats.of(s);
            if (html != null) writeHtml(html, SnapshotHtml.stats(s, stats));
            if (json) SnapshotReport.print(SnapshotJson.statsJson(stats), out());
            else SnapshotReport.stats(s, stats, out());
            return 0;
        }
    }

    @Command(name = "diff", description = {
            "Compare two snapshots: added, removed and changed entities, and which fields changed.",
            "OLD and NEW may be: 'active'; a snapshot id or unique id prefix; a .snap file;",
            "'sdn:RELEASE' = the primary records (sdn.csv) of a bundled OFAC SDN release folder",
            "(e.g. sdn:2021-07-07, sdn:2024-05-03) or of any folder holding an sdn.csv;",
            "or 'SOURCE@FOLDER' = a folder holding one list's files under their official names",
            "(e.g. bis-dpl@../shared/data/lists/bis-dpl/2023-11-30, un-sc@downloads/un).",
            "Shortcut: --sdn-release 2021-07-07 --sdn-release 2024-05-03."})
    static final class Diff extends Common implements Callable<Integer> {
        @Parameters(arity = "0..2", paramLabel = "SNAPSHOT")
        List<String> specs = new ArrayList<>();

        @Option(names = "--sdn-release", paramLabel = "RELEASE", description = "A bundled SDN release (give it twice: old, then new).")
        List<String> sdnReleases = new ArrayList<>();

        @Option(names = "--limit", description = "Entities listed per kind of change (default ${DEFAULT-VALUE}).", defaultValue = "20")
        int limit;

        @Option(names = "--json", description = "Print the whole diff as JSON.")
        boolean json;

        @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained HTML report with charts.")
        Path html;

        @Override
        public Integer call() throws IOException {
            List<String> all = new ArrayList<>(specs);
            sdnReleases.forEach(r -> all.add("sdn:" + r));
            if (all.size() != 2) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "give exactly two snapshots to compare (OLD NEW, or --sdn-release twice); got " + all.size());
            }
            Snapshot before = load(all.get(0));
            Snapshot after = load(all.get(1));
            SnapshotDiff d = SnapshotDiff.between(before, after);
            if (html != null) writeHtml(html, SnapshotHtml.diff(d, all.get(0), all.get(1)));
            if (json) SnapshotReport.print(SnapshotJson.diffJson(d, all.get(0), all.get(1)), out());
            else SnapshotReport.diff(d, all.get(0) + " (" + before.shortId() + ")", all.get(1) + " (" + after.shortId() + ")", limit, out());
            return 0;
        }
    }

    @Command(name = "update", description = {
            "Download the current lists from the official addresses, check them and activate a new snapshot.",
            "Refused as a whole (active snapshot untouched) when a download fails, is empty, does not parse",
            "completely, or would drop more than --max-drop of a source's entities."})
    static final class Update extends Common implements Callable<Integer> {
        @Option(names = "--config", paramLabel = "FILE", description = "Download addresses (properties); default: the built-in official ones.")
        Path config;

        @Option(names = "--max-drop", paramLabel = "SHARE", description = "Largest accepted loss of a source's entities, 0..1 (default: config, else 0.10).")
        Double maxDrop;

        @Option(names = "--source", paramLabel = "KEY", description = "Only these sources (repeatable).")
        List<String> only = new ArrayList<>();

        @Override
        public Integer call() throws IOException {
            UpdateConfig cfg = config == null ? UpdateConfig.defaults() : UpdateConfig.load(config);
            if (maxDrop != null) cfg = cfg.withMaxDrop(maxDrop);
            PrintWriter err = spec.commandLine().getErr();
            ListUpdater.Result r = new ListUpdater(store(), ListCatalog.downloadReaders())
                    .countries(Countries.load(Config.fromEnvironment().dataDir()))
                    .update(cfg, new LinkedHashSet<>(only), m -> err.println("  " + m));
            TextTable t = new TextTable("source", ">files", ">bytes", ">entities before", ">entities now");
            for (ListUpdater.SourceUpdate u : r.sources()) t.row(u.source(), u.files().size(), u.bytes(), u.previousCount(), u.newCount());
            t.print(out());
            if (r.unchanged()) {
                out().printf("%nlists unchanged: snapshot %s stays active%n", r.current().shortId());
            } else {
                out().printf("%nsnapshot %s is now active (%,d entities)%n", r.current().id(), r.current().size());
                if (r.previous() != null) {
                    SnapshotDiff d = SnapshotDiff.between(r.previous(), r.current());
                    out().printf("since %s: %,d added, %,d removed, %,d changed%n", r.previous().shortId(),
                            d.added().size(), d.removed().size(), d.changed().size());
                }
                PartiesCommand.monitorAfterActivation(home, out(), err);
            }
            return 0;
        }
    }

    @Command(name = "snapshots", description = "List the stored snapshots (* = active).")
    static final class Snapshots extends Common implements Callable<Integer> {
        @Override
        public Integer call() throws IOException {
            SnapshotStore store = store();
            out().println("home " + store.home());
            List<SnapshotStore.Listing> listing;
            try {
                listing = store.list();
            } catch (SnapshotFormatException junkInActive) {
                spec.commandLine().getErr().println("warning: " + junkInActive.getMessage()
                        + "; none is marked active ('chokepoint lists activate ID' chooses one)");
                listing = store.list(null);
            }
            SnapshotReport.snapshots(listing, out());
            return 0;
        }
    }

    @Command(name = "activate", description = "Make a stored snapshot the active one (e.g. to roll back an update).")
    static final class Activate extends Common implements Callable<Integer> {
        @Parameters(paramLabel = "SNAPSHOT", description = "Snapshot id or unique id prefix.")
        String id;

        @Override
        public Integer call() throws IOException {
            SnapshotStore store = store();
            String full = store.resolve(id);
            SnapshotCodec.standard().read(store.pathOf(full)); // never activate a file that does not load
            store.activate(full);
            out().println("snapshot " + full + " is now active");
            PartiesCommand.monitorAfterActivation(home, out(), spec.commandLine().getErr());
            return 0;
        }
    }

    @Command(name = "verify", description = {
            "Recompute a snapshot's content hash and compare it with its id; check its stored name index.",
            "The file checksums only catch damage; this proves the entities are exactly the ones the id names.",
            "Exit code 1 when they differ."})
    static final class Verify extends Common implements Callable<Integer> {
        @Parameters(arity = "0..1", paramLabel = "SNAPSHOT", description = "Snapshot; default: active.")
        String snapshot = "active";

        @Override
        public Integer call() throws IOException {
            Snapshot s = load(snapshot);
            if (s.verifyId()) {
                out().printf("snapshot %s verified: %,d entities hash to its id%n", s.id(), s.size());
                if (store().pathOf(s.id()).toFile().isFile()) {
                    // the stored name index is checked by reading it (length, CRC, version, snapshot id); a bad one is rebuilt
                    LoadedIndex index = store().loadOrBuildIndex(s);
                    out().println(switch (index.origin()) {
                        case READ -> "name index verified: " + String.format("%,d", index.index().nameCount()) + " names, matcher " + MatcherVersion.VERSION;
                        case BUILT -> "name index was missing: built and stored";
                        case REBUILT -> "name index refused (" + index.problem() + "): rebuilt and stored";
                    });
                }
                return 0;
            }
            out().printf("snapshot %s FAILED verification: its entities do not hash to its id%n", s.id());
            return 1;
        }
    }

    @Command(name = "prune", description = "Delete stored snapshots beyond the newest ones; the active one is always kept.")
    static final class Prune extends Common implements Callable<Integer> {
        @Option(names = "--keep", description = "How many of the newest snapshots to keep (default ${DEFAULT-VALUE}).", defaultValue = "5")
        int keep;

        @Override
        public Integer call() throws IOException {
            List<String> deleted = store().prune(keep);
            deleted.forEach(id -> out().println("deleted " + id));
            out().printf("%d snapshot(s) deleted%n", deleted.size());
            return 0;
        }
    }

    /** Resolves the snapshot names the commands accept. */
    static final class SnapshotSpec {
        private SnapshotSpec() {
        }

        static Snapshot load(String spec, SnapshotStore store) throws IOException {
            if (spec.equals("active")) {
                return store.loadActive().orElseThrow(() -> new IllegalArgumentException(
                        "no active snapshot in " + store.home() + ": run 'chokepoint lists build' first"));
            }
            if (spec.startsWith("sdn:")) return sdnRelease(spec.substring(4));
            int at = spec.indexOf('@');
            if (at > 0 && ListCatalog.entry(spec.substring(0, at)).filter(ListCatalog.Entry::isUpdatable).isPresent()) {
                return folder(spec.substring(0, at), Path.of(spec.substring(at + 1)));
            }
            if (spec.endsWith(".snap") && Files.isRegularFile(Path.of(spec))) return SnapshotCodec.standard().read(Path.of(spec));
            return store.load(spec);
        }

        /** A folder holding one list's files under their official names, compiled in memory with that list's reader. */
        static Snapshot folder(String source, Path dir) throws IOException {
            if (!Files.isDirectory(dir)) throw new IllegalArgumentException("no folder " + dir + " for " + source);
            return new SnapshotBuilder().source(ListCatalog.entry(source).orElseThrow().downloaded(dir)).build().snapshot();
        }

        /**
         * The primary records of one SDN release, compiled in memory. Only {@code sdn.csv} is read, also where
         * the release has alias and address files, so that releases with and without them compare fairly.
         */
        static Snapshot sdnRelease(String release) throws IOException {
            Path dir = Path.of(release);
            if (!Files.isRegularFile(dir.resolve("sdn.csv"))) dir = Config.fromEnvironment().dataDir().resolve("lists/ofac-sdn").resolve(release);
            Path primary = dir.resolve("sdn.csv");
            if (!Files.isRegularFile(primary)) {
                throw new IllegalArgumentException("no SDN release '" + release + "': " + primary + " does not exist");
            }
            return new SnapshotBuilder().source(OfacCsvSource.sdn(new OfacCsvFiles(primary, null, null, null, false)))
                    .build().snapshot();
        }
    }
}
