package org.chokepoint.sources;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** A list published as one file: holds the source key and the path, so readers only implement {@link #read}. */
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
}
