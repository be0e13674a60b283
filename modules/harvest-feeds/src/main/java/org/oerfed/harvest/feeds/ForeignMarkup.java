package org.oerfed.harvest.feeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Reads the feed extensions OERfed maps but ROME's core leaves as foreign markup: Media RSS
 * ({@code media:content}, {@code media:group}, {@code media:description}, {@code media:license},
 * {@code media:copyright}) and the Creative Commons licence elements of RSS 2.0
 * ({@code creativeCommons:license}) and RSS 1.0 / Atom ({@code cc:license}). ROME's modules for these live in
 * a separate artifact; reading the few elements here keeps the dependency to what camel-rss brings.
 */
final class ForeignMarkup {
    // Media RSS is published with and without the trailing slash
    private static final Set<String> MEDIA = Set.of("http://search.yahoo.com/mrss/", "http://search.yahoo.com/mrss");
    private static final Set<String> CC_LICENSE = Set.of(
            "http://backend.userland.com/creativeCommonsRssModule", "http://web.resource.org/cc/", "http://creativecommons.org/ns#");
    private static final Namespace RDF = Namespace.getNamespace("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");

    private final List<Element> elements;

    ForeignMarkup(List<Element> elements) {
        this.elements = elements == null ? List.of() : elements;
    }

    /** Every {@code media:content}, at the top or in a {@code media:group}; those without a URL are ignored. */
    List<MediaFile> mediaFiles() {
        List<MediaFile> files = new ArrayList<>();
        for (Element content : mediaElements("content")) {
            String url = content.getAttributeValue("url");
            if (url == null || url.isBlank()) continue;
            files.add(new MediaFile(url.strip(), Texts.nonBlank(content.getAttributeValue("type")),
                    FeedNumbers.length(content.getAttributeValue("fileSize"))));
        }
        return files;
    }

    /** The first {@code media:description}, and whether the feed marked it as HTML. */
    Optional<Element> mediaDescription() {
        return mediaElements("description").stream().filter(e -> !e.getTextTrim().isEmpty()).findFirst();
    }

    /** Licence URLs or names: Creative Commons elements, and {@code media:license} (its href, else its text). */
    List<String> licenses() {
        List<String> licenses = new ArrayList<>();
        for (Element e : elements) {
            if ("license".equals(e.getName()) && CC_LICENSE.contains(e.getNamespaceURI())) {
                String resource = e.getAttributeValue("resource", RDF);
                Texts.nonBlank(resource != null ? resource : e.getText()).ifPresent(licenses::add);
            }
        }
        for (Element license : mediaElements("license")) {
            String href = license.getAttributeValue("href");
            Texts.nonBlank(href != null ? href : license.getText()).ifPresent(licenses::add);
        }
        return licenses;
    }

    /** The text of every {@code media:copyright}. */
    List<String> rights() {
        List<String> rights = new ArrayList<>();
        for (Element copyright : mediaElements("copyright")) Texts.nonBlank(copyright.getText()).ifPresent(rights::add);
        return rights;
    }

    /** Media RSS elements of this name at the top, in a {@code media:group}, or in a {@code media:content}. */
    private List<Element> mediaElements(String name) {
        List<Element> found = new ArrayList<>();
        for (Element e : elements) {
            if (!MEDIA.contains(e.getNamespaceURI())) continue;
            collect(e, name, found);
        }
        return found;
    }

    private static void collect(Element e, String name, List<Element> found) {
        if (name.equals(e.getName())) found.add(e);
        if ("group".equals(e.getName()) || "content".equals(e.getName())) {
            for (Element child : e.getChildren()) {
                if (MEDIA.contains(child.getNamespaceURI())) collect(child, name, found);
            }
        }
    }
}
