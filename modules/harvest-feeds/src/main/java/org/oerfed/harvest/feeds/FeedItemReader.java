package org.oerfed.harvest.feeds;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCSubject;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdom2.Element;

/**
 * Reads one ROME entry, whichever dialect it came from, into a {@link FeedItem}: the values OERfed maps,
 * with HTML reduced to text, relative URLs resolved, and the feed's language, rights and licences for an
 * item that has none of its own.
 */
final class FeedItemReader {
    /** Descriptions longer than this are cut: podcast show notes run to pages, search needs the start. */
    static final int MAX_DESCRIPTION_CHARS = 10_000;

    /**
     * @throws IllegalArgumentException when the item has neither an id (guid) nor a link, so that nothing
     *                                  identifies it from one harvest to the next
     */
    FeedItem read(SyndEntry entry, FeedContext feed) {
        Optional<String> link = Texts.nonBlank(entry.getLink()).map(l -> resolve(feed.url(), l));
        String id = Texts.nonBlank(entry.getUri()).or(() -> link)
                .orElseThrow(() -> new IllegalArgumentException("the item has neither a guid/id nor a link, expected one to identify it"));
        ForeignMarkup markup = new ForeignMarkup(entry.getForeignMarkup());
        Optional<DCModule> dc = entry.getModule(DCModule.URI) instanceof DCModule m ? Optional.of(m) : Optional.empty();

        List<String> rights = rights(entry, dc, markup);
        List<String> licenses = licenses(entry, markup, feed.url());
        if (rights.isEmpty() && licenses.isEmpty()) {
            rights = feed.rights();
            licenses = feed.licenses();
        }
        return new FeedItem(
                id,
                Optional.ofNullable(entry.getTitleEx()).flatMap(FeedItemReader::text),
                description(entry, markup),
                link,
                instant(entry.getPublishedDate()),
                instant(entry.getUpdatedDate()),
                dc.flatMap(d -> Texts.nonBlank(d.getLanguage())).or(feed::language),
                authors(entry, dc),
                categories(entry, dc),
                rights,
                licenses,
                media(entry, markup, feed.url()));
    }

    private static Optional<String> description(SyndEntry entry, ForeignMarkup markup) {
        Optional<String> text = Optional.ofNullable(entry.getDescription()).flatMap(FeedItemReader::text);
        for (SyndContent content : entry.getContents()) {
            if (text.isPresent()) break;
            text = text(content);
        }
        if (text.isEmpty()) {
            // YouTube and other Media RSS feeds describe an item only inside media:group
            Optional<Element> media = markup.mediaDescription();
            text = media.flatMap(e -> text("html".equalsIgnoreCase(e.getAttributeValue("type")) ? "html" : "text", e.getText()));
        }
        return text.map(t -> HtmlText.truncate(t, MAX_DESCRIPTION_CHARS));
    }

    private static Optional<String> text(SyndContent content) {
        return text(content.getType(), content.getValue());
    }

    /** Text as plain text: only content marked as plain is kept as it is; unmarked RSS content is HTML in practice. */
    private static Optional<String> text(String type, String value) {
        if (value == null) return Optional.empty();
        String kind = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
        String text = kind.equals("text") || kind.equals("text/plain") ? HtmlText.tidy(value) : HtmlText.toPlainText(value);
        return Texts.nonBlank(text);
    }

    private static List<String> authors(SyndEntry entry, Optional<DCModule> dc) {
        Set<String> authors = new LinkedHashSet<>();
        for (SyndPerson person : entry.getAuthors()) {
            Texts.nonBlank(person.getName()).or(() -> Texts.nonBlank(person.getEmail())).ifPresent(authors::add);
        }
        if (authors.isEmpty()) Texts.nonBlank(entry.getAuthor()).ifPresent(authors::add);
        dc.ifPresent(d -> d.getCreators().forEach(c -> Texts.nonBlank(c).ifPresent(authors::add)));
        return List.copyOf(authors);
    }

    private static List<String> categories(SyndEntry entry, Optional<DCModule> dc) {
        Set<String> categories = new LinkedHashSet<>();
        for (SyndCategory category : entry.getCategories()) Texts.nonBlank(category.getName()).ifPresent(categories::add);
        dc.ifPresent(d -> {
            for (DCSubject subject : d.getSubjects()) Texts.nonBlank(subject.getValue()).ifPresent(categories::add);
        });
        return List.copyOf(categories);
    }

    private static List<String> rights(SyndEntry entry, Optional<DCModule> dc, ForeignMarkup markup) {
        Set<String> rights = new LinkedHashSet<>();
        dc.ifPresent(d -> d.getRightsList().forEach(r -> Texts.nonBlank(r).ifPresent(rights::add)));
        // ROME leaves an Atom entry's <rights> on the wire entry only
        if (entry.getWireEntry() instanceof com.rometools.rome.feed.atom.Entry atom) {
            Texts.nonBlank(atom.getRights()).ifPresent(rights::add);
        }
        rights.addAll(markup.rights());
        return List.copyOf(rights);
    }

    private static List<String> licenses(SyndEntry entry, ForeignMarkup markup, URI base) {
        Set<String> licenses = new LinkedHashSet<>(markup.licenses());
        for (SyndLink link : entry.getLinks()) {
            if ("license".equalsIgnoreCase(link.getRel())) Texts.nonBlank(link.getHref()).map(h -> resolve(base, h)).ifPresent(licenses::add);
        }
        return List.copyOf(licenses);
    }

    private static List<MediaFile> media(SyndEntry entry, ForeignMarkup markup, URI base) {
        List<MediaFile> files = new ArrayList<>();
        for (SyndEnclosure enclosure : entry.getEnclosures()) {
            Texts.nonBlank(enclosure.getUrl()).ifPresent(url -> files.add(
                    new MediaFile(url, Texts.nonBlank(enclosure.getType()), FeedNumbers.length(enclosure.getLength()))));
        }
        for (SyndLink link : entry.getLinks()) {
            if ("enclosure".equalsIgnoreCase(link.getRel())) {
                Texts.nonBlank(link.getHref()).ifPresent(url -> files.add(
                        new MediaFile(url, Texts.nonBlank(link.getType()), FeedNumbers.length(link.getLength()))));
            }
        }
        files.addAll(markup.mediaFiles());
        // one file per URL: ROME may report an Atom enclosure both as link and enclosure, feeds repeat files
        Map<String, MediaFile> byUrl = new LinkedHashMap<>();
        for (MediaFile file : files) {
            String url = resolve(base, file.url());
            byUrl.putIfAbsent(url, new MediaFile(url, file.type(), file.length()));
        }
        return List.copyOf(byUrl.values());
    }

    /** Feed times to the second, the granularity the harvester declares. */
    private static Optional<Instant> instant(Date date) {
        return Optional.ofNullable(date).map(d -> d.toInstant().truncatedTo(ChronoUnit.SECONDS));
    }

    /** A URL resolved against the feed's own, so that relative links work; kept as written if it is no URI. */
    private static String resolve(URI base, String url) {
        String value = url.strip();
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() ? value : base.resolve(uri).toString();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return value;
        }
    }
}
