package org.oerfed.graph.normalise;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Parses partner XML with no DTDs, no external entities, no entity expansion and a size cap: metadata comes
 * from servers OERfed does not control.
 */
public final class HardenedXml {
    private final int maxChars;
    /** Configuring a parser costs more than most records take to parse: each thread keeps one and resets it. */
    private final ThreadLocal<DocumentBuilder> builders = ThreadLocal.withInitial(HardenedXml::newBuilder);

    /** @param maxChars the largest document accepted, in characters */
    public HardenedXml(int maxChars) {
        this.maxChars = maxChars;
    }

    public Document parse(String xml) throws SAXException {
        if (xml.length() > maxChars) {
            throw new SAXException("document of " + xml.length() + " characters exceeds the limit of " + maxChars);
        }
        DocumentBuilder builder = builders.get();
        builder.reset();
        builder.setErrorHandler(null);
        try {
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (IOException e) {
            throw new SAXException("could not read the document", e);
        }
    }

    private static DocumentBuilder newBuilder() {
        try {
            return factory().newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser refuses a standard security feature", e);
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
