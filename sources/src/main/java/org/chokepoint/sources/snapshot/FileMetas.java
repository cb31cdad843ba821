package org.chokepoint.sources.snapshot;

import org.chokepoint.model.FileMeta;
import org.chokepoint.model.SnapshotDigest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Provenance of a list file: size, SHA-256 and modification time. */
public final class FileMetas {
    private FileMetas() {
    }

    public static FileMeta of(Path file) throws IOException {
        return of(file, file.toAbsolutePath().normalize().toString());
    }

    /** @param label how the file is named in the snapshot (its path, or the URL it was downloaded from) */
    public static FileMeta of(Path file, String label) throws IOException {
        return new FileMeta(label, Files.size(file), sha256(file), Files.getLastModifiedTime(file).toInstant());
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest sha = SnapshotDigest.sha256();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) sha.update(buf, 0, n);
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
