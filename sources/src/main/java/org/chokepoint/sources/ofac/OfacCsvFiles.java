package org.chokepoint.sources.ofac;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The files of one OFAC legacy CSV set. Only the primary file is required; the others may be null, and may
 * come from another release when the matching ones are not available (see {@link OfacCsvSource}).
 *
 * @param commentsFromOtherRelease true when {@code comments} was published with another primary file
 */
public record OfacCsvFiles(Path primary, Path aliases, Path addresses, Path comments, boolean commentsFromOtherRelease) {
    public OfacCsvFiles {
        Objects.requireNonNull(primary, "primary");
    }

    /** A complete SDN release folder: {@code sdn.csv}, {@code alt.csv}, {@code add.csv}, {@code sdn_comments.csv}. */
    public static OfacCsvFiles sdnRelease(Path dir) {
        return new OfacCsvFiles(dir.resolve("sdn.csv"), dir.resolve("alt.csv"), dir.resolve("add.csv"),
                dir.resolve("sdn_comments.csv"), false);
    }

    /** The non-SDN consolidated set: {@code cons_prim.csv}, {@code cons_alt.csv}, {@code cons_add.csv}, {@code cons_comments.csv}. */
    public static OfacCsvFiles consolidatedRelease(Path dir) {
        return new OfacCsvFiles(dir.resolve("cons_prim.csv"), dir.resolve("cons_alt.csv"), dir.resolve("cons_add.csv"),
                dir.resolve("cons_comments.csv"), false);
    }

    public List<Path> all() {
        return Stream.of(primary, aliases, addresses, comments).filter(Objects::nonNull).toList();
    }
}
