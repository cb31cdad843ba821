package org.chokepoint.app;

import org.chokepoint.match.IndexedScreener;
import org.chokepoint.model.CountryIndex;
import org.chokepoint.model.Entity;
import org.chokepoint.model.FileMeta;
import org.chokepoint.model.Snapshot;
import org.chokepoint.rules.EarlierRelease;
import org.chokepoint.rules.ListHistory;
import org.chokepoint.sources.ListCatalog;
import org.chokepoint.sources.ListSource;
import org.chokepoint.sources.snapshot.SnapshotBuilder;
import org.chokepoint.sources.snapshot.SnapshotStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The earlier list releases the engine can consult for a date before the served snapshot's releases: the lists of
 * the store's other snapshots, and the older releases bundled under the data folder ({@code lists/ofac-sdn/2021-07-07},
 * {@code lists/bis-dpl/dpl.txt}). For a date, each list's nearest earlier release on or after it and nearest before
 * it are chosen; the engine screens the entries they hold that the served snapshot no longer does (removed since).
 *
 * <pre>{@code
 * ListHistory h = new ReleaseHistory(served, store, dataDir, countries, notices);
 * h.covering(LocalDate.parse("2021-06-01"));   // [ofac-sdn release of 2021-07-07 (lists/ofac-sdn/2021-07-07), ...]
 * }</pre>
 *
 * <p>Nothing is read until a date before the releases is judged; each release is then read once, and only its
 * removed entries are indexed. A release that cannot be read is skipped with a notice, never fatal: the decision
 * still says that removed entries may be missing.
 */
public final class ReleaseHistory implements ListHistory {
    private static final Pattern DATED = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final ServedSnapshot served;
    private final SnapshotStore store;
    private final Path dataDir;
    private final Supplier<CountryIndex> countries;
    private final Consumer<String> notices;
    private volatile List<Candidate> candidates;

    public ReleaseHistory(ServedSnapshot served, SnapshotStore store, Path dataDir, Supplier<CountryIndex> countries, Consumer<String> notices) {
        this.served = served;
        this.store = store;
        this.dataDir = dataDir;
        this.countries = countries;
        this.notices = notices;
    }

    /** One earlier release of one list; its removed entries are indexed on first use. */
    private final class Candidate {
        final String source;
        final LocalDate released;
        final String label;
        final Supplier<List<Entity>> entities;
        private volatile EarlierRelease ready;

        Candidate(String source, LocalDate released, String label, Supplier<List<Entity>> entities) {
            this.source = source;
            this.released = released;
            this.label = label;
            this.entities = entities;
        }

        EarlierRelease ready() {
            EarlierRelease r = ready;
            if (r != null) return r;
            synchronized (this) {
                if (ready == null) {
                    Snapshot now = served.snapshot();
                    List<Entity> removed = entities.get().stream()
                            .filter(e -> e.source().equals(source) && !now.contains(e.key())).toList();
                    ready = new EarlierRelease(source, released, label, IndexedScreener.over(removed), removed.size());
                }
                return ready;
            }
        }
    }

    @Override
    public List<EarlierRelease> covering(LocalDate date) {
        List<EarlierRelease> out = new ArrayList<>();
        Map<String, List<Candidate>> bySource = new java.util.TreeMap<>();
        for (Candidate c : candidates()) bySource.computeIfAbsent(c.source, k -> new ArrayList<>()).add(c);
        for (List<Candidate> list : bySource.values()) {
            // sorted by date: the nearest on or after the date, and the nearest before it
            Candidate after = list.stream().filter(c -> !c.released.isBefore(date)).findFirst().orElse(null);
            Candidate before = list.stream().filter(c -> c.released.isBefore(date)).reduce((a, b) -> b).orElse(null);
            for (Candidate c : new Candidate[]{after, before}) if (c != null) out.add(c.ready());
        }
        return out;
    }

    private List<Candidate> candidates() {
        List<Candidate> c = candidates;
        if (c != null) return c;
        synchronized (this) {
            if (candidates == null) {
                List<Candidate> found = new ArrayList<>();
                stored(found);
                bundled(found);
                found.sort(Comparator.comparing((Candidate x) -> x.released));
                candidates = List.copyOf(found);
            }
            return candidates;
        }
    }

