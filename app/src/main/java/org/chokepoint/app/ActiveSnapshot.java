package org.chokepoint.app;

import org.chokepoint.match.IndexedScreener;
import org.chokepoint.model.Snapshot;
import org.chokepoint.rules.RuleBook;
import org.chokepoint.sources.ListCatalog;
import org.chokepoint.sources.refdata.Countries;
import org.chokepoint.sources.snapshot.LoadedIndex;
import org.chokepoint.sources.snapshot.SnapshotBuilder;
import org.chokepoint.sources.snapshot.SnapshotCodec;
import org.chokepoint.sources.snapshot.SnapshotHeader;
import org.chokepoint.sources.snapshot.SnapshotStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The snapshot every use case screens against: the one the home's {@code active} pointer names, loaded once with
 * its index. In a home that has no active snapshot yet, the bundled lists are compiled once, stored and activated, so
 * the next start is fast; a damaged active snapshot is refused with the damage named and how to recover, never
 * replaced silently.
 *
 * <p>The snapshot's entities are decoded as they are asked for, and its name index is read from beside it (a quarter
 * of a second for the bundled lists), so a process is ready at once. Switching is atomic: {@link #activate} and
 * {@link #refresh} prepare the new snapshot and its index before one reference swap. A request holds the {@link ServedSnapshot} it started with, so
 * requests in flight finish on the old index and new requests see the new one; none fails during the switch.
 *
 * <pre>{@code
 * ActiveSnapshot active = new ActiveSnapshot(config, rules, System.err::println);
 * ServedSnapshot s = active.current();         // loads on first use
 * active.activate("32c9f7c0");                 // store's pointer and served index move together
 * }</pre>
 */
public final class ActiveSnapshot {
    private final SnapshotStore store;
    private final Path dataDir;
    private final RuleBook rules;
    private final Consumer<String> notices;
    private final AtomicReference<ServedSnapshot> current = new AtomicReference<>();
    private final Object switching = new Object();
    private final List<Consumer<ServedSnapshot>> listeners = new CopyOnWriteArrayList<>();

    public ActiveSnapshot(Config config, RuleBook rules, Consumer<String> notices) {
        this.store = new SnapshotStore(config.home());
        this.dataDir = config.dataDir();
        this.rules = rules;
        this.notices = notices;
    }

    public SnapshotStore store() {
        return store;
    }

    /** The served snapshot; the first call loads it (or compiles the bundled lists when the home has none). */
    public ServedSnapshot current() {
        ServedSnapshot s = current.get();
        if (s != null) return s;
        synchronized (switching) {
            s = current.get();
            if (s == null) {
                s = serve(loadOrCompile());
                current.set(s);
            }
            return s;
        }
    }

    /**
     * Calls {@code listener} with the new snapshot each time {@link #refresh} or {@link #activate} switches to
     * another one (not on the first load). It runs on the switching thread: hand long work (re-screening stored
     * parties) to a thread of your own.
     */
    public void onSwitch(Consumer<ServedSnapshot> listener) {
        listeners.add(listener);
    }

    private void switched(ServedSnapshot previous, ServedSnapshot next) {
        if (previous != null && previous.id().equals(next.id())) return;
        for (Consumer<ServedSnapshot> l : listeners) l.accept(next);
    }

    /** Whether a snapshot is loaded and indexed (the server's readiness). */
    public boolean isReady() {
        return current.get() != null;
    }

    /**
     * Follows the store's pointer when another process (a {@code lists update} or {@code lists activate} on the same
     * home) moved it. Returns the snapshot served afterwards.
     */
    public ServedSnapshot refresh() throws IOException {
        Optional<String> id = activeId();
        ServedSnapshot s = current.get();
        if (id.isEmpty() || (s != null && s.id().equals(id.get()))) return current();
        synchronized (switching) {
            s = current.get();
            if (s != null && s.id().equals(id.get())) return s;
            ServedSnapshot next = serve(open(id.get()));
            ServedSnapshot previous = current.getAndSet(next);
            switched(previous, next);
            return next;
        }
    }

    /** Activates a stored snapshot (id or unique prefix) and serves it; the pointer moves only once it is ready. */
    public ServedSnapshot activate(String idOrPrefix) throws IOException {
        synchronized (switching) {
            Snapshot snapshot = store.open(idOrPrefix);
            store.activate(snapshot.id()); // stores the snapshot's name index first when it has none
            ServedSnapshot next = serve(snapshot);
            ServedSnapshot previous = current.getAndSet(next);
            switched(previous, next);
            return next;
        }
    }

    /** The snapshot with its name index: read from beside it when stored and current, else built and stored. */
    private ServedSnapshot serve(Snapshot snapshot) {
        long t0 = System.nanoTime();
        LoadedIndex index = store.loadOrBuildIndex(snapshot);
        if (index.problem() != null) notices.accept("chokepoint: " + index.problem());
        return new ServedSnapshot(snapshot, new IndexedScreener(index.index()), rules, (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * The bundled lists are compiled only for a home that never had an active snapshot. A damaged one (a cut or
     * corrupt file, a missing file, an {@code ACTIVE} that names none, a format this build cannot read) is refused:
     * it may hold lists {@code lists update} downloaded, and screening silently against the older bundled ones
     * would change verdicts.
     */
    private Snapshot loadOrCompile() {
        try {
            store.deleteStaleTemporaryFiles(); // left by writers killed long ago
            Optional<String> id = activeId();
            if (id.isPresent()) {
                Snapshot active = open(id.get());
                warnIfStale();
                return active;
            }
            notices.accept("chokepoint: no active list snapshot in " + store.home() + "; compiling the bundled lists (once)");
            try (SnapshotStore.Lock held = store.lock()) {
                Snapshot built = SnapshotBuilder.enriched(Countries.load(dataDir)).sources(ListCatalog.bundled(dataDir)).build().snapshot();
                store.saveAndActivate(built);
                return built;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the active snapshot: " + e.getMessage(), e);
        }
    }

    /** What a user whose active snapshot is damaged can do; nothing is rebuilt for them. */
    static final String RECOVERY = ". It is not replaced by the bundled lists, since it may hold lists 'lists update'"
            + " downloaded. To recover: 'chokepoint lists snapshots' shows the stored snapshots, 'chokepoint lists verify ID'"
            + " checks one and 'chokepoint lists activate ID' makes it active; or 'chokepoint lists build' compiles the"
            + " bundled lists anew";

    private Optional<String> activeId() throws IOException {
        try {
            return store.activeId();
        } catch (IOException junk) {
            throw new IOException(junk.getMessage() + RECOVERY, junk);
        }
    }

    private Snapshot open(String id) throws IOException {
        if (!Files.isRegularFile(store.pathOf(id))) {
            throw new IOException(store.activeFile() + " names snapshot " + id
                    + ", whose file " + store.pathOf(id) + " is missing" + RECOVERY);
        }
        try {
            return store.open(id);
        } catch (IOException damaged) {
            throw new IOException(damaged.getMessage() + RECOVERY, damaged);
        }
    }

    /**
     * A snapshot compiled by readers older than this build's still loads, but may read a list differently from
     * what this build would; say so. Not rebuilt here: the active snapshot may hold lists downloaded by
     * {@code lists update} that the bundled files must not replace.
     */
    private void warnIfStale() throws IOException {
        Optional<String> id = store.activeId();
        if (id.isEmpty()) return;
        SnapshotHeader header = SnapshotCodec.standard().readHeader(store.pathOf(id.get()));
        if (header.compiledByOlderReaders()) {
            notices.accept("chokepoint: the active snapshot " + header.shortId() + " was compiled by readers of"
                    + " revision " + header.readersRevision() + "; this build reads some lists differently (revision "
                    + SnapshotBuilder.READERS_REVISION + "): run 'chokepoint lists build' or 'chokepoint lists update'");
        }
    }
}
