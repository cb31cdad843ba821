package org.chokepoint.sources.snapshot;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A stored file's bytes for decoding, mapped into memory rather than copied into the heap. A command that opens
 * the lists reads the 19 MB snapshot and the 12 MB name index at every start, and copying them costs more than
 * all the decoding (measured on a 2-core VM: 135 ms and 46 ms for the copies, 25 ms and 5 ms to map and checksum),
 * while mapped pages come straight from the file cache and only the pages looked at are touched after the
 * checksum. The store replaces files by renaming new ones over them ({@link AtomicFiles}), never by writing into
 * them, so a mapping keeps seeing the file it was made of. (Windows refuses to replace a file while a process
 * has it mapped: there, a second process storing the same snapshot id during a screen would fail and say so.)
 */
final class FileBytes {
    private FileBytes() {
    }

    /** The whole file, read-only, by absolute position (the buffer's position is of no use to share it). */
    static ByteBuffer of(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size > Integer.MAX_VALUE) throw new IOException(file + " is too large to read (" + size + " bytes)");
            try {
                return ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
            } catch (UnsupportedOperationException | IOException cannotMap) {
                return ByteBuffer.wrap(Files.readAllBytes(file));
            }
        }
    }
}
