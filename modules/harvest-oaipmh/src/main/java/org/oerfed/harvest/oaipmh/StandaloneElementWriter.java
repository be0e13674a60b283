package org.oerfed.harvest.oaipmh;

import io.gdcc.xoai.xmlio.XmlReader;
import io.gdcc.xoai.xmlio.exceptions.XmlReaderException;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.Namespace;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;

/**
 * Copies one element out of an OAI-PMH response as a standalone XML string.
 *
 * <p>XOAI's own copy ({@code XmlReader.retrieveCurrentAsString}, used when unparsed metadata is saved)
 * writes only the namespace declarations made on the copied elements themselves, so metadata whose
 * prefixes are declared on an enclosing element, as some repositories do on the {@code OAI-PMH} root,
 * comes out with unbound prefixes; and it decodes its UTF-8 output with the platform charset, which
 * garbles non-Latin text on hosts not running in a UTF-8 locale. This writer declares, on each element,
 * every binding its name and attributes need that is not yet in scope in the copy, and writes into a
 * character stream, so no charset is involved.
 */
final class StandaloneElementWriter {

    private final XMLOutputFactory factory = XMLOutputFactory.newDefaultFactory();

    /**
     * Writes {@code root}, which the reader has just returned, and everything up to its end tag, which
     * this consumes from the reader.
     *
     * <p>Comments and processing instructions are left out; CDATA sections become escaped text.
     */
    String write(StartElement root, XmlReader reader) throws XmlReaderException {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out);
            Deque<Map<String, String>> scopes = new ArrayDeque<>();
            XMLEvent event = root;
            int depth = 0;
            while (true) {
                if (event.isStartElement()) {
                    depth++;
                    writeStart(xml, event.asStartElement(), scopes);
                } else if (event.isEndElement()) {
                    depth--;
                    xml.writeEndElement();
                    scopes.pop();
                    if (depth == 0) {
                        break;
                    }
                } else if (event.isCharacters()) {
                    xml.writeCharacters(event.asCharacters().getData());
                } else if (event.isEntityReference() || event.isEndDocument()) {
                    throw new XmlReaderException("unexpected " + event + " inside metadata");
                }
                event = reader.nextEvent();
            }
            xml.close();
        } catch (XMLStreamException e) {
            throw new XmlReaderException(e);
        }
        return out.toString();
    }

    private static void writeStart(XMLStreamWriter xml, StartElement start, Deque<Map<String, String>> scopes)
            throws XMLStreamException {
        QName name = start.getName();
        xml.writeStartElement(name.getPrefix(), name.getLocalPart(), name.getNamespaceURI());

        Map<String, String> declared = new LinkedHashMap<>();
        for (Iterator<Namespace> it = start.getNamespaces(); it.hasNext(); ) {
            Namespace ns = it.next();
            declared.put(ns.getPrefix(), ns.getNamespaceURI());
        }
        bindIfUnbound(name.getPrefix(), name.getNamespaceURI(), declared, scopes);
        for (Iterator<Attribute> it = start.getAttributes(); it.hasNext(); ) {
            QName attribute = it.next().getName();
            // Unprefixed attributes are in no namespace whatever the default namespace is.
            if (!attribute.getNamespaceURI().isEmpty() && !XMLConstants.XML_NS_PREFIX.equals(attribute.getPrefix())) {
                bindIfUnbound(attribute.getPrefix(), attribute.getNamespaceURI(), declared, scopes);
            }
        }

        for (Map.Entry<String, String> binding : declared.entrySet()) {
            if (binding.getKey().isEmpty()) {
                xml.writeDefaultNamespace(binding.getValue());
            } else {
                xml.writeNamespace(binding.getKey(), binding.getValue());
            }
        }
        for (Iterator<Attribute> it = start.getAttributes(); it.hasNext(); ) {
            Attribute attribute = it.next();
            QName an = attribute.getName();
            if (an.getNamespaceURI().isEmpty()) {
                xml.writeAttribute(an.getLocalPart(), attribute.getValue());
            } else {
                xml.writeAttribute(an.getPrefix(), an.getNamespaceURI(), an.getLocalPart(), attribute.getValue());
            }
        }
        scopes.push(new HashMap<>(declared));
    }

    private static void bindIfUnbound(String prefix, String uri, Map<String, String> declared,
                                      Deque<Map<String, String>> scopes) {
        String bound = declared.containsKey(prefix) ? declared.get(prefix) : inScope(prefix, scopes);
        if (!uri.equals(bound)) {
            declared.put(prefix, uri);
        }
    }

    private static String inScope(String prefix, Deque<Map<String, String>> scopes) {
        for (Map<String, String> scope : scopes) {
            if (scope.containsKey(prefix)) {
                return scope.get(prefix);
            }
        }
        // Outside every declaration the default namespace is "no namespace" and prefixes are unbound.
        return prefix.isEmpty() ? "" : null;
    }
}
