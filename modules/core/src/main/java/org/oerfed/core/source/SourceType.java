package org.oerfed.core.source;

import java.util.Arrays;
import java.util.Optional;

/** How a partner publishes its metadata. The key is the value of {@code type} in a source file. */
public enum SourceType {
    OAI_PMH("oai-pmh"),
    RSS("rss"),
    SITEMAP("sitemap");

    private final String key;

    SourceType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<SourceType> fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
