package org.chokepoint.cases.db;

/** The case database refused or failed an operation; the message names the database and what was being done. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
