package org.oerfed.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.harvest.HarvestedRecord;
import org.oerfed.core.harvest.RecordPage;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.core.source.SourceType;
import org.oerfed.graph.RecordGraph;
import org.apache.jena.rdf.model.Model;
import org.oerfed.graph.ResourceIds;
import org.oerfed.graph.concepts.ConceptLinker;
import org.oerfed.graph.concepts.IctCftAligner;
import org.oerfed.graph.concepts.IctCftRules;
import org.oerfed.graph.concepts.RecordEnricher;
import org.oerfed.graph.concepts.Vocabularies;
import org.oerfed.graph.normalise.DataCiteNormaliser;
import org.oerfed.graph.normalise.FeedItemNormaliser;
import org.oerfed.graph.normalise.HardenedXml;
import org.oerfed.graph.normalise.JsonLdNormaliser;
import org.oerfed.graph.normalise.LanguageCodes;
import org.oerfed.graph.normalise.LicenseUris;
import org.oerfed.graph.normalise.LomNormaliser;
import org.oerfed.graph.normalise.Normaliser;
import org.oerfed.graph.normalise.OaiDcNormaliser;
import org.oerfed.graph.normalise.RecordGraphBuilder;
import org.oerfed.graph.vocab.Schema;
import org.oerfed.harvest.feeds.FeedHarvester;
import org.oerfed.harvest.feeds.FeedSettings;
import org.oerfed.harvest.sitemap.SitemapHarvester;
import org.oerfed.harvest.sitemap.SitemapSettings;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSSerializer;

/**
 * Every record file of the shared corpus ({@code oai-dc}, {@code lom}, {@code lrmi-amb}, {@code feeds},
 * {@code oai-other-formats}; see its SOURCES.md) mapped into the graph the way OERfed would take it, through
 * {@link RecordGraphBuilder} with every normaliser registered: OAI-PMH records out of their envelope (a bare
 * metadata element is one record), their format chosen by the metadata's root namespace; feeds through the
 * feed harvester and LRMI pages through the sitemap harvester, each served over loopback HTTP; JSON-LD files
 * as a partner publishes them. Each record must give a resource with a {@code schema:name}, or a RECORD fault
 * naming it, or, for formats OERfed does not map (MODS, METS, MARCXML, arXiv, ADN), the SETUP fault that says
 * no normaliser reads the format; anything else (another exception, a resource without a name) fails. Each
 * file's tally is written out below, so a changed mapping or a file added to the corpus shows here.
 *
 * <p>Skipped when the corpus is absent; {@code -Doerfed.corpus.dir} points elsewhere.
 */
class CorpusMappingTest {
    private static final String OAI = "http://www.openarchives.org/OAI/2.0/";

    /** How a file's records came out: resources, RECORD faults, formats not supported. */
    record Tally(int resources, int recordFaults, int unsupported) {
    }

    private static final Map<String, Tally> EXPECTED = new LinkedHashMap<>();

