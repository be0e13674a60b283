package org.oerfed.core.search;

import java.util.Arrays;
import java.util.Optional;

/** How hits are ordered. Every order ends with the document id, so that it is total and pages are stable. */
public enum SortOrder {
    /** Best match first, ties by id; a query without words matches everything equally, so by id. */
    RELEVANCE("relevance"),
    /** Most recently modified first; resources without a date last. */
    NEWEST("newest"),
    /** By title, compared case- and accent-insensitively. */
    TITLE("title");

    private final String key;

    SortOrder(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<SortOrder> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
