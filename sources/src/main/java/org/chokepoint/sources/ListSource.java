package org.chokepoint.sources;

import org.chokepoint.model.Entity;
import org.chokepoint.model.Findings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * One published list in one published layout, read from its files into the common entity model.
 * Implementations stream: memory stays bounded by the largest single record, not the file.
 */
public interface ListSource {
    /** The source key every entity of this list carries ({@code ofac-sdn}, {@code un-sc}, ...). */
    String source();

    /** The files read, for provenance (hashes and dates in the snapshot). */
    List<Path> files();

    /**
     * Reads every entity and hands it to {@code out}. Problems that leave the rest of the file readable are
     * reported to {@code findings} with file and line or element; a file that cannot be read at all throws
     * {@link ListFormatException} naming it.
     *
     * @return what the file says about itself (publication date, declared record count)
     */
    SourceInfo read(Consumer<Entity> out, Findings findings) throws IOException;
}
