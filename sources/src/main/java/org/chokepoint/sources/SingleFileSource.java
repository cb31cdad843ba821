package org.chokepoint.sources;

import org.chokepoint.model.Entity;
import org.chokepoint.model.Findings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A list published as one file: holds the source key and the path, and reads it through {@link DamagedFile}, so
 * a missing file or damaged compressed data is an error naming the file for every reader; readers implement
 * {@link #readFile}.
 */
public abstract class SingleFileSource implements ListSource {
    private final String source;
    protected final Path file;

    protected SingleFileSource(String source, Path file) {
        this.source = Objects.requireNonNull(source, "source");
        this.file = Objects.requireNonNull(file, "file");
    }

    @Override
    public final String source() {
        return source;
    }

    @Override
    public final List<Path> files() {
        return List.of(file);
    }

    @Override
    public final SourceInfo read(Consumer<Entity> out, Findings findings) throws IOException {
        return DamagedFile.guard(file, () -> readFile(out, findings));
    }

    /** Reads the file, each entity to {@code out}, problems that do not stop the reading to {@code findings}. */
    protected abstract SourceInfo readFile(Consumer<Entity> out, Findings findings) throws IOException;
}
