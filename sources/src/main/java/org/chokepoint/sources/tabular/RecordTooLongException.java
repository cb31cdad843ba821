package org.chokepoint.sources.tabular;

import org.chokepoint.sources.ListFormatException;

/**
 * A record (a CSV record, a line of JSON lines) longer than the reader's limit. The reader has skipped the rest of
 * it and stands at the next record, so a batch can report this one as an error record and go on.
 */
public final class RecordTooLongException extends ListFormatException {
    private final long line;

    public RecordTooLongException(String message, long line) {
        super(message);
        this.line = line;
    }

    /** The line (1-based) on which the record started. */
    public long line() {
        return line;
    }
}
