package org.oerfed.core.search;

import java.util.Arrays;
import java.util.Optional;

/** A field users filter and count by. The key names it in the API and in both search engines. */
public enum Facet {
    LANGUAGE("language"),
    LICENSE("license"),
    SOURCE("source");

    private final String key;

    Facet(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Facet> fromKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
