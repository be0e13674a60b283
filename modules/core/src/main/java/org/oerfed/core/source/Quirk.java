package org.oerfed.core.source;

import java.util.Arrays;
import java.util.Optional;

/**
 * A way a real endpoint breaks its protocol that OERfed works around when the source file names it
 * ({@code quirks: [...]}). Deviations that are safe to accept from every source need no flag.
 */
public enum Quirk {
    /** Send {@code from} and {@code until} as days, whatever Identify declares: for endpoints that declare
     *  second granularity but refuse seconds. */
    DAY_GRANULARITY("day-granularity"),
    /** Never send {@code until}: for endpoints that refuse or misread it. Records changed after the run's
     *  start then arrive early, which is harmless. */
    NO_UNTIL("no-until");

    private final String key;

    Quirk(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Quirk> fromKey(String key) {
        return Arrays.stream(values()).filter(q -> q.key.equals(key)).findFirst();
    }
}
