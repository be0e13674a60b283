package org.oerfed.harvest.feeds;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndFeed;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a feed says for all its items: its language, rights and licences, which apply to an item that says
 * none of its own, and the URL it was fetched from, against which relative links are resolved.
 *
 * @param url      where the feed was fetched from (after redirects)
 * @param language the feed's language as written, if any
 * @param rights   the feed's rights statements
 * @param licenses the feed's licences
 */
record FeedContext(URI url, Optional<String> language, List<String> rights, List<String> licenses) {

    FeedContext {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(language, "language");
        rights = List.copyOf(rights);
        licenses = List.copyOf(licenses);
    }

    static FeedContext of(URI url, SyndFeed feed) {
        Optional<String> language = Texts.nonBlank(feed.getLanguage());
        LinkedHashSet<String> rights = new LinkedHashSet<>();
        Texts.nonBlank(feed.getCopyright()).ifPresent(rights::add);
        if (feed.getModule(DCModule.URI) instanceof DCModule dc) {
            dc.getRightsList().forEach(r -> Texts.nonBlank(r).ifPresent(rights::add));
        }
        ForeignMarkup markup = new ForeignMarkup(feed.getForeignMarkup());
        rights.addAll(markup.rights());
        List<String> licenses = new ArrayList<>(new LinkedHashSet<>(markup.licenses()));
        return new FeedContext(url, language, new ArrayList<>(rights), licenses);
    }
}
