package org.chokepoint.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file a command writes its results to ({@code --out}): written under a temporary name in the same folder and moved
 * over the target only when complete, so a run that fails half-way (a record the reader refuses, a full disk, a
 * kill) leaves the file as it was, never empty or half-written.
 *
 * <pre>{@code
 * OutputFile.check(out, "--out");                // before any work: the folder exists, the target is no folder
 * try (OutputFile f = OutputFile.create(out)) {
 *     f.writer().write(line);
 *     f.commit();                                // the target now holds the whole result
 * }                                              // not committed: the temporary file is deleted
 * }</pre>
 */
public final class OutputFile implements Closeable {
    private final Path target;
    private final Path tmp;
    private final OutputStream stream;
    private BufferedWriter writer;
    private boolean committed;

    private OutputFile(Path target, Path tmp) throws IOException {
        this.target = target;
        this.tmp = tmp;
        this.stream = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20);
    }

    /** Refuses at once a target that cannot be written, with the reason (the user would lose the whole run). */
    public static void check(Path target, String option) {
        Path abs = target.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        if (Files.isDirectory(abs)) throw new IllegalArgumentException(option + " " + target + " is a folder; give a file name");
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IllegalArgumentException(option + " " + target + ": the folder " + dir + " does not exist");
        }
        if (!Files.isWritable(dir)) throw new IllegalArgumentException(option + " " + target + ": the folder " + dir + " is not writable");
        if (Files.exists(abs) && !Files.isWritable(abs)) throw new IllegalArgumentException(option + " " + target + " is not writable");
    }

    public static OutputFile create(Path target) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        return new OutputFile(abs, Files.createTempFile(abs.getParent(), "." + abs.getFileName() + "-", ".tmp"));
    }

    /** The file as UTF-8 text. A command writes either through this or through {@link #stream()}, not both. */
    public BufferedWriter writer() {
        if (writer == null) writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        return writer;
    }

    /** The file as bytes, for output already encoded (batch screening writes each result as UTF-8 JSON). */
    public OutputStream stream() {
        return stream;
    }

    /** Moves the complete file into place. */
    public void commit() throws IOException {
        closeWriting();
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (committed) return;
        closeWriting();
        Files.deleteIfExists(tmp);
    }

    private void closeWriting() throws IOException {
        if (writer != null) writer.close();
        else stream.close();
    }
}
