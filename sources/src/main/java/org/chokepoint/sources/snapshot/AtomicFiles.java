package org.chokepoint.sources.snapshot;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

/**
 * Files of the store written so that a reader finds the old file or the complete new one, never part of one,
 * even when the writing process is killed or the machine loses power: the bytes go to a temporary file in the
 * same folder ({@code <prefix>-<random>.tmp}), are forced to disk, and the file is renamed over the target in
 * one atomic step. A killed writer leaves only its {@code .tmp} file, which no reader opens and
 * {@link #deleteStale} removes later.
 */
final class AtomicFiles {
    static final String TMP = ".tmp";
    /** A temporary file this old belongs to a writer that died: writes take seconds. */
    static final Duration STALE = Duration.ofMinutes(10);

    private AtomicFiles() {
    }

    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code target} atomically; {@code prefix} names the temporary file ("46b719eaee2f.idx"). */
    static void write(Path target, String prefix, Body body) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, prefix + "-", TMP);
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(ch);
                body.writeTo(out);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the file system of " + dir + " cannot replace files atomically; "
                        + "choose another home folder (-Dchokepoint.home)", e);
            }
            forceDirectory(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static void write(Path target, String prefix, byte[] bytes) throws IOException {
        write(target, prefix, out -> out.write(bytes));
    }

    /** Makes the rename itself durable where the platform allows opening a folder (Linux, macOS). */
    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException notOnThisPlatform) {
            // Windows cannot open a folder as a file; its rename is durable once the file data was forced
        }
    }

    /**
     * Deletes every temporary file in {@code dir} that {@code name} accepts, whatever its age: for a
     * caller that holds the lock every writer of such files takes, so that none of them can still be at work.
     *
     * @return how many were deleted
     */
    static int deleteAll(Path dir, java.util.function.Predicate<String> name) throws IOException {
        if (!Files.isDirectory(dir)) return 0;
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + TMP)) {
            for (Path f : files) {
                if (name.test(f.getFileName().toString()) && Files.deleteIfExists(f)) deleted++;
            }
        }
        return deleted;
    }

    /**
     * Deletes temporary files in {@code dir} left by writers that died ({@value #TMP} files older than
     * {@link #STALE}); younger ones may belong to a writer still at work and are left alone.
     *
     * @return how many were deleted
     */
    static int deleteStale(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return 0;
        FileTime before = FileTime.from(Instant.now().minus(STALE));
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + TMP)) {
            for (Path f : files) {
                try {
                    if (Files.getLastModifiedTime(f).compareTo(before) < 0 && Files.deleteIfExists(f)) deleted++;
                } catch (IOException goneOrLocked) {
                    // another process removed it first, or cannot be removed now: tried again next time
                }
            }
        }
        return deleted;
    }
}
