package org.chokepoint.sources.transaction;

import java.io.IOException;

/** A transaction or ownership file that cannot be read; the message names the file and the line. */
public class TransactionFormatException extends IOException {
    public TransactionFormatException(String message) {
        super(message);
    }

    public TransactionFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
