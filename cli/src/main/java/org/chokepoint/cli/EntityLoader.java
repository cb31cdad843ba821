package org.chokepoint.cli;

import org.chokepoint.model.Entity;
import org.chokepoint.model.Findings;
import org.chokepoint.sources.BundledLists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The one place the command line gets the list entities it screens against. Today it reads every bundled list
 * ({@link BundledLists#readAll}); the compiled snapshot replaces this body without touching the callers.
 */
public final class EntityLoader {
    private EntityLoader() {
    }

    public static List<Entity> load() {
        try {
            return BundledLists.readAll(BundledLists.dataDir(), new Findings());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled lists: " + e.getMessage(), e);
        }
    }
}
