package org.chokepoint.sources.tabular;

import org.chokepoint.sources.ListFormatException;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A zip-packaged document (XLSX, ODS) opened for reading its parts, with a zip-bomb guard: every part is
 * read through a counter that fails once it has inflated more than {@code maxPartBytes}, or more than
 * {@link #MAX_RATIO} times its compressed size (past the first MiB), whatever the entry headers claim.
 */
final class ZipPackage implements Closeable {
    /** Default cap on one part's uncompressed size: 1 GiB (the 2025 ConList sheet is 12.9 MB). */
    static final long DEFAULT_MAX_PART_BYTES = 1L << 30;
    /** Deflate reaches ~1000:1 only on degenerate input; spreadsheet XML inflates 5-20 times. */
    static final long MAX_RATIO = 200;
    private static final long RATIO_GRACE_BYTES = 1 << 20;

    private final ZipFile zip;
    private final String fileName;
    private final long maxPartBytes;

    private ZipPackage(ZipFile zip, String fileName, long maxPartBytes) {
        this.zip = zip;
        this.fileName = fileName;
        this.maxPartBytes = maxPartBytes;
    }

    static ZipPackage open(Path file, String kind, long maxPartBytes) throws IOException {
        try {
            return new ZipPackage(new ZipFile(file.toFile()), file.toString(), maxPartBytes);
        } catch (ZipException e) {
            throw new ListFormatException(file + ": not a readable " + kind + " file (not a zip archive, or truncated): " + e.getMessage(), e);
        }
    }

    String fileName() {
        return fileName;
    }

    boolean has(String part) {
        return zip.getEntry(part) != null;
    }

    /** Opens a part, or throws naming the file and the missing part. */
    InputStream part(String part) throws IOException {
        ZipEntry e = zip.getEntry(part);
        if (e == null) throw new ListFormatException(fileName + ": part " + part + " missing from the archive");
        try {
            return new Capped(zip.getInputStream(e), part, e.getCompressedSize());
        } catch (ZipException ex) {
            throw new ListFormatException(fileName + ": part " + part + " unreadable: " + ex.getMessage(), ex);
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Counts inflated bytes and stops a zip bomb; turns inflater errors into format errors naming the part. */
    private final class Capped extends FilterInputStream {
        private final String part;
        private final long limit;
        private long count;

        Capped(InputStream in, String part, long compressedSize) {
            super(in);
            this.part = part;
            long byRatio = compressedSize > 0 ? compressedSize * MAX_RATIO + RATIO_GRACE_BYTES : maxPartBytes;
            this.limit = Math.min(maxPartBytes, byRatio);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n;
            try {
                n = super.read(b, off, len);
            } catch (ZipException e) {
                throw new ListFormatException(fileName + ": part " + part + " is corrupt: " + e.getMessage(), e);
            } catch (java.io.EOFException e) {
                throw new ListFormatException(fileName + ": part " + part + " is truncated", e);
            }
            if (n > 0 && (count += n) > limit) {
                throw new ListFormatException(fileName + ": part " + part + " inflates beyond " + limit
                        + " bytes; refused as a possible zip bomb");
            }
            return n;
        }
    }
}
