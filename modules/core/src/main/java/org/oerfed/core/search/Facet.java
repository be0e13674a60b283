package org.oerfed.core.search;

import java.util.Arrays;
import java.util.Optional;

/**
 * A field users filter and count by. The key names it in the API, in both search engines and in
 * {@link SearchDocument#facets()}. Values are short, stable codes, never labels: the API labels them in the
 * user's language from the vocabularies.
 */
public enum Facet {
    /** Id of a source the resource was harvested from; a merged resource has several. */
    SOURCE("source"),
    /** ISO 3166-1 alpha-2 code (upper case) of the country of a source the resource came from. */
    COUNTRY("country"),
    /** ISO 639-1 code of a language the resource is in (ISO 639-3 where there is no 639-1 code). */
    LANGUAGE("language"),
    /** Canonical URI of the resource's licence. */
    LICENSE("license"),
    /**
     * {@code true} when the licence is open by the UNESCO definition of OER, {@code false} when it is known
     * and not open; no value when the licence is unknown. "Open licence only" is the filter {@code open=true}.
     */
    OPEN_LICENSE("open"),
    /** ISCED 2011 level notation ({@code 0} to {@code 8}). */
    LEVEL("level"),
    /**
     * ISCED-F 2013 field codes, hierarchical: a resource about {@code 0541} also has {@code 054} and
     * {@code 05}, so a broad field counts and finds everything under it.
     */
    SUBJECT("subject"),
    /** Local name of a learning resource type concept of OERfed's resource type scheme. */
    TYPE("type"),
    /** Media type without parameters, lower case ({@code application/pdf}, {@code video/mp4}). */
    FORMAT("format"),
    /** schema.org accessibility feature ({@code captions}, {@code alternativeText}, …). */
    ACCESSIBILITY("accessibility"),
    /** Four-digit year the resource was created, else published, else last modified. */
    YEAR("year");

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
