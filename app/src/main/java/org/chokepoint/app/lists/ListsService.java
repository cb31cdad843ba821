package org.chokepoint.app.lists;

import org.chokepoint.app.ActiveSnapshot;
import org.chokepoint.app.ServedSnapshot;
import org.chokepoint.model.CountryIndex;
import org.chokepoint.model.Snapshot;
import org.chokepoint.model.stats.SnapshotDiff;
import org.chokepoint.sources.ListCatalog;
import org.chokepoint.sources.snapshot.ListUpdater;
import org.chokepoint.sources.snapshot.SnapshotStore;
import org.chokepoint.sources.snapshot.UpdateConfig;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.Consumer;

/**
 * The list snapshots of a home, as a service: which one is served, which are stored, what changed between two, and
 * the two ways of moving the active pointer (download an update, or activate a stored snapshot). Both move the
 * served index too, atomically (see {@link ActiveSnapshot}).
 *
 * <p>Snapshots are named here by id or unique id prefix, or {@code active}: never by a file path, since the names may
 * come from a remote caller.
 */
public final class ListsService {
    private final ActiveSnapshot active;
    private final Supplier<CountryIndex> countries;

    public ListsService(ActiveSnapshot active, Supplier<CountryIndex> countries) {
        this.active = active;
        this.countries = countries;
    }

    /** The stored snapshots, newest first, with the active one marked. */
    public List<SnapshotStore.Listing> snapshots() throws IOException {
        return active.store().list();
    }

    /** A stored snapshot by id, unique id prefix or {@code active}. */
    public Snapshot load(String ref) throws IOException {
        if (ref.equals("active")) return active.current().snapshot();
        return active.store().load(ref);
    }

    public SnapshotDiff diff(String from, String to) throws IOException {
        return SnapshotDiff.between(load(from), load(to));
    }

    /** Activates a stored snapshot; the served index switches once the new one is ready. */
    public ServedSnapshot activate(String idOrPrefix) throws IOException {
        return active.activate(idOrPrefix);
    }

    /** The outcome of an update: what the updater did, and the snapshot served afterwards. */
    public record Updated(ListUpdater.Result result, ServedSnapshot served) {
    }

    /**
     * Downloads the lists from the configured addresses, checks them and, when they changed and pass every check,
     * stores and activates the new snapshot, then serves it. A refused update leaves the active snapshot untouched.
     */
    public Updated update(UpdateConfig config, Set<String> only, Consumer<String> log) throws IOException {
        ListUpdater.Result r = new ListUpdater(active.store(), ListCatalog.downloadReaders()).countries(countries.get())
                .update(config, only, log::accept);
        return new Updated(r, active.refresh());
    }
}
