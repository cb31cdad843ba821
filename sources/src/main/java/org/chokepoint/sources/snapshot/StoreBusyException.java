package org.chokepoint.sources.snapshot;

import java.io.IOException;

/** Another process holds the home's writer lock (a build, update or prune is running); nothing was changed. */
public final class StoreBusyException extends IOException {
    public StoreBusyException(String message) {
        super(message);
    }
}
