package org.chokepoint.sources.snapshot;

import org.chokepoint.model.Entity;
import org.chokepoint.model.Findings;
import org.chokepoint.sources.ListSource;
import org.chokepoint.sources.SourceInfo;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** A list source over entities made in the test, with a real file for provenance. */
record FixedSource(String source, List<Path> files, SourceInfo info, List<Entity> entities) implements ListSource {
    @Override
    public SourceInfo read(Consumer<Entity> out, Findings findings) {
        entities.forEach(out);
        return info;
    }
}
