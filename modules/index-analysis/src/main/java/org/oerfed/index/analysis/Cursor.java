package org.oerfed.index.analysis;

import java.util.List;

/**
 * Where a page ended: the sort values of its last hit, the document id last. Opaque to users (URL-safe
 * Base64); each engine decides what its values are (e.g. the score as a float's text) and reads back its own.
 *
 * @param values the sort values, as text
 */
public record Cursor(List<String> values) {
    public Cursor {
        values = List.copyOf(values);
    }

    public String encode() {
        throw new UnsupportedOperationException("not yet");
    }

    /** @throws IllegalArgumentException naming the cursor if it is not one this service made */
    public static Cursor decode(String text) {
        throw new UnsupportedOperationException("not yet");
    }
}
