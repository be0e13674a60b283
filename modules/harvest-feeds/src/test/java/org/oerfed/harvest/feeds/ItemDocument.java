package org.oerfed.harvest.feeds;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.oerfed.core.harvest.HarvestedRecord;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** A record's feed-item document, read back with the JDK's parser, for assertions. */
final class ItemDocument {
    private final Element root;

    private ItemDocument(Element root) {
        this.root = root;
    }

    static ItemDocument of(HarvestedRecord record) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = factory.newDocumentBuilder()
                    .parse(new InputSource(new StringReader(record.metadata().orElseThrow()))).getDocumentElement();
            if (!FeedItemFormat.NAMESPACE.equals(root.getNamespaceURI()) || !"item".equals(root.getLocalName())) {
                throw new AssertionError("root is {" + root.getNamespaceURI() + "}" + root.getLocalName());
            }
            return new ItemDocument(root);
        } catch (Exception e) {
            throw new AssertionError("metadata of " + record.identifier() + " is not a feed-item document", e);
        }
    }

    Optional<String> text(String name) {
        List<String> all = texts(name);
        if (all.size() > 1) throw new AssertionError(name + " occurs " + all.size() + " times");
        return all.stream().findFirst();
    }

    List<String> texts(String name) {
        List<String> values = new ArrayList<>();
        for (Element e : elements(name)) values.add(e.getTextContent());
        return values;
    }

    /** Each media element's attributes, in document order. */
    List<Map<String, String>> media() {
        List<Map<String, String>> files = new ArrayList<>();
        for (Element e : elements("media")) {
            Map<String, String> attributes = new LinkedHashMap<>();
            for (String name : List.of("url", "type", "length")) {
                if (e.hasAttribute(name)) attributes.put(name, e.getAttribute(name));
            }
            files.add(attributes);
        }
        return files;
    }

    private List<Element> elements(String name) {
        NodeList nodes = root.getElementsByTagNameNS(FeedItemFormat.NAMESPACE, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) elements.add((Element) nodes.item(i));
        return elements;
    }
}
