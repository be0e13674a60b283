package org.oerfed.core.source;

import java.util.List;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;

/** A source file's text that is not a valid source, with every problem found in it. */
public final class InvalidSourceException extends OerfedException {
    private final List<String> problems;

    public InvalidSourceException(String sourceId, List<String> problems) {
        super(Fault.SETUP, sourceId, null, "invalid source: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
