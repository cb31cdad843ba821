package org.chokepoint.sources.snapshot;

import java.io.IOException;
import java.util.List;

/** An update that was refused; the active snapshot is unchanged. Each problem names the URL or file and why. */
public class UpdateException extends IOException {
    private final List<String> problems;

    public UpdateException(List<String> problems) {
        super("update refused, active snapshot unchanged:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
