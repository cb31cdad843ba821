package org.chokepoint.sources.snapshot;

import org.chokepoint.model.CountryIndex;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Finding;
import org.chokepoint.model.Findings;
import org.chokepoint.model.Snapshot;
import org.chokepoint.sources.ListSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Downloads the current list files, checks them, and only then compiles and activates a new snapshot.
 *
 * <p>Checks, per source: every file answers HTTP 200 and is not empty; the download is complete (the HTTP
 * client fails on a body shorter than its declared length); the files parse completely with the source's own
 * reader (no {@code ListFormatException}, no error-level finding); and the source would not lose more than
 * {@code maxDrop} of the entities it has in the active snapshot. The update is all-or-nothing: one failed
 * check refuses the whole update, the active snapshot stays byte-identical, and the staging folder is deleted.
 */
public final class ListUpdater {
    private final SnapshotStore store;
    private final Map<String, Function<Path, ListSource>> readers;
    private final HttpClient http;
    private CountryIndex countries;

    /**
     * @param readers per source key, the reader of a folder holding that source's files under their configured
     *                names
     */
    /** Resolves the downloaded lists' country texts to ISO codes, as a bundled build does. */
    public ListUpdater countries(CountryIndex index) {
        this.countries = index;
        return this;
    }

    public ListUpdater(SnapshotStore store, Map<String, Function<Path, ListSource>> readers) {
        this.store = store;
        this.readers = Map.copyOf(readers);
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(30)).build();
    }

    /** How one source fared. */
    public record SourceUpdate(String source, List<UpdateConfig.RemoteFile> files, long bytes, int previousCount,
                               int newCount) {
    }

    /** A completed update: the snapshot before (may be null) and the new active one. */
    public record Result(Snapshot previous, Snapshot current, List<SourceUpdate> sources, boolean unchanged) {
    }

    /** Progress messages for the user ("downloading ...", "parsing ..."). */
    public interface Listener {
        void step(String message);
    }

    public Result update(UpdateConfig config, Set<String> only, Listener listener) throws IOException {
        Map<String, List<UpdateConfig.RemoteFile>> chosen = new HashMap<>();
        List<String> problems = new ArrayList<>();
        config.sources().forEach((k, v) -> {
            if (only.isEmpty() || only.contains(k)) chosen.put(k, v);
        });
        for (String k : only) if (!config.sources().containsKey(k)) problems.add(k + ": not in " + config.origin());
        for (String k : chosen.keySet()) if (!readers.containsKey(k)) problems.add(k + ": no reader for this source key");
        if (chosen.isEmpty() && problems.isEmpty()) problems.add("no sources configured in " + config.origin());
        if (!problems.isEmpty()) throw new UpdateException(problems);

        // one writer at a time per home folder: a second one would compare against a snapshot about to change
        SnapshotStore.Lock lock;
        try {
            lock = store.lock();
        } catch (StoreBusyException busy) {
            throw new UpdateException(List.of(busy.getMessage()));
        }
        try (lock) {
            return updateLocked(chosen, config, listener);
        }
    }

    private Result updateLocked(Map<String, List<UpdateConfig.RemoteFile>> chosen, UpdateConfig config, Listener listener)
            throws IOException {
        List<String> problems = new ArrayList<>();
        Snapshot previous;
        try {
            previous = store.loadActive().orElse(null);
        } catch (IOException e) {
            throw new UpdateException(List.of("the active snapshot cannot be read, so the new files cannot be checked "
                    + "against it (" + e.getMessage() + "); rebuild with 'chokepoint lists build' first"));
        }

        removeStaleStaging(); // left by an update that was killed; safe, this one holds the lock
        Path staging = Files.createTempDirectory(store.home(), "staging-");
        try {
            Map<Path, String> labels = new HashMap<>();
            List<ListSource> verified = new ArrayList<>();
            List<SourceUpdate> updates = new ArrayList<>();
            for (String source : chosen.keySet().stream().sorted().toList()) {
                Path folder = Files.createDirectories(staging.resolve(source));
                long bytes = 0;
                boolean downloaded = true;
                for (UpdateConfig.RemoteFile f : chosen.get(source)) {
                    Path target = folder.resolve(f.name());
                    listener.step("downloading " + f.url());
                    Optional<String> problem = download(f.url(), target, config);
                    if (problem.isPresent()) {
                        problems.add(source + ": " + problem.get());
                        downloaded = false;
                    } else {
                        bytes += Files.size(target);
                        labels.put(target.toAbsolutePath().normalize(), f.url().toString());
                    }
                }
                if (!downloaded) continue;
                listener.step("checking " + source);
                ListSource reader = readers.get(source).apply(folder);
                int count = parsedCount(source, reader, chosen.get(source), labels, problems);
                if (count < 0) continue;
                int before = previous == null ? 0 : (int) previous.entities().stream().filter(e -> e.source().equals(source)).count();
                Optional<String> drop = Plausibility.drop(source, count, before, config.maxDrop());
                if (drop.isPresent()) {
                    problems.add(drop.get() + " (files: " + urls(chosen.get(source)) + "); raise --max-drop if this is expected");
                    continue;
                }
                verified.add(reader);
                updates.add(new SourceUpdate(source, chosen.get(source), bytes, before, count));
            }
            if (!problems.isEmpty()) throw new UpdateException(problems);

            listener.step("compiling snapshot");
            SnapshotBuilder builder = SnapshotBuilder.enriched(countries).sources(verified)
                    .fileLabel(p -> labels.getOrDefault(p.toAbsolutePath().normalize(), p.getFileName().toString()));
            if (previous != null) {
                Set<String> keep = new HashSet<>();
                previous.sources().forEach(s -> keep.add(s.source()));
                keep.removeAll(chosen.keySet());
                builder.carryOver(previous, keep);
            }
            Snapshot next = builder.build().snapshot();
            boolean unchanged = previous != null && previous.id().equals(next.id());
            if (!unchanged) {
                store.save(next);
                store.activate(next.id());
            }
            return new Result(previous, unchanged ? previous : next, updates, unchanged);
        } finally {
            deleteTree(staging);
        }
    }

    /** Downloads one file; returns why it failed, or empty. */
    private Optional<String> download(URI url, Path target, UpdateConfig config) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(config.timeout())
                .header("User-Agent", "chokepoint-list-updater").GET().build();
        try {
            HttpResponse<Path> response = http.send(request, HttpResponse.BodyHandlers.ofFile(target));
            if (response.statusCode() != 200) return Optional.of(url + " answered HTTP " + response.statusCode());
            if (Files.size(target) == 0) return Optional.of(url + " sent an empty file");
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(url + " download failed (incomplete or refused): " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(url + " download interrupted");
        }
    }

    /** Parses the staged files completely; returns the entity count, or -1 after recording the problem. */
    private static int parsedCount(String source, ListSource reader, List<UpdateConfig.RemoteFile> files,
                                   Map<Path, String> labels, List<String> problems) {
        Findings findings = new Findings();
        Set<String> keys = new HashSet<>();
        try {
            reader.read((Entity e) -> keys.add(e.key()), findings);
        } catch (IOException | RuntimeException e) {
            // a reader that trips over unexpected content (an HTML error page, a cut-off record) must refuse, not crash
            problems.add(source + ": downloaded files are not a well-formed " + source + " list: " + byUrl(describe(e), labels));
            return -1;
        }
        List<Finding> errors = findings.all().stream().filter(f -> f.severity() == Finding.Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            problems.add(source + ": downloaded files do not parse completely: " + errors.size()
                    + " error(s), first: " + byUrl(errors.get(0).toString(), labels));
            return -1;
        }
        if (keys.isEmpty()) {
            problems.add(source + ": downloaded files hold no entities (" + urls(files) + ")");
            return -1;
        }
        return keys.size();
    }

    /** Readers name the staged file; the user needs to know which download it was. */
    private static String byUrl(String message, Map<Path, String> labels) {
        String out = message;
        for (Map.Entry<Path, String> e : labels.entrySet()) out = out.replace(e.getKey().toString(), e.getValue());
        return out;
    }

    private static String urls(List<UpdateConfig.RemoteFile> files) {
        return String.join(", ", files.stream().map(f -> f.url().toString()).toList());
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private void removeStaleStaging() throws IOException {
        try (Stream<Path> children = Files.list(store.home())) {
            for (Path p : children.filter(p -> p.getFileName().toString().startsWith("staging-")).toList()) deleteTree(p);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
