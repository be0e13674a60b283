package org.oerfed.api.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The renderings of a search result: JSON for programs, Atom and RSS for feed readers and portals. */
public enum SearchFormat {
    JSON("json", MediaType.APPLICATION_JSON),
    ATOM("atom", "application/atom+xml"),
    RSS("rss", "application/rss+xml");

    private final String key;
    private final String mediaType;

    SearchFormat(String key, String mediaType) {
        this.key = key;
        this.mediaType = mediaType;
    }

    /** The value of the {@code output} parameter that asks for it. */
    public String key() {
        return key;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<SearchFormat> fromKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key.toLowerCase(Locale.ROOT))).findFirst();
    }

    /**
     * The format an {@code Accept} header prefers: the offered type of highest quality, ties in the header's
     * order; JSON when the header is absent, accepts anything, or names none of them (the route has already
     * refused what it cannot produce, and a 406 for {@code text/*} would help nobody).
     */
    public static SearchFormat negotiate(@Nullable String accept) {
        if (accept == null || accept.isBlank()) return JSON;
        List<MediaType> types;
        try {
            types = MediaType.orderedOf(accept);
        } catch (IllegalArgumentException e) {
            return JSON;
        }
        return types.stream()
                .flatMap(type -> Arrays.stream(values()).filter(f -> f.mediaType.equals(type.getName())).limit(1))
                .findFirst()
                .orElse(JSON);
    }
}