    static {
        // oai-dc: every live record names its resource
        EXPECTED.put("oai-dc/dataverse-harvard-oai_dc-record-fragment-multibyte.xml", new Tally(1, 0, 0));
        EXPECTED.put("oai-dc/dspace-ufp-oai_dc-record-fragment.xml", new Tally(1, 0, 0));
        EXPECTED.put("oai-dc/pyoai-dspace-erasmus-ListRecords-oai_dc-81recs-deleted-sets.xml", new Tally(79, 0, 0));
        EXPECTED.put("oai-dc/sickle-ListRecords-oai_dc-resumptionToken-deleted.xml", new Tally(1, 0, 0));
        EXPECTED.put("oai-dc/zenodo-ListRecords-oai_dc-from-until-resumptionToken-cyrillic-cjk.xml", new Tally(50, 0, 0));
        EXPECTED.put("oai-dc/zenodo-ListRecords-oai_dc-resumed-page-request-with-token.xml", new Tally(3, 0, 0));
        // lom: ADN is not LOM; the HS-OER-LOM classification example holds only a classification, no title
        EXPECTED.put("lom/dlese-adn-record-global-climate-change.xml", new Tally(0, 0, 1));
        EXPECTED.put("lom/hs-oer-lom-profil-classification-example.xml", new Tally(0, 1, 0));
        EXPECTED.put("lom/hs-oer-lom-profil-full-example-a.xml", new Tally(1, 0, 0));
        EXPECTED.put("lom/lom2mlr-aquops-Valid-lom-fra-CA-zxx.xml", new Tally(1, 0, 0));
        EXPECTED.put("lom/lom2mlr-quebec-4c9912151c8a69-lom-fr-CA-en.xml", new Tally(1, 0, 0));
        EXPECTED.put("lom/lom2mlr-ressfranc30-lom-fr-CA.xml", new Tally(1, 0, 0));
        EXPECTED.put("lom/lom2mlr-unit-ori-oai-lomfr-prefixed.xml", new Tally(1, 0, 0));
        EXPECTED.put("lom/lom2mlr-vcard-photo-base64-4c99175385abe2-lom-fr.xml", new Tally(1, 0, 0));
        EXPECTED.put("lom/lom2mlr-wisc-online-4c991751a5af92-lom-en-fr.xml", new Tally(1, 0, 0));
        EXPECTED.put("lom/scorm-ucjc-course-lom-metadata-es.xml", new Tally(1, 0, 0));
        // lrmi-amb: a bare context describes nothing; the microdata page carries no JSON-LD, so the harvester skips it
        EXPECTED.put("lrmi-amb/amb-context.jsonld", new Tally(0, 1, 0));
        EXPECTED.put("lrmi-amb/amb-invalid-educationalLevelWithWrongID.json", new Tally(1, 0, 0));
        EXPECTED.put("lrmi-amb/amb-invalid-license-as-string.json", new Tally(1, 0, 0));
        EXPECTED.put("lrmi-amb/amb-valid-concepts-multilingual-labels.json", new Tally(1, 0, 0));
        EXPECTED.put("lrmi-amb/amb-valid-highered-course-part.json", new Tally(1, 0, 0));
        EXPECTED.put("lrmi-amb/amb-valid-highered-course.json", new Tally(1, 0, 0));
        EXPECTED.put("lrmi-amb/amb-valid-highered-figure-isBasedOn.json", new Tally(1, 0, 0));
        EXPECTED.put("lrmi-amb/amb-valid-oer-in-multiple-languages.json", new Tally(1, 0, 0));
        EXPECTED.put("lrmi-amb/amb-valid-tutory-worksheet-fr.json", new Tally(1, 0, 0));
        EXPECTED.put("lrmi-amb/lrmi-LRexample01-educationalUse-alignments.jsonld", new Tally(1, 0, 0));
        EXPECTED.put("lrmi-amb/lrmi-LRexample01a-microdata.html", new Tally(0, 0, 0));
        EXPECTED.put("lrmi-amb/lrmi-LRexample01a-prefixed-schema-keys.json-ld", new Tally(1, 0, 0));
        EXPECTED.put("lrmi-amb/lrmi-alignmentsUK-jsonld-in-script-tag.html", new Tally(1, 0, 0));
        // feeds: items as CorpusFeedsTest counts them; one item of the RSS 2.0 sample has a description but no title
        EXPECTED.put("feeds/MALFORMED-leading-newline-swr2-wissen-podcast-itunes-keywords.rss", new Tally(1, 0, 0));
        EXPECTED.put("feeds/MALFORMED-leading-newline-youtube-channel-atom-media-rss.xml", new Tally(15, 0, 0));
        EXPECTED.put("feeds/MALFORMED-rss-unescaped-ampersand.xml", new Tally(3, 0, 0));
        EXPECTED.put("feeds/braingle-brainteasers-duplicate-guids.xml", new Tally(1, 0, 0));
        EXPECTED.put("feeds/cre-podcast-technik-kultur-gesellschaft.xml", new Tally(30, 0, 0));
        EXPECTED.put("feeds/nlab-atom-non-text-alternate-links.xml", new Tally(1, 0, 0));
        EXPECTED.put("feeds/rss2-spec-sample-liftoff-news.xml", new Tally(3, 1, 0));
        EXPECTED.put("feeds/science-magazine-rss1-rdf.rss", new Tally(69, 0, 0));
        EXPECTED.put("feeds/washingtonpost-wellness-media-rss.xml", new Tally(29, 0, 0));
        // oai-other-formats: DataCite is mapped (the TIB page wraps kernel 4 in a <resources> element), and the static
        // repository's two oai_dc records; arXiv, METS, MODS (live records only), MARCXML and RFC 1807 are not read
        EXPECTED.put("oai-other-formats/arxiv-ListRecords-arXiv-format-set-cs.xml", new Tally(0, 0, 46));
        EXPECTED.put("oai-other-formats/celestial-dspace-mit-GetRecord-mets.xml", new Tally(0, 0, 1));
        EXPECTED.put("oai-other-formats/duepublico-oer-harvest-bundle-Identify-ListMetadataFormats-ListSets-ListRecords-mods-deleted.xml",
                new Tally(0, 0, 2));
        EXPECTED.put("oai-other-formats/inspire-ListRecords-marcxml.xml", new Tally(0, 0, 2));
        EXPECTED.put("oai-other-formats/perl-oai-static-repository-example.xml", new Tally(2, 0, 1));
        EXPECTED.put("oai-other-formats/tib-av-portal-ListRecords-datacite-set-resumptionToken.xml", new Tally(100, 0, 0));
        EXPECTED.put("oai-other-formats/zenodo-GetRecord-datacite.xml", new Tally(1, 0, 0));
    }

