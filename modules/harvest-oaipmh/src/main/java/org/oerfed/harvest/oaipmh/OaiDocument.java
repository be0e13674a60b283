package org.oerfed.harvest.oaipmh;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A small screened OAI-PMH response (Identify, ListMetadataFormats, ListSets) as a DOM, read by element
 * name in the OAI-PMH namespace. ListRecords, which can be large, is streamed by
 * {@link ListRecordsResponseReader} instead.
 */
final class OaiDocument {

    private final Document document;

    private OaiDocument(Document document) {
        this.document = document;
    }

    /**
     * Parses a body that passed {@link OaiResponseScreen}; the parser is hardened all the same.
     *
     * @throws UntrustedXmlException if it cannot be parsed
     */
    static OaiDocument parse(byte[] xml) throws UntrustedXmlException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            factory.setXIncludeAware(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return new OaiDocument(builder.parse(new ByteArrayInputStream(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new UntrustedXmlException("response is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The {@code <error>} elements. */
    List<OaiError> errors() {
        List<OaiError> errors = new ArrayList<>();
        for (Element error : elements("error")) {
            errors.add(new OaiError(error.getAttribute("code"), error.getTextContent().trim()));
        }
        return errors;
    }

    /** The trimmed text of the first element of that name, if there is one. */
    Optional<String> text(String localName) {
        return elements(localName).stream().findFirst().map(e -> e.getTextContent().trim());
    }

    /** The trimmed texts of every element of that name, in document order. */
    List<String> texts(String localName) {
        return elements(localName).stream().map(e -> e.getTextContent().trim()).toList();
    }

    /** The resumption token, if present and not empty. */
    Optional<String> resumptionToken() {
        return text("resumptionToken").filter(t -> !t.isEmpty());
    }

    private List<Element> elements(String localName) {
        NodeList nodes = document.getElementsByTagNameNS(OaiResponseScreen.OAI_NS, localName);
        List<Element> elements = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }
}
