package org.chokepoint.cli;

import org.chokepoint.app.Chokepoint;
import org.chokepoint.app.Config;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The engine of this command-line process, assembled from the launcher's settings ({@link Config#fromEnvironment()}).
 * Kept for the life of the process, so that commands run one after another in one JVM (tests, {@code serve})
 * share its loaded snapshot; each use follows the home's active pointer in case a {@code lists} command moved it.
 */
public final class CliEngine {
    private static Chokepoint engine;

    private CliEngine() {
    }

    public static synchronized Chokepoint get() {
        Config config = Config.fromEnvironment();
        if (engine == null || !engine.config().equals(config)) engine = Chokepoint.open(config, System.err::println);
        try {
            engine.snapshot().refresh();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the active snapshot: " + e.getMessage(), e);
        }
        return engine;
    }
}