    /** The metadata prefix each root namespace is read as; namespaces not listed are unknown formats. */
    private static final Map<String, String> PREFIX_BY_NAMESPACE = Map.ofEntries(
            Map.entry("http://www.openarchives.org/OAI/2.0/oai_dc/", "oai_dc"),
            Map.entry("http://ltsc.ieee.org/xsd/LOM", "lom"),
            Map.entry("https://www.oerbw.de/hsoerlom", "hs-oer-lom"),
            Map.entry("http://datacite.org/schema/kernel-4", "oai_datacite"),
            Map.entry("http://datacite.org/schema/kernel-3", "oai_datacite"),
            Map.entry("http://schema.datacite.org/oai/oai-1.1/", "oai_datacite"),
            Map.entry("http://www.loc.gov/mods/v3", "mods"),
            Map.entry("http://www.loc.gov/METS/", "mets"),
            Map.entry("http://www.loc.gov/MARC21/slim", "marcxml"),
            Map.entry("http://arxiv.org/OAI/arXiv/", "arXiv"),
            Map.entry("http://adn.dlese.org", "adn"));

    private static final SourceConfig OAI_SOURCE = new SourceConfig("corpus", "Corpus", "DE", SourceType.OAI_PMH,
            URI.create("http://localhost/oai"), "oai_dc", List.of(), Optional.empty());

    /** Loaded once for all the files: building the vocabularies takes seconds. */
    private static final Vocabularies VOCABULARIES = Vocabularies.bundled();
    private final Path corpus = Path.of(System.getProperty("oerfed.corpus.dir", "../../../shared/corpus"));
    private final HardenedXml xml = new HardenedXml(64 << 20);
    private final RecordGraphBuilder graphs = graphs();

