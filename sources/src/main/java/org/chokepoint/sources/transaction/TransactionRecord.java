package org.chokepoint.sources.transaction;

import org.chokepoint.rules.Transaction;

/**
 * One record of a transaction file: a transaction, or the reason the record at {@code line} could not be read (a
 * malformed JSON line, a CSV record over the length limit), so that a batch reports it and goes on.
 */
public record TransactionRecord(long line, Transaction transaction, String error) {
    static TransactionRecord of(long line, Transaction t) {
        return new TransactionRecord(line, t, null);
    }

    static TransactionRecord unreadable(long line, String error) {
        return new TransactionRecord(line, null, error);
    }
}
