package org.oerfed.harvest.feeds;

import java.util.Objects;
import java.util.Optional;

/**
 * A file an item carries: an RSS enclosure, an Atom enclosure link or a Media RSS {@code media:content}.
 *
 * @param url    where the file is
 * @param type   its media type, if the feed said
 * @param length its size in bytes, if the feed said
 */
record MediaFile(String url, Optional<String> type, Optional<Long> length) {

    MediaFile {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(length, "length");
    }
}
