package org.chokepoint.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks a file a command reads, before any work (the lists are not loaded for a run that cannot start), and says
 * why it cannot be read: {@code audit /tmp} said "/tmp: no such file" of a folder that exists.
 *
 * <pre>{@code
 * InputFile.check(Path.of("/tmp"), "");                 // "/tmp is a folder; give a file"
 * InputFile.check(Path.of("missing.csv"), "--ownership"); // "--ownership missing.csv: no such file"
 * }</pre>
 */
public final class InputFile {
    private InputFile() {
    }

    /** @param option the option naming the file ({@code --in}), or "" for a positional argument */
    public static void check(Path file, String option) {
        String named = option.isEmpty() ? file.toString() : option + " " + file;
        if (Files.isDirectory(file)) throw new IllegalArgumentException(named + " is a folder; give a file");
        if (!Files.exists(file)) throw new IllegalArgumentException(named + ": no such file");
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException(named + " is not a regular file");
        if (!Files.isReadable(file)) throw new IllegalArgumentException(named + ": not readable (permissions)");
    }
}
