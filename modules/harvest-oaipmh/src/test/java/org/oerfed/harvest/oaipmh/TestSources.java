package org.oerfed.harvest.oaipmh;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.oerfed.core.harvest.RecordPage;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.core.source.SourceType;
import org.w3c.dom.Document;

/** Source configurations and helpers shared by the harvester tests. */
final class TestSources {

    static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    static final String OAI_DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/";

    private TestSources() {
    }

    /**
     * Settings for tests: no politeness interval and a single attempt, so that nothing waits unless a test
     * asks for it; otherwise the defaults.
     */
    static OaiPmhSettings fast() {
        return OaiPmhSettings.defaults().withHostInterval(Duration.ZERO).withRetries(1, Duration.ZERO, Duration.ZERO);
    }

    /** A harvester on {@link #fast()} settings. */
    static OaiPmhHarvester harvester() {
        return new OaiPmhHarvester(fast());
    }

    /** A harvester whose waits between retries are recorded in {@code sleeps} instead of spent. */
    static OaiPmhHarvester recordingWaits(OaiPmhSettings settings, List<Duration> sleeps) {
        return new OaiPmhHarvester(settings, new HostThrottle(), new HarvestPermits(4, Duration.ofSeconds(30)), sleeps::add);
    }

    static SourceConfig oaiDc(URI url, String... sets) {
        return source(url, "oai_dc", sets);
    }

    static SourceConfig source(URI url, String prefix, String... sets) {
        return new SourceConfig("sample-partner", "Sample Partner", "FR", SourceType.OAI_PMH, url, prefix,
                List.of(sets), Optional.empty());
    }

    static List<RecordPage> drain(Iterator<RecordPage> pages) {
        List<RecordPage> all = new ArrayList<>();
        while (pages.hasNext()) {
            all.add(pages.next());
            if (all.size() > 200) {
                throw new AssertionError("runaway harvest");
            }
        }
        return all;
    }

    /** Parses a metadata string on its own, namespace-aware, refusing DTDs: it must stand alone. */
    static Document standalone(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not a standalone XML document: " + xml, e);
        }
    }

    /** An OAI-PMH ListRecords response around the given inner XML, without XML declaration. */
    static String listRecords(String inner) {
        return "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">"
                + "<responseDate>2024-05-01T00:00:00Z</responseDate>"
                + "<request verb=\"ListRecords\">http://stub/oai</request>"
                + "<ListRecords>" + inner + "</ListRecords></OAI-PMH>";
    }

    /** A live oai_dc record with its namespaces declared on the dc element. */
    static String dcRecord(String identifier, String title) {
        return "<record><header><identifier>" + identifier + "</identifier><datestamp>2024-04-01T10:00:00Z</datestamp>"
                + "</header><metadata><oai_dc:dc xmlns:oai_dc=\"" + OAI_DC_NS + "\" xmlns:dc=\"" + DC_NS + "\">"
                + "<dc:title>" + title + "</dc:title></oai_dc:dc></metadata></record>";
    }

    static String error(String code, String message) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">"
                + "<responseDate>2024-05-01T00:00:00Z</responseDate><request>http://stub/oai</request>"
                + "<error code=\"" + code + "\">" + message + "</error></OAI-PMH>";
    }
}
