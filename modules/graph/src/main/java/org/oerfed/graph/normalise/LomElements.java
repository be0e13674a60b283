package org.oerfed.graph.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Walks a LOM record the way its many dialects allow: elements are matched by local name, in any namespace
 * (IEEE LOM, LOMFR, LOM-ES, HS-OER-LOM, none) and in any case ({@code lifeCycle}, {@code lifecycle};
 * {@code taxonPath}, {@code taxonpath}). A LangString is IEEE's {@code <string language>} or IMS's
 * {@code <langstring xml:lang>}, or, as some records write it, bare text.
 */
final class LomElements {
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    /** One piece of text and its BCP 47 tag, if the record gives a language OERfed knows. */
    record LangString(String text, Optional<String> tag) {
        String tagOrNull() {
            return tag.orElse(null);
        }
    }

    private final LanguageTags tags;

    LomElements(LanguageTags tags) {
        this.tags = tags;
    }

    /** The element children of {@code parent} with this local name, in document order. */
    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && localName(e).equalsIgnoreCase(name)) found.add(e);
        }
        return found;
    }

    /** The elements reached from {@code parent} by the path of local names, every branch followed. */
    static List<Element> all(Element parent, String... path) {
        List<Element> level = List.of(parent);
        for (String name : path) {
            List<Element> next = new ArrayList<>();
            for (Element e : level) next.addAll(children(e, name));
            level = next;
        }
        return level;
    }

    static Optional<Element> first(Element parent, String... path) {
        return all(parent, path).stream().findFirst();
    }

    static String localName(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getNodeName();
    }

    /** The non-blank LangStrings of an element; its own text when it has no string children and no child elements. */
    List<LangString> langStrings(Element element) {
        List<LangString> strings = new ArrayList<>();
        NodeList nodes = element.getChildNodes();
        boolean elements = false;
        for (int i = 0; i < nodes.getLength(); i++) {
            if (!(nodes.item(i) instanceof Element e)) continue;
            elements = true;
            String name = localName(e);
            if (!name.equalsIgnoreCase("string") && !name.equalsIgnoreCase("langstring")) continue;
            String text = e.getTextContent().strip();
            if (text.isEmpty()) continue;
            String language = e.hasAttribute("language") ? e.getAttribute("language") : e.getAttributeNS(XML_NS, "lang");
            strings.add(new LangString(text, tags.tag(language)));
        }
        if (!elements) {
            String text = element.getTextContent().strip();
            if (!text.isEmpty()) strings.add(new LangString(text, Optional.empty()));
        }
        return strings;
    }

    /** The LangStrings of every element on the path. */
    List<LangString> langStrings(Element parent, String... path) {
        List<LangString> strings = new ArrayList<>();
        for (Element e : all(parent, path)) strings.addAll(langStrings(e));
        return strings;
    }

    /**
     * A vocabulary element's values ({@code <source>…</source><value>…</value>}); profiles that name concepts
     * write {@code <entry>} (and {@code <id>}) instead of {@code <value>}. A language marker such as
     * {@code x-none} gives no tag.
     */
    List<LangString> values(Element vocabulary) {
        List<Element> values = children(vocabulary, "value");
        if (values.isEmpty()) values = children(vocabulary, "entry");
        if (values.isEmpty()) return langStrings(vocabulary);
        List<LangString> strings = new ArrayList<>();
        for (Element value : values) strings.addAll(langStrings(value));
        return strings;
    }

    /** Text of the first element on the path, stripped, if not blank. */
    static Optional<String> text(Element parent, String... path) {
        return first(parent, path).map(e -> e.getTextContent().strip()).filter(t -> !t.isEmpty());
    }
}
