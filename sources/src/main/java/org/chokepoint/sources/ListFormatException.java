package org.chokepoint.sources;

import java.io.IOException;

/** A list file that cannot be read as its layout requires; the message names the file and the place. */
public class ListFormatException extends IOException {
    public ListFormatException(String message) {
        super(message);
    }

    public ListFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
