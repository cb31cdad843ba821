package org.chokepoint.sources.tabular;

import org.chokepoint.sources.ListFormatException;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Opens list files whose name may end in {@code .gz}. A damaged gzip stream (bad header, bad CRC, cut short)
 * surfaces as a {@link ListFormatException} naming the file, like any other unreadable list, instead of a bare
 * {@link ZipException} or {@link EOFException}.
 */
public final class ListFiles {
    private ListFiles() {
    }

    public static InputStream openBytes(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        if (!file.getFileName().toString().endsWith(".gz")) return raw;
        try {
            return new Guarded(new GZIPInputStream(raw, 1 << 16), file);
        } catch (ZipException | EOFException e) {
            raw.close();
            throw new ListFormatException(file + ": not a readable gzip file: " + e.getMessage(), e);
        }
    }

    /** A CSV reader over the file with lenient UTF-8/Windows-1252 decoding. */
    public static CsvReader openCsv(Path file, char delimiter) throws IOException {
        return new CsvReader(LenientTextReader.open(openBytes(file)), file.toString(), delimiter);
    }

    private static final class Guarded extends FilterInputStream {
        private final Path file;

        Guarded(InputStream in, Path file) {
            super(in);
            this.file = file;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (ZipException | EOFException e) {
                throw damaged(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (ZipException | EOFException e) {
                throw damaged(e);
            }
        }

        private ListFormatException damaged(IOException e) {
            return new ListFormatException(file + ": damaged gzip data: " + e.getMessage(), e);
        }
    }
}
