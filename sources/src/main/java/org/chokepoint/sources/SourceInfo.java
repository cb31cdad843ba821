package org.chokepoint.sources;

import java.time.LocalDate;

/**
 * What a list's files say about themselves.
 *
 * @param source        the source key
 * @param published     publication date as the file states it, or null when the layout has none
 * @param declaredCount the record count the file declares (OFAC XML {@code Record_Count}), or -1
 */
public record SourceInfo(String source, LocalDate published, int declaredCount) {
    public static SourceInfo undated(String source) {
        return new SourceInfo(source, null, -1);
    }
}
