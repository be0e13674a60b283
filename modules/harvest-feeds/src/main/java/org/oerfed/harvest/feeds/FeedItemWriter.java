package org.oerfed.harvest.feeds;

import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes a {@link FeedItem} as a document of the {@linkplain FeedItemFormat feed-item format}. */
final class FeedItemWriter {
    private static final String NS = FeedItemFormat.NAMESPACE;

    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

    String write(FeedItem item) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out);
            xml.setDefaultNamespace(NS);
            xml.writeStartElement(NS, "item");
            xml.writeDefaultNamespace(NS);
            text(xml, "id", Optional.of(item.id()));
            text(xml, "title", item.title());
            text(xml, "description", item.description());
            text(xml, "link", item.link());
            text(xml, "published", item.published().map(Object::toString));
            text(xml, "updated", item.updated().map(Object::toString));
            text(xml, "language", item.language());
            texts(xml, "author", item.authors());
            texts(xml, "category", item.categories());
            texts(xml, "rights", item.rights());
            texts(xml, "license", item.licenses());
            for (MediaFile file : item.media()) {
                xml.writeCharacters("\n  ");
                xml.writeEmptyElement(NS, "media");
                xml.writeAttribute("url", XmlChars.clean(file.url()));
                if (file.type().isPresent()) xml.writeAttribute("type", XmlChars.clean(file.type().get()));
                if (file.length().isPresent()) xml.writeAttribute("length", file.length().get().toString());
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.close();
        } catch (XMLStreamException e) {
            // writing to a string fails only on a bug here, never on the feed's content
            throw new IllegalStateException("could not write the feed-item document of " + item.id(), e);
        }
        return out.toString();
    }

    private static void texts(XMLStreamWriter xml, String name, List<String> values) throws XMLStreamException {
        for (String value : values) text(xml, name, Optional.of(value));
    }

    private static void text(XMLStreamWriter xml, String name, Optional<String> value) throws XMLStreamException {
        if (value.isEmpty()) return;
        // indented one element per line, so that a stored record is readable when an operator looks at it
        xml.writeCharacters("\n  ");
        xml.writeStartElement(NS, name);
        xml.writeCharacters(XmlChars.clean(value.get()));
        xml.writeEndElement();
    }
}
