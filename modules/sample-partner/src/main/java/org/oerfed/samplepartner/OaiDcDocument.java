package org.oerfed.samplepartner;

import java.io.StringWriter;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes a sample record's description as a standalone {@code oai_dc:dc} element. */
final class OaiDcDocument {

    static final String OAI_DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    static final String OAI_DC_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";
    private static final String XSI_NS = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    private OaiDcDocument() {
    }

    /** The {@code oai_dc:dc} element, declaring every namespace it uses, without an XML declaration. */
    static String of(SampleRecord record) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartElement("oai_dc", "dc", OAI_DC_NS);
            xml.writeNamespace("oai_dc", OAI_DC_NS);
            xml.writeNamespace("dc", SampleCatalogueReader.DC_NS);
            xml.writeNamespace("xsi", XSI_NS);
            xml.writeAttribute("xsi", XSI_NS, "schemaLocation", OAI_DC_NS + " " + OAI_DC_SCHEMA);
            for (DcValue value : record.dublinCore()) {
                xml.writeStartElement("dc", value.element(), SampleCatalogueReader.DC_NS);
                if (value.language().isPresent()) {
                    xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", value.language().get());
                }
                xml.writeCharacters(value.value());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write oai_dc for " + record.identifier(), e);
        }
        return out.toString();
    }
}
