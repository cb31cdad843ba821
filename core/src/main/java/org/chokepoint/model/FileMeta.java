package org.chokepoint.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Provenance of one list file compiled into a snapshot.
 *
 * @param path         the file as it was read (absolute, or the download URL's file name for updates)
 * @param size         bytes
 * @param sha256       lower-case hex digest of the file's bytes
 * @param lastModified the file's modification time when it was read
 */
public record FileMeta(String path, long size, String sha256, Instant lastModified) {
    public FileMeta {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(lastModified, "lastModified");
    }
}
