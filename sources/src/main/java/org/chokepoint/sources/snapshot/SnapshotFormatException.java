package org.chokepoint.sources.snapshot;

import java.io.IOException;

/** A snapshot file that is not a complete, intact snapshot; the message names the file and what is wrong. */
public class SnapshotFormatException extends IOException {
    public SnapshotFormatException(String message) {
        super(message);
    }

    public SnapshotFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
