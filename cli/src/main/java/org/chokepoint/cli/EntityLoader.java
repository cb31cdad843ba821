package org.chokepoint.cli;

import org.chokepoint.match.NameIndex;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Snapshot;
import org.chokepoint.sources.BundledLists;
import org.chokepoint.sources.refdata.Countries;
import org.chokepoint.sources.snapshot.LoadedIndex;
import org.chokepoint.sources.snapshot.SnapshotBuilder;
import org.chokepoint.sources.snapshot.SnapshotCodec;
import org.chokepoint.sources.snapshot.SnapshotHeader;
import org.chokepoint.sources.snapshot.SnapshotStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The one place the command line gets the list entities it screens against: the active compiled snapshot
 * (loads in well under a second). With no active snapshot, or one this version cannot read, the bundled lists
 * are compiled once, stored and activated, so the next command starts fast.
 */
public final class EntityLoader {
    private EntityLoader() {
    }

    public static List<Entity> load() {
        return activeSnapshot().entities();
    }

    /** The name index of the active snapshot: read from beside it, or built and stored when missing or refused. */
    public static NameIndex index() {
        LoadedIndex loaded = SnapshotStore.openDefault().loadOrBuildIndex(activeSnapshot());
        if (loaded.problem() != null) System.err.println("chokepoint: " + loaded.problem());
        return loaded.index();
    }

    public static Snapshot activeSnapshot() {
        SnapshotStore store = SnapshotStore.openDefault();
        try {
            Optional<Snapshot> active = Optional.empty();
            try {
                active = store.openActive();
            } catch (IOException unreadable) {
                System.err.println("chokepoint: the active snapshot cannot be read (" + unreadable.getMessage()
                        + "); compiling the bundled lists again");
            }
            if (active.isPresent()) {
                warnIfStale(store);
                return active.get();
            }
            System.err.println("chokepoint: no active list snapshot in " + store.home()
                    + "; compiling the bundled lists (once)");
            Snapshot built = SnapshotBuilder.enriched(Countries.load(BundledLists.dataDir()))
                    .sources(BundledLists.all(BundledLists.dataDir())).build().snapshot();
            store.saveAndActivate(built);
            return built;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the lists: " + e.getMessage(), e);
        }
    }

    /**
     * A snapshot compiled by readers older than this build's still loads, but may read a list differently from
     * what this build would; say so. Not rebuilt here: the active snapshot may hold lists downloaded by
     * {@code lists update} that the bundled files must not replace.
     */
    private static void warnIfStale(SnapshotStore store) throws IOException {
        Optional<String> id = store.activeId();
        if (id.isEmpty()) return;
        SnapshotHeader header = SnapshotCodec.standard().readHeader(store.pathOf(id.get()));
        if (header.compiledByOlderReaders()) {
            System.err.println("chokepoint: the active snapshot " + header.shortId() + " was compiled by readers of"
                    + " revision " + header.readersRevision() + "; this build reads some lists differently (revision "
                    + SnapshotBuilder.READERS_REVISION + "): run 'chokepoint lists build' or 'chokepoint lists update'");
        }
    }
}
