package org.chokepoint.sources;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.ZipException;

/**
 * Turns a missing file, and the decompressor's errors on a damaged or cut {@code .gz} file, into a
 * {@link ListFormatException} naming the file.
 */
public final class DamagedFile {
    private DamagedFile() {
    }

    /** A body that reads the file. */
    @FunctionalInterface
    public interface Reading<T> {
        T run() throws IOException;
    }

    public static <T> T guard(Path file, Reading<T> body) throws IOException {
        try {
            return body.run();
        } catch (NoSuchFileException e) {
            throw new ListFormatException(e.getFile() + ": file not found", e);
        } catch (ZipException | EOFException e) {
            throw new ListFormatException(file + ": damaged or truncated compressed data: " + e.getMessage(), e);
        }
    }
}
