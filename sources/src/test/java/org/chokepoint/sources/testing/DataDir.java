package org.chokepoint.sources.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bundled data folder the tests read: system property {@code chokepoint.data} (the build sets it), else
 * environment {@code CHOKEPOINT_DATA}, else {@code ../shared/data} relative to the working directory. Processes
 * take theirs from {@code org.chokepoint.app.Config}; this is for the tests of {@code sources}, which cannot see it.
 */
public final class DataDir {
    private DataDir() {
    }

    public static Path get() {
        String prop = System.getProperty("chokepoint.data");
        if (prop == null || prop.isBlank()) prop = System.getenv("CHOKEPOINT_DATA");
        Path dir = Path.of(prop == null || prop.isBlank() ? "../shared/data" : prop).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("data folder not found: " + dir + " (set CHOKEPOINT_DATA or -Dchokepoint.data)");
        }
        return dir;
    }
}
