package org.oerfed.harvest.oaipmh;

import io.gdcc.xoai.xmlio.XmlReader;
import io.gdcc.xoai.xmlio.exceptions.XmlReaderException;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.namespace.QName;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a screened {@code ListRecords} response with XOAI's XmlReader, event by event.
 *
 * <p>This does the job of XOAI's {@code ListRecordsParser} but keeps what a paging harvester needs and
 * that parser hides or loses: the resumption token and {@code completeListSize}, every error code (the
 * parser turns all but noRecordsMatch into an exception carrying only a message), text split across
 * several character events, and the metadata as a standalone element (see {@link StandaloneElementWriter}).
 */
final class ListRecordsResponseReader {

    private static final Logger LOG = LoggerFactory.getLogger(ListRecordsResponseReader.class);

    private final StandaloneElementWriter elementWriter = new StandaloneElementWriter();
    private final int maxRecordChars;

    /** @param maxRecordChars the longest metadata element kept; a longer record is skipped with a WARN */
    ListRecordsResponseReader(int maxRecordChars) {
        this.maxRecordChars = maxRecordChars;
    }

    /**
     * Reads the response.
     *
     * @param body   a response that passed {@link OaiResponseScreen}
     * @param origin names the source and request in log messages about skipped records
     */
    ListRecordsResponse read(byte[] body, String origin) throws XmlReaderException {
        List<ListRecordsResponse.Entry> records = new ArrayList<>();
        List<OaiError> errors = new ArrayList<>();
        Optional<String> token = Optional.empty();
        Optional<Long> completeListSize = Optional.empty();
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body))) {
            while (reader.hasNext()) {
                XMLEvent event = reader.nextEvent();
                if (!isOai(event)) {
                    continue;
                }
                StartElement start = event.asStartElement();
                switch (start.getName().getLocalPart()) {
                    case "error" -> errors.add(new OaiError(attribute(start, "code"), text(reader)));
                    case "record" -> readRecord(reader, origin).ifPresent(records::add);
                    case "resumptionToken" -> {
                        completeListSize = number(attribute(start, "completeListSize"));
                        token = Optional.of(text(reader).trim()).filter(t -> !t.isEmpty());
                    }
                    default -> { /* responseDate, request and the verb element carry nothing to keep */ }
                }
            }
        }
        return new ListRecordsResponse(records, errors, token, completeListSize);
    }

    private Optional<ListRecordsResponse.Entry> readRecord(XmlReader reader, String origin) throws XmlReaderException {
        String identifier = null;
        String datestamp = null;
        boolean deleted = false;
        List<String> sets = new ArrayList<>();
        String metadata = null;
        while (reader.hasNext()) {
            XMLEvent event = reader.nextEvent();
            if (event.isEndElement() && isOai(event.asEndElement().getName(), "record")) {
                break;
            }
            if (!isOai(event)) {
                continue;
            }
            StartElement start = event.asStartElement();
            switch (start.getName().getLocalPart()) {
                // A deleted header wins over metadata some partners still send with it: the record is gone.
                case "header" -> deleted = "deleted".equals(attribute(start, "status"));
                case "identifier" -> identifier = text(reader).trim();
                case "datestamp" -> datestamp = text(reader).trim();
                case "setSpec" -> sets.add(text(reader).trim());
                case "metadata" -> metadata = firstChildAsXml(reader);
                case "about" -> skipElement(reader);
                default -> { /* nothing else belongs in a record */ }
            }
        }
        if (identifier == null || identifier.isEmpty()) {
            LOG.warn("{}: skipped a record without identifier", origin);
            return Optional.empty();
        }
        Optional<Instant> when = Datestamps.parse(datestamp);
        if (when.isEmpty()) {
            LOG.warn("{}: skipped record '{}' with unreadable datestamp '{}'", origin, identifier, datestamp);
            return Optional.empty();
        }
        if (!deleted && metadata == null) {
            LOG.warn("{}: skipped record '{}' that is neither deleted nor has metadata", origin, identifier);
            return Optional.empty();
        }
        if (!deleted && metadata.length() > maxRecordChars) {
            LOG.warn("{}: skipped record '{}' whose metadata has {} characters, more than the limit of {}", origin,
                    identifier, metadata.length(), maxRecordChars);
            return Optional.empty();
        }
        return Optional.of(new ListRecordsResponse.Entry(identifier, when.get(), sets,
                deleted ? Optional.empty() : Optional.of(metadata)));
    }

    /** The metadata element's one child, as XML; null if it has none. Leaves the reader after {@code </metadata>}. */
    private String firstChildAsXml(XmlReader reader) throws XmlReaderException {
        String xml = null;
        int depth = 1;
        while (depth > 0 && reader.hasNext()) {
            XMLEvent event = reader.nextEvent();
            if (event.isStartElement()) {
                if (xml == null) {
                    xml = elementWriter.write(event.asStartElement(), reader);
                } else {
                    skipElement(reader);
                }
            } else if (event.isEndElement()) {
                depth--;
            }
        }
        return xml;
    }

    /** Consumes the rest of the element whose start tag was just read. */
    private static void skipElement(XmlReader reader) throws XmlReaderException {
        int depth = 1;
        while (depth > 0 && reader.hasNext()) {
            XMLEvent event = reader.nextEvent();
            if (event.isStartElement()) {
                depth++;
            } else if (event.isEndElement()) {
                depth--;
            }
        }
    }

    /**
     * The text content of the element whose start tag was just read, up to its end tag. Parsers may
     * split text into several events, around entity references for instance.
     */
    private static String text(XmlReader reader) throws XmlReaderException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0 && reader.hasNext()) {
            XMLEvent event = reader.nextEvent();
            if (event.isCharacters()) {
                text.append(event.asCharacters().getData());
            } else if (event.isStartElement()) {
                depth++;
            } else if (event.isEndElement()) {
                depth--;
            }
        }
        return text.toString();
    }

    private static boolean isOai(XMLEvent event) {
        return event.isStartElement() && OaiResponseScreen.OAI_NS.equals(event.asStartElement().getName().getNamespaceURI());
    }

    private static boolean isOai(QName name, String localPart) {
        return OaiResponseScreen.OAI_NS.equals(name.getNamespaceURI()) && localPart.equals(name.getLocalPart());
    }

    private static String attribute(StartElement start, String name) {
        var attribute = start.getAttributeByName(new QName(name));
        return attribute == null ? "" : attribute.getValue();
    }

    private static Optional<Long> number(String text) {
        try {
            return text.isBlank() ? Optional.empty() : Optional.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