    /** Each list of the store's other snapshots whose release is older than the served one's. */
    private void stored(List<Candidate> found) {
        Map<String, LocalDate> current = served.listDates();
        List<String> ids;
        try {
            ids = store.ids();
        } catch (IOException e) {
            notices.accept("chokepoint: cannot list the stored snapshots for earlier releases: " + e.getMessage());
            return;
        }
        for (String id : ids) {
            if (id.equals(served.id())) continue;
            Snapshot s;
            try {
                s = store.open(id);
            } catch (IOException e) {
                notices.accept("chokepoint: stored snapshot " + id + " skipped as an earlier release: " + e.getMessage());
                continue;
            }
            for (Map.Entry<String, LocalDate> d : ServedSnapshot.listDates(s).entrySet()) {
                LocalDate now = current.get(d.getKey());
                if (now == null || !d.getValue().isBefore(now)) continue;
                found.add(new Candidate(d.getKey(), d.getValue(), d.getKey() + " release of " + d.getValue() + " (stored snapshot "
                        + s.shortId() + ")", s::entities));
            }
        }
    }

    /**
     * Older releases bundled under {@code lists/<source>/}: the folder itself and its dated sub-folders
     * ({@code 2021-07-07}, not {@code 2025-02-27-partial}: a partial release lacks entries that were not removed),
     * read with the list's download reader; skipped when it holds the files the served snapshot was built from, or
     * when its date is not before the served release.
     */
    private void bundled(List<Candidate> found) {
        Map<String, LocalDate> current = served.listDates();
        for (ListCatalog.Entry entry : ListCatalog.entries()) {
            LocalDate now = current.get(entry.key());
            Path dir = dataDir.resolve("lists").resolve(entry.key());
            if (now == null || !entry.isUpdatable() || !Files.isDirectory(dir)) continue;
            Set<String> servedFiles = servedFiles(entry.key());
            List<Path> folders = new ArrayList<>(List.of(dir));
            try (Stream<Path> sub = Files.list(dir)) {
                sub.filter(p -> Files.isDirectory(p) && DATED.matcher(p.getFileName().toString()).matches()).sorted().forEach(folders::add);
            } catch (IOException e) {
                continue;
            }
            for (Path folder : folders) {
                ListSource source = entry.downloaded(folder);
                if (source.files().isEmpty() || !source.files().stream().allMatch(Files::isRegularFile)
                        || source.files().stream().anyMatch(f -> servedFiles.contains(f.getFileName() + "|" + folderName(f)))) {
                    continue;
                }
                LocalDate folderDate = DATED.matcher(folder.getFileName().toString()).matches() ? LocalDate.parse(folder.getFileName().toString()) : null;
                if (folderDate != null && !folderDate.isBefore(now)) continue;
                add(found, entry.key(), source, folderDate, dataDir.relativize(folder), now);
            }
        }
    }

    /** A bundled release without a dated folder is read at once to learn its date (the newest it states). */
    private void add(List<Candidate> found, String key, ListSource source, LocalDate folderDate, Path where, LocalDate now) {
        Supplier<List<Entity>> entities = Lazy.of(() -> read(source));
        LocalDate date = folderDate;
        if (date == null) {
            Snapshot s = readSnapshot(source);
            if (s == null) return;
            date = ServedSnapshot.listDates(s).get(key);
            if (date == null) date = s.entities().stream().filter(e -> e.listedOn() != null).map(e -> e.listedOn().earliest())
                    .max(LocalDate::compareTo).orElse(null);
            if (date == null || !date.isBefore(now)) return;
            List<Entity> all = s.entities();
            entities = () -> all;
        }
        found.add(new Candidate(key, date, key + " release of " + date + " (" + where.toString().replace('\\', '/') + ")", entities));
    }

    private List<Entity> read(ListSource source) {
        Snapshot s = readSnapshot(source);
        return s == null ? List.of() : s.entities();
    }

    private Snapshot readSnapshot(ListSource source) {
        try {
            return SnapshotBuilder.enriched(countries.get()).source(source).build().snapshot();
        } catch (IOException | RuntimeException e) {
            notices.accept("chokepoint: earlier release " + source.files().get(0) + " skipped: " + e.getMessage());
            return null;
        }
    }

    /** The served snapshot's files of a list as "name|folder", to recognise the release it was built from. */
    private Set<String> servedFiles(String key) {
        return served.snapshot().source(key).map(m -> m.files().stream().map(FileMeta::path)
                .map(p -> Path.of(p.replace('\\', '/'))).map(p -> p.getFileName() + "|" + folderName(p))
                .collect(java.util.stream.Collectors.toSet())).orElse(Set.of());
    }

    private static String folderName(Path p) {
        Path parent = p.getParent();
        return parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
    }
}
