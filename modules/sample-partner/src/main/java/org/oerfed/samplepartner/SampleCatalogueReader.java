package org.oerfed.samplepartner;

import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the catalogue data format: a {@code sampleCatalogue} root holding {@code set} elements and
 * {@code record} elements shaped like OAI-PMH records (header, then an {@code oai_dc:dc} metadata
 * element). Structure elements are in no namespace; the description uses the real Dublin Core namespaces.
 */
final class SampleCatalogueReader {

    static final String DC_NS = "http://purl.org/dc/elements/1.1/";

    SampleCatalogue read(InputStream in) {
        try {
            XMLStreamReader xml = hardenedFactory().createXMLStreamReader(in);
            try {
                return readCatalogue(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("catalogue is not well-formed XML: " + e.getMessage(), e);
        }
    }

    // The file is ours, but a reader that resolves DTDs is a liability wherever it ends up being reused.
    private static XMLInputFactory hardenedFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    private SampleCatalogue readCatalogue(XMLStreamReader xml) throws XMLStreamException {
        List<SampleSet> sets = new ArrayList<>();
        List<SampleRecord> records = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new IllegalArgumentException("catalogue must not carry a DTD");
            }
            if (event != XMLStreamConstants.START_ELEMENT || !isStructure(xml)) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "set" -> sets.add(new SampleSet(required(xml, "spec"), xml.getElementText().trim()));
                case "record" -> records.add(readRecord(xml));
                default -> { /* the root and anything a later format version adds */ }
            }
        }
        return new SampleCatalogue(sets, records);
    }

    private static boolean isStructure(XMLStreamReader xml) {
        return xml.getNamespaceURI() == null || xml.getNamespaceURI().isEmpty();
    }

    private SampleRecord readRecord(XMLStreamReader xml) throws XMLStreamException {
        String identifier = null;
        Instant datestamp = null;
        boolean deleted = false;
        List<String> sets = new ArrayList<>();
        List<DcValue> dc = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && isStructure(xml) && xml.getLocalName().equals("record")) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (DC_NS.equals(xml.getNamespaceURI())) {
                Optional<String> lang = Optional.ofNullable(xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang"));
                dc.add(new DcValue(xml.getLocalName(), xml.getElementText().trim(), lang));
            } else if (isStructure(xml)) {
                switch (xml.getLocalName()) {
                    case "header" -> deleted = "deleted".equals(xml.getAttributeValue(null, "status"));
                    case "identifier" -> identifier = xml.getElementText().trim();
                    case "datestamp" -> datestamp = instant(xml.getElementText().trim(), identifier);
                    case "setSpec" -> sets.add(xml.getElementText().trim());
                    default -> { /* metadata wrapper */ }
                }
            }
        }
        if (identifier == null || datestamp == null) {
            throw new IllegalArgumentException("record without identifier or datestamp after " + identifier);
        }
        return new SampleRecord(identifier, datestamp, sets, deleted, dc);
    }

    private static Instant instant(String text, String identifier) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad datestamp '" + text + "' in record " + identifier, e);
        }
    }

    private static String required(XMLStreamReader xml, String attribute) {
        String value = xml.getAttributeValue(null, attribute);
        if (value == null) {
            throw new IllegalArgumentException("<" + xml.getLocalName() + "> needs a " + attribute + " attribute");
        }
        return value;
    }
}
