package org.chokepoint.sources.snapshot;

import org.chokepoint.match.NameIndex;
import org.chokepoint.match.NameIndexCodec;
import org.chokepoint.match.NameIndexFormatException;
import org.chokepoint.model.Snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;

/**
 * The name index of each stored snapshot, kept beside it as {@code snapshots/<id>.idx} (format:
 * {@link NameIndexCodec}), so that a start reads the index instead of building it: 0.25 s instead of 5 s for
 * the bundled lists. The file is a cache of what {@link NameIndex#build} computes from the snapshot, so nothing is
 * lost when it is missing, damaged, written by another matcher version or for another snapshot: it is built
 * and written again (atomically, {@link AtomicFiles}), and the caller is told why.
 */
final class NameIndexFiles {
    static final String EXT = ".idx";
    /** Enough for any header (matcher version, snapshot id, counts: about 100 bytes). */
    private static final int HEADER_BYTES = 4096;
    private final Path dir;

    NameIndexFiles(Path dir) {
        this.dir = dir;
    }

    Path pathOf(String snapshotId) {
        return dir.resolve(snapshotId + EXT);
    }

    /**
     * The index of {@code snapshot}: read from its file when that is intact and current, else built, and
     * written when {@code store} (the snapshot is stored here).
     */
    LoadedIndex loadOrBuild(Snapshot snapshot, boolean store) {
        Path file = pathOf(snapshot.id());
        String refused = null;
        try {
            return new LoadedIndex(NameIndexCodec.decode(FileBytes.of(file), snapshot),
                    LoadedIndex.Origin.READ, null);
        } catch (NoSuchFileException missing) {
            // first use of this snapshot by this build: built below
        } catch (NameIndexFormatException e) {
            refused = "the stored name index " + file.getFileName() + " was refused (" + e.getMessage() + "); rebuilt it";
        } catch (IOException e) {
            refused = "the stored name index " + file + " cannot be read (" + e.getMessage() + "); rebuilt it";
        } catch (RuntimeException e) {
            // the codec reports every malformation it knows as NameIndexFormatException; a cache never stops a start
            refused = "the stored name index " + file.getFileName() + " cannot be decoded (" + e + "); rebuilt it";
        }
        NameIndex index = NameIndex.build(snapshot.entities());
        String problem = refused;
        if (store) {
            try {
                write(snapshot, index);
            } catch (IOException e) {
                problem = (refused == null ? "" : refused + "; ") + "the name index cannot be stored ("
                        + e.getMessage() + "), so every start builds it again";
            }
        }
        return new LoadedIndex(index, refused == null ? LoadedIndex.Origin.BUILT : LoadedIndex.Origin.REBUILT, problem);
    }

    /** Builds and writes the index of {@code snapshot} unless a current one is stored already. */
    void ensure(Snapshot snapshot) throws IOException {
        if (!current(snapshot.id(), snapshot.size())) write(snapshot, NameIndex.build(snapshot.entities()));
    }

    /**
     * Whether the stored index of snapshot {@code id} is of this format and matcher version and names that
     * snapshot (its header only: damage further on is found, and repaired, when it is loaded).
     */
    boolean current(String id, int entityCount) {
        byte[] start;
        try (InputStream in = Files.newInputStream(pathOf(id))) {
            start = in.readNBytes(HEADER_BYTES);
        } catch (IOException missingOrUnreadable) {
            return false;
        }
        try {
            return NameIndexCodec.header(start).fits(id, entityCount);
        } catch (NameIndexFormatException damaged) {
            return false;
        }
    }

    void write(Snapshot snapshot, NameIndex index) throws IOException {
        AtomicFiles.deleteStale(dir);
        AtomicFiles.write(pathOf(snapshot.id()), snapshot.shortId() + EXT, NameIndexCodec.encode(index, snapshot));
    }

    void delete(String snapshotId) throws IOException {
        Files.deleteIfExists(pathOf(snapshotId));
    }

    /** Deletes the index files of snapshots not in {@code stored}; returns how many. */
    int deleteOrphans(Set<String> stored) throws IOException {
        if (!Files.isDirectory(dir)) return 0;
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + EXT)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (!stored.contains(name.substring(0, name.length() - EXT.length())) && Files.deleteIfExists(f)) deleted++;
            }
        }
        return deleted;
    }
}
