package org.oerfed.samplepartner;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** An OAI-PMH response body parsed into a DOM, queried with XPath (prefixes oai, oai_dc, dc, xml). */
final class OaiResponse {

    private static final Map<String, String> NAMESPACES = Map.of(
            "oai", "http://www.openarchives.org/OAI/2.0/",
            "oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc/",
            "dc", "http://purl.org/dc/elements/1.1/",
            "xml", XMLConstants.XML_NS_URI);

    private final Document document;
    private final XPath xpath;

    private OaiResponse(Document document) {
        this.document = document;
        this.xpath = XPathFactory.newDefaultInstance().newXPath();
        this.xpath.setNamespaceContext(new Prefixes());
    }

    static OaiResponse parse(byte[] body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new OaiResponse(factory.newDocumentBuilder().parse(new ByteArrayInputStream(body)));
        } catch (Exception e) {
            throw new AssertionError("response is not well-formed XML: " + new String(body), e);
        }
    }

    String text(String expression) {
        try {
            return xpath.evaluate(expression, document);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    List<String> texts(String expression) {
        try {
            NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
            List<String> values = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                values.add(nodes.item(i).getTextContent());
            }
            return values;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    int count(String expression) {
        return texts(expression).size();
    }

    /** The code of the first OAI error, or "" when the response has none. */
    String errorCode() {
        return text("/oai:OAI-PMH/oai:error/@code");
    }

    /** The resumption token's text; "" when absent or empty (the last page). */
    String resumptionToken() {
        return text("//oai:resumptionToken").trim();
    }

    private static final class Prefixes implements NamespaceContext {
        @Override
        public String getNamespaceURI(String prefix) {
            return NAMESPACES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
        }

        @Override
        public String getPrefix(String namespaceUri) {
            return null;
        }

        @Override
        public Iterator<String> getPrefixes(String namespaceUri) {
            return List.<String>of().iterator();
        }
    }
}
