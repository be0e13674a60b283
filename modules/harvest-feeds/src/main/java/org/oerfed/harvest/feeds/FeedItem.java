package org.oerfed.harvest.feeds;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One feed item, read out of whichever feed dialect it came in; what {@link FeedItemWriter} writes in the
 * {@linkplain FeedItemFormat feed-item format}. Fields are as described there.
 */
record FeedItem(
        String id,
        Optional<String> title,
        Optional<String> description,
        Optional<String> link,
        Optional<Instant> published,
        Optional<Instant> updated,
        Optional<String> language,
        List<String> authors,
        List<String> categories,
        List<String> rights,
        List<String> licenses,
        List<MediaFile> media) {

    FeedItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(language, "language");
        authors = List.copyOf(authors);
        categories = List.copyOf(categories);
        rights = List.copyOf(rights);
        licenses = List.copyOf(licenses);
        media = List.copyOf(media);
    }

    /** When the item last changed as far as the feed says: updated, else published. */
    Optional<Instant> date() {
        return updated.or(() -> published);
    }
}