    private RecordGraphBuilder graphs() {
        LanguageCodes languages = new LanguageCodes();
        LicenseUris licences = new LicenseUris();
        HardenedXml records = new HardenedXml(8 << 20);
        List<Normaliser> normalisers = new ArrayList<>(List.of(new OaiDcNormaliser(records, languages, licences),
                new FeedItemNormaliser(records, languages, licences), new JsonLdNormaliser(languages, licences, 8 << 20)));
        LomNormaliser.PREFIXES.forEach(p -> normalisers.add(new LomNormaliser(p, records, languages, licences)));
        DataCiteNormaliser.PREFIXES.forEach(p -> normalisers.add(new DataCiteNormaliser(p, records, languages, licences)));
        // the production chain: mapper, concept linking, ICT CFT alignment
        Model concepts = VOCABULARIES.allConcepts();
        List<RecordEnricher> enrichers = List.of(new ConceptLinker(VOCABULARIES, licences), new IctCftAligner(IctCftRules.bundled(), concepts));
        return new RecordGraphBuilder(new ResourceIds(URI.create("http://localhost:8080/")), normalisers, enrichers,
                Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC));
    }

    static Stream<String> files() {
        return EXPECTED.keySet().stream();
    }

    @Test
    void everyRecordFileOfTheCorpusHasAnExpectedTally() throws IOException {
        assumeTrue(Files.isDirectory(corpus), "no corpus at " + corpus.toAbsolutePath());
        List<String> files = new ArrayList<>();
        for (String folder : List.of("oai-dc", "lom", "lrmi-amb", "feeds", "oai-other-formats")) {
            Path dir = corpus.resolve(folder);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> listed = Files.list(dir)) {
                listed.filter(Files::isRegularFile).forEach(f -> files.add(folder + "/" + f.getFileName()));
            }
        }
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrderElementsOf(files);
    }

    @ParameterizedTest
    @MethodSource("files")
    void eachRecordGivesANamedResourceOrAClassifiedFault(String file) throws Exception {
        Path path = corpus.resolve(file);
        assumeTrue(Files.isRegularFile(path), "no corpus file " + path.toAbsolutePath());
        List<HarvestedRecord> records = records(file, path);
        int resources = 0;
        int faults = 0;
        int unsupported = 0;
        for (HarvestedRecord record : records) {
            switch (map(record)) {
                case RESOURCE -> resources++;
                case RECORD_FAULT -> faults++;
                case UNSUPPORTED -> unsupported++;
            }
        }
        assertThat(new Tally(resources, faults, unsupported)).as(file).isEqualTo(EXPECTED.get(file));
    }

    private enum Outcome { RESOURCE, RECORD_FAULT, UNSUPPORTED }

    private Outcome map(HarvestedRecord record) {
        try {
            RecordGraph graph = graphs.build(OAI_SOURCE, record);
            var resource = graph.model().getResource(new ResourceIds(URI.create("http://localhost:8080/"))
                    .resourceUri(graph.resourceId()));
            assertThat(resource.hasProperty(Schema.name)).as("schema:name of " + record.identifier()).isTrue();
            return Outcome.RESOURCE;
        } catch (OerfedException e) {
            if (e.fault() == Fault.SETUP) {
                assertThat(e.getMessage()).as(record.identifier()).contains("no normaliser reads metadata format '" + record.metadataPrefix() + "'");
                return Outcome.UNSUPPORTED;
            }
            assertThat(e.fault()).as(e.getMessage()).isEqualTo(Fault.RECORD);
            assertThat(e.getMessage()).contains("record '" + record.identifier() + "'").contains("expected");
            return Outcome.RECORD_FAULT;
        }
    }

    private List<HarvestedRecord> records(String file, Path path) throws Exception {
        String folder = file.substring(0, file.indexOf('/'));
        String name = path.getFileName().toString();
        return switch (folder) {
            case "feeds" -> served(path, "application/xml", url -> new FeedHarvester(FeedSettings.defaults())
                    .pages(source(SourceType.RSS, url, "feed-item")).next().records());
            case "lrmi-amb" -> name.endsWith(".html") ? page(path)
                    : List.of(record("corpus:" + name, JsonLdNormaliser.METADATA_PREFIX, Files.readString(path, StandardCharsets.UTF_8)));
            default -> xmlRecords(name, path);
        };
    }

    /** OAI-PMH records out of their envelope (deleted ones left out), or the file itself when it is bare metadata. */
    private List<HarvestedRecord> xmlRecords(String name, Path path) throws Exception {
        Document document = xml.parse(Files.readString(path, StandardCharsets.UTF_8));
        NodeList found = document.getElementsByTagNameNS(OAI, "record");
        Element root = document.getDocumentElement();
        if (found.getLength() == 0 && !OAI.equals(root.getNamespaceURI()) && !root.getLocalName().equals("Repository")) {
            return List.of(record("corpus:" + name, prefixOf(root), serialise(root)));
        }
        List<HarvestedRecord> records = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            Element record = (Element) found.item(i);
            Element header = child(record, "header").orElseThrow();
            if ("deleted".equals(header.getAttribute("status"))) continue;
            String identifier = child(header, "identifier").orElseThrow().getTextContent().strip();
            Element metadata = child(record, "metadata").flatMap(CorpusMappingTest::firstElement).orElseThrow();
            records.add(record(identifier, prefixOf(metadata), serialise(metadata)));
        }
        return records;
    }

    /** The root's namespace as a metadata prefix; a wrapper in an unknown namespace is known by its first child's. */
    private static String prefixOf(Element root) {
        String prefix = PREFIX_BY_NAMESPACE.get(String.valueOf(root.getNamespaceURI()));
        if (prefix == null && "lom".equalsIgnoreCase(root.getLocalName())) return "lom";
        if (prefix != null) return prefix;
        return firstElement(root).map(CorpusMappingTest::prefixOf)
                .orElse("{" + root.getNamespaceURI() + "}" + root.getLocalName());
    }

    /** The page's JSON-LD as the sitemap harvester delivers it: the file served as a page listed in a sitemap. */
    private List<HarvestedRecord> page(Path path) throws IOException {
        byte[] html = Files.readAllBytes(path);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        byte[] sitemap = ("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>" + base + "/page.html</loc></url></urlset>")
                .getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            String requested = exchange.getRequestURI().getPath();
            byte[] body = requested.equals("/sitemap.xml") ? sitemap : requested.equals("/page.html") ? html : null;
            String type = requested.endsWith(".xml") ? "application/xml" : "text/html; charset=utf-8";
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                if (body != null) out.write(body);
            }
        });
        server.start();
        try {
            SitemapSettings settings = SitemapSettings.defaults().withMinDelayPerHost(Duration.ZERO).withRetries(1, Duration.ZERO);
            List<HarvestedRecord> records = new ArrayList<>();
            var pages = new SitemapHarvester(settings).pages(source(SourceType.SITEMAP, URI.create(base + "/sitemap.xml"),
                    SitemapHarvester.METADATA_PREFIX));
            while (pages.hasNext()) {
                RecordPage page = pages.next();
                records.addAll(page.records());
            }
            return records;
        } finally {
            server.stop(0);
        }
    }

    /** Serves the file over loopback HTTP while {@code harvest} reads it. */
    private static List<HarvestedRecord> served(Path path, String type, Harvest harvest) throws IOException {
        byte[] body = Files.readAllBytes(path);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            return harvest.records(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/feed"));
        } finally {
            server.stop(0);
        }
    }

    private interface Harvest {
        List<HarvestedRecord> records(URI url);
    }

    private static SourceConfig source(SourceType type, URI url, String prefix) {
        return new SourceConfig("corpus", "Corpus", "DE", type, url, prefix, List.of(), Optional.empty());
    }

    private static HarvestedRecord record(String identifier, String prefix, String metadata) {
        return new HarvestedRecord("corpus", identifier, Instant.parse("2024-01-01T00:00:00Z"), List.of(), prefix, Optional.of(metadata));
    }

    /** The element as a standalone document: the serialiser declares every namespace it uses. */
    private static String serialise(Element element) {
        LSSerializer serializer = ((DOMImplementationLS) element.getOwnerDocument().getImplementation()).createLSSerializer();
        serializer.getDomConfig().setParameter("xml-declaration", false);
        return serializer.writeToString(element);
    }

    private static Optional<Element> child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) return Optional.of(e);
        }
        return Optional.empty();
    }

    private static Optional<Element> firstElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) return Optional.of(e);
        }
        return Optional.empty();
    }
}
