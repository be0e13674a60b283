package org.oerfed.harvest.feeds;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SAXBuilder;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.source.SourceConfig;

/**
 * Parses a fetched feed with ROME, hardened: no DOCTYPE, so no entity is ever defined, expanded or fetched.
 *
 * <p>The XML is parsed in two steps, with ROME's own hardened SAX builder and then ROME's converters,
 * rather than in one {@code SyndFeedInput.build(Reader)}, only to read the root's {@code xml:lang}: ROME
 * ignores it, and it is how an Atom feed states its language.
 */
final class FeedParser {

    /**
     * @throws OerfedException SOURCE when the document is not well-formed XML, has a DOCTYPE, or is XML but
     *                         no RSS or Atom feed
     */
    SyndFeed parse(FetchedFeed fetched, SourceConfig source) {
        String what = "the response to GET " + fetched.url();
        Document document;
        try {
            // ROME's healer escapes bare '&' and turns HTML's named entities into characters before parsing:
            // the commonest defects of real feeds, repaired without any DTD
            document = new HardenedInput().saxBuilder().build(new XmlFixerReader(new StringReader(
                    FeedText.decode(fetched.body(), fetched.contentType()))));
        } catch (JDOMException e) {
            throw OerfedException.source(source.id(), what + " is not well-formed XML, expected an RSS or Atom feed: "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("reading a string failed", e);
        }
        // Locale.US: feed dates are written with English month and day names whatever the server's locale
        SyndFeedInput input = new SyndFeedInput(false, Locale.US);
        // the wire feed keeps what ROME's common model drops, such as an Atom entry's rights
        input.setPreserveWireFeed(true);
        SyndFeed feed;
        try {
            feed = input.build(document);
        } catch (FeedException | IllegalArgumentException e) {
            throw OerfedException.source(source.id(), what + " is not an RSS or Atom feed: " + e.getMessage()
                    + fetched.contentType().map(t -> " (Content-Type " + t + ")").orElse(""), e);
        }
        if (feed.getLanguage() == null || feed.getLanguage().isBlank()) {
            String lang = document.getRootElement().getAttributeValue("lang", Namespace.XML_NAMESPACE);
            if (lang != null && !lang.isBlank()) feed.setLanguage(lang.strip());
        }
        return feed;
    }

    /**
     * ROME's SAX builder as ROME hardens it: with DOCTYPEs disallowed it also turns external entities and
     * DTD loading off and expands no entity. The tests prove that a DOCTYPE is refused rather than trusting it.
     */
    private static final class HardenedInput extends WireFeedInput {
        HardenedInput() {
            super(false, Locale.US);
            setAllowDoctypes(false);
        }

        SAXBuilder saxBuilder() {
            return createSAXBuilder();
        }
    }
}
