package org.chokepoint.cli;

import org.chokepoint.model.Entity;
import org.chokepoint.model.Snapshot;
import org.chokepoint.sources.BundledLists;
import org.chokepoint.sources.snapshot.SnapshotBuilder;
import org.chokepoint.sources.snapshot.SnapshotStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The one place the command line gets the list entities it screens against: the active snapshot of the
 * snapshot home ({@code chokepoint lists build} / {@code lists update}), or, when none was activated yet,
 * a snapshot compiled in memory from the bundled lists (same duplicate handling and link resolution).
 */
public final class EntityLoader {
    private EntityLoader() {
    }

    public static List<Entity> load() {
        SnapshotStore store = SnapshotStore.openDefault();
        Optional<Snapshot> active;
        try {
            active = store.loadActive();
        } catch (IOException e) {
            throw new UncheckedIOException("the active snapshot cannot be loaded (" + e.getMessage()
                    + "); rebuild it with 'chokepoint lists build' or switch with 'chokepoint lists activate'", e);
        }
        if (active.isPresent()) return active.get().entities();
        try {
            return new SnapshotBuilder().sources(BundledLists.all(BundledLists.dataDir())).build().snapshot().entities();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled lists: " + e.getMessage(), e);
        }
    }
}
