package org.oerfed.harvest.oaipmh;

import java.io.ByteArrayInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Screens a response body before XOAI reads it. XOAI's XmlReader never resolves external entities or
 * expands internal ones, but it does not refuse them either: it silently drops entity references from
 * text (so {@code A&xxe;B} becomes {@code AB}), accepts references to undeclared entities, and reads an
 * HTML error page as an empty list. This screen refuses all of that, so a hostile or broken partner
 * fails loudly instead of yielding quietly altered records.
 *
 * <p>The screen uses the JDK's own StAX parser, whatever StAX implementation is on the classpath, with
 * DTD support and external entities switched off, and reads the whole document once.
 */
final class OaiResponseScreen {

    static final String OAI_NS = "http://www.openarchives.org/OAI/2.0/";

    private final XMLInputFactory factory;

    OaiResponseScreen() {
        factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // Report entity references instead of replacing them, so that any reference is seen and refused.
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    }

    /**
     * Passes only a well-formed document without DTD or entity references whose root element is
     * {@code OAI-PMH} in the OAI-PMH 2.0 namespace.
     *
     * @return the local name of the root's first child other than {@code responseDate} and {@code request}:
     *         the verb's element (such as {@code ListRecords}) or {@code error}; empty if there is none
     * @throws UntrustedXmlException saying what is wrong
     */
    String check(byte[] body) throws UntrustedXmlException {
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(new ByteArrayInputStream(body));
            boolean rootSeen = false;
            int depth = 0;
            String answer = "";
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.DTD ->
                            throw new UntrustedXmlException("response declares a DTD, which OAI-PMH never needs");
                    case XMLStreamConstants.ENTITY_REFERENCE ->
                            throw new UntrustedXmlException("response refers to entity &" + xml.getLocalName() + ";");
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        if (!rootSeen) {
                            requireOaiPmhRoot(xml);
                            rootSeen = true;
                        } else if (depth == 2 && answer.isEmpty() && OAI_NS.equals(xml.getNamespaceURI())
                                && !xml.getLocalName().equals("responseDate") && !xml.getLocalName().equals("request")) {
                            answer = xml.getLocalName();
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> depth--;
                    default -> { /* everything else is harmless here */ }
                }
            }
            if (!rootSeen) {
                throw new UntrustedXmlException("response has no root element");
            }
            return answer;
        } catch (XMLStreamException e) {
            throw new UntrustedXmlException("response is not well-formed XML: " + e.getMessage(), e);
        } finally {
            close(xml);
        }
    }

    private static void requireOaiPmhRoot(XMLStreamReader xml) throws UntrustedXmlException {
        if (!"OAI-PMH".equals(xml.getLocalName()) || !OAI_NS.equals(xml.getNamespaceURI())) {
            throw new UntrustedXmlException("response is not OAI-PMH 2.0: root element is {"
                    + xml.getNamespaceURI() + "}" + xml.getLocalName());
        }
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // Nothing is left to release from an in-memory source.
            }
        }
    }
}
