package org.chokepoint.sources.snapshot;

import org.chokepoint.model.Snapshot;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The home folder of compiled snapshots: {@code snapshots/<id>.snap}, the name index of each beside it
 * ({@code snapshots/<id>.idx}, see {@link #loadOrBuildIndex}), and the file {@code ACTIVE} naming the snapshot in
 * use. Files are written to a temporary name and moved into place atomically ({@link AtomicFiles}), so a reader
 * sees either the old or the new state, never a half-written one. Builds, updates and prunes take the home's writer
 * lock ({@link #lock}) and clean up what killed writers left.
 */
public final class SnapshotStore {
    private static final String EXT = ".snap";
    private static final Pattern ID = Pattern.compile("[0-9a-f]{64}");
    private final Path home;
    private final SnapshotCodec codec;
    private final NameIndexFiles indexes;

    public SnapshotStore(Path home) {
        this(home, SnapshotCodec.standard());
    }

    public SnapshotStore(Path home, SnapshotCodec codec) {
        this.home = home.toAbsolutePath().normalize();
        this.codec = codec;
        this.indexes = new NameIndexFiles(snapshotsDir());
    }

    /** The home folder: system property {@code chokepoint.home}, else {@code .chokepoint} in the working directory. */
    public static Path defaultHome() {
        String prop = System.getProperty("chokepoint.home");
        return Path.of(prop == null || prop.isBlank() ? ".chokepoint" : prop).toAbsolutePath().normalize();
    }

    public static SnapshotStore openDefault() {
        return new SnapshotStore(defaultHome());
    }

    public Path home() {
        return home;
    }

    public Path snapshotsDir() {
        return home.resolve("snapshots");
    }

    public Path activeFile() {
        return home.resolve("ACTIVE");
    }

    public Path pathOf(String id) {
        return snapshotsDir().resolve(id + EXT);
    }

    /** The name index file of snapshot {@code id}. */
    public Path indexPathOf(String id) {
        return indexes.pathOf(id);
    }

    /**
     * Stores the snapshot: a no-op when a file with that id exists (the id is the content), unless that file
     * was written by older readers or in an older format or cannot be read, when it is replaced atomically. Its
     * name index is built and stored too unless a current one is there, so that the first screening starts fast.
     */
    public Path save(Snapshot snapshot) throws IOException {
        Path target = pathOf(snapshot.id());
        if (!Files.exists(target) || !current(target)) {
            AtomicFiles.write(target, snapshot.shortId(), out -> {
                BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
                codec.write(snapshot, buffered);
                buffered.flush();
            });
        }
        storeIndex(snapshot);
        return target;
    }

    /**
     * Builds and stores the snapshot's name index unless a current one is there. The index is a cache: when it
     * cannot be written, saving and activating still succeed, and the first use says why it is built again.
     */
    private void storeIndex(Snapshot snapshot) {
        try {
            indexes.ensure(snapshot);
        } catch (IOException cannotStore) {
            // reported by loadOrBuildIndex, which tries again
        }
    }

    /**
     * The name index of {@code snapshot}, read from beside the snapshot when a current and intact one is stored
     * there (a quarter of a second for the bundled lists), else built (seconds) and stored for the next start.
     * Never fails for the index file's sake: a damaged, outdated or foreign one is reported in
     * {@link LoadedIndex#problem()} and replaced.
     */
    public LoadedIndex loadOrBuildIndex(Snapshot snapshot) {
        return indexes.loadOrBuild(snapshot, Files.isRegularFile(pathOf(snapshot.id())));
    }

    private boolean current(Path file) {
        try {
            SnapshotHeader h = codec.readHeader(file);
            return !h.compiledByOlderReaders() && !h.olderFormat();
        } catch (IOException unreadable) {
            return false;
        }
    }

    /**
     * Makes {@code id} the active snapshot; it must be stored already and readable. Its name index is built and
     * stored first when missing or outdated (a roll-back to a snapshot stored by an older build), so screening
     * starts fast.
     */
    public void activate(String id) throws IOException {
        if (!Files.isRegularFile(pathOf(id))) throw new NoSuchFileException(pathOf(id).toString(), null, "no such snapshot");
        if (!indexes.current(id, codec.readHeader(pathOf(id)).entityCount())) storeIndex(load(id));
        AtomicFiles.write(activeFile(), "ACTIVE", out -> out.write((id + "\n").getBytes(StandardCharsets.US_ASCII)));
    }

    /** Saves and activates in one step. */
    public Path saveAndActivate(Snapshot snapshot) throws IOException {
        Path p = save(snapshot);
        activate(snapshot.id());
        return p;
    }

    public Optional<String> activeId() throws IOException {
        if (!Files.exists(activeFile())) return Optional.empty();
        String id = Files.readString(activeFile(), StandardCharsets.US_ASCII).strip();
        if (!ID.matcher(id).matches()) {
            throw new SnapshotFormatException(activeFile() + " does not name a snapshot (content: '" + abbreviate(id) + "')");
        }
        return Optional.of(id);
    }

    /** The active snapshot, or empty when none was activated yet. */
    public Optional<Snapshot> loadActive() throws IOException {
        Optional<String> id = activeId();
        return id.isEmpty() ? Optional.empty() : Optional.of(load(id.get()));
    }

    /**
     * The active snapshot with its entities decoded as they are asked for ({@link SnapshotCodec#open}), for
     * commands that look at a few of them (screening one name); empty when none was activated yet.
     */
    public Optional<Snapshot> openActive() throws IOException {
        Optional<String> id = activeId();
        return id.isEmpty() ? Optional.empty() : Optional.of(codec.open(pathOf(id.get())));
    }

    /** As {@link #load}, with the entities decoded as they are asked for ({@link SnapshotCodec#open}). */
    public Snapshot open(String idOrPrefix) throws IOException {
        return codec.open(pathOf(resolve(idOrPrefix)));
    }

    /** Loads a snapshot by full id or by a unique prefix of at least 4 characters. */
    public Snapshot load(String idOrPrefix) throws IOException {
        return codec.read(pathOf(resolve(idOrPrefix)));
    }

    /** The full id for an id or unique prefix. */
    public String resolve(String idOrPrefix) throws IOException {
        String p = idOrPrefix.strip().toLowerCase(Locale.ROOT);
        if (ID.matcher(p).matches() && Files.exists(pathOf(p))) return p;
        if (p.length() < 4) throw new IllegalArgumentException("snapshot id prefix '" + idOrPrefix + "' is too short (at least 4 characters)");
        List<String> matches = ids().stream().filter(i -> i.startsWith(p)).toList();
        if (matches.isEmpty()) throw new IllegalArgumentException("no snapshot with id " + idOrPrefix + " in " + snapshotsDir());
        if (matches.size() > 1) throw new IllegalArgumentException("snapshot id prefix " + idOrPrefix + " is ambiguous: " + matches);
        return matches.get(0);
    }

    /** Ids of all stored snapshots. */
    public List<String> ids() throws IOException {
        if (!Files.isDirectory(snapshotsDir())) return List.of();
        List<String> ids = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(snapshotsDir(), "*" + EXT)) {
            for (Path p : dir) {
                String name = p.getFileName().toString();
                String id = name.substring(0, name.length() - EXT.length());
                if (ID.matcher(id).matches()) ids.add(id);
            }
        }
        return ids;
    }

    /** Metadata of every stored snapshot, newest first; unreadable files are listed with their error. */
    public List<Listing> list() throws IOException {
        return list(activeId().orElse(null));
    }

    /**
     * As {@link #list()}, with {@code active} (or none, when null) marked active: for showing the stored snapshots
     * when {@code ACTIVE} itself is damaged, so the user can choose one to activate.
     */
    public List<Listing> list(String active) throws IOException {
        List<Listing> out = new ArrayList<>();
        for (String id : ids()) {
            try {
                out.add(new Listing(id, id.equals(active), codec.readHeader(pathOf(id)), null, Files.size(pathOf(id))));
            } catch (IOException e) {
                out.add(new Listing(id, id.equals(active), null, e.getMessage(), Files.size(pathOf(id))));
            }
        }
        out.sort(Comparator.comparing((Listing l) -> l.header == null ? Instant.EPOCH : l.header.createdAt()).reversed());
        return out;
    }

    /**
     * Deletes stored snapshots beyond the {@code keep} newest, never the active one, with their name indexes;
     * also index files whose snapshot is gone and temporary files of writers that died.
     *
     * @return the ids deleted
     */
    public List<String> prune(int keep) throws IOException {
        if (keep < 1) throw new IllegalArgumentException("keep at least one snapshot, got " + keep);
        try (Lock held = lock()) {
            return pruneLocked(keep);
        }
    }

    private List<String> pruneLocked(int keep) throws IOException {
        List<String> deleted = new ArrayList<>();
        List<Listing> newestFirst = list();
        for (int i = keep; i < newestFirst.size(); i++) {
            Listing l = newestFirst.get(i);
            if (l.active()) continue;
            Files.deleteIfExists(pathOf(l.id()));
            indexes.delete(l.id());
            deleted.add(l.id());
        }
        indexes.deleteOrphans(Set.copyOf(ids()));
        deleteStaleTemporaryFiles();
        return deleted;
    }

    /** Held while a build, an update or a prune changes the store; see {@link #lock}. */
    public static final class Lock implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;

        private Lock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        @Override
        public void close() throws IOException {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }

    /**
     * Takes the home's writer lock ({@code update.lock}), which {@code lists build}, {@code lists update} and
     * {@code lists prune} hold while they change the store: one at a time per home, whichever process runs them.
     * Once it is held no other snapshot writer can be at work, so the temporary snapshot files that killed writers
     * left behind are deleted, whatever their age (temporary index files may belong to a screening process still
     * writing one, and go only when stale).
     *
     * @throws StoreBusyException when another writer holds it
     */
    public Lock lock() throws IOException {
        Files.createDirectories(home);
        FileChannel channel = FileChannel.open(home.resolve("update.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new StoreBusyException("another 'lists build', 'lists update' or 'lists prune' is running on " + home
                    + "; try again once it has finished");
        }
        AtomicFiles.deleteAll(snapshotsDir(), name -> !name.contains(NameIndexFiles.EXT + "-"));
        AtomicFiles.deleteAll(home, name -> name.startsWith("ACTIVE-"));
        return new Lock(channel, lock);
    }

    /** Deletes temporary files of writers that died long ago (any process may call it, at start). */
    public void deleteStaleTemporaryFiles() throws IOException {
        AtomicFiles.deleteStale(snapshotsDir());
        AtomicFiles.deleteStale(home);
    }

    /** One stored snapshot: its header, or why it cannot be read. */
    public record Listing(String id, boolean active, SnapshotHeader header, String error, long fileSize) {
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
