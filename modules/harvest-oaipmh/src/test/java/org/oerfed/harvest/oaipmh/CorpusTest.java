package org.oerfed.harvest.oaipmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.oerfed.harvest.oaipmh.TestSources.oaiDc;
import static org.oerfed.harvest.oaipmh.TestSources.standalone;

import io.gdcc.xoai.xmlio.exceptions.XmlReaderException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.harvest.DeletedRecords;
import org.oerfed.core.harvest.HarvestedRecord;
import org.oerfed.core.harvest.RecordPage;
import org.oerfed.core.harvest.SourceDescription;

/**
 * Every real-world response under the shared corpus's {@code oai-protocol} and {@code oai-dc} folders (see
 * its SOURCES.md), each with its expected outcome written out below. Each file is served by a loopback
 * server as the answer to the verb it answers (other verbs get minimal valid answers) and read by the
 * harvester: ListRecords answers, errors and broken bodies through {@code pages()}, Identify, ListSets and
 * ListMetadataFormats through {@code describe()}. GetRecord answers, which the harvester never asks for,
 * go straight to the response gate and the record reader that ListRecords uses.
 *
 * <p>Skipped when the corpus is absent. A file without an expectation fails the test.
 */
class CorpusTest {

    /** How a file is read. */
    private enum Via { PAGES, DESCRIBE, READER }

    /** What a file must give. */
    private sealed interface Outcome permits Records, Empty, Fails, Describes {
    }

    /**
     * Records parsed, each live one with standalone metadata.
     *
     * @param identifier the first record's identifier
     * @param datestamp  the first record's datestamp
     * @param token      the page's resumption token, if any (its start)
     */
    private record Records(int count, int deleted, String identifier, String datestamp, Optional<String> token)
            implements Outcome {
    }

    /** noRecordsMatch: an empty, last page. */
    private record Empty() implements Outcome {
    }

    /** A classified failure whose message names what was wrong. */
    private record Fails(Class<? extends OerfedException> type, Fault fault, String... says) implements Outcome {
    }

    /** What describe() reports, checked as far as given. */
    private record Describes(Optional<Boolean> seconds, Optional<DeletedRecords> deleted, Optional<String> earliest,
                             Optional<Integer> sets, List<String> prefixes) implements Outcome {
    }

    /** One file's case. @param status the HTTP status it is served with (the real one, where known) */
    private record Case(Via via, String verb, int status, String contentType, Outcome outcome) {
    }

    private static final Map<String, Case> CASES = new LinkedHashMap<>();

    static {
        String xml = "text/xml; charset=utf-8";
        // oai-protocol/
        put("oai-protocol/INVALID-dspace-erasmus-Identify-earliestDatestamp-aaaa-bb-cc.xml", Via.DESCRIBE, "Identify",
                new Fails(OerfedException.class, Fault.SOURCE, "earliestDatestamp 'aaaa-bb-cc'", "?verb=Identify"));
        put("oai-protocol/MALFORMED-citebase-GetRecord-invalid-utf8-bytes.xml", Via.READER, "GetRecord",
                new Fails(OerfedException.class, Fault.SOURCE, "not well-formed"));
        put("oai-protocol/MALFORMED-dspace-erasmus-Identify-undefined-entity.xml", Via.DESCRIBE, "Identify",
                new Fails(OerfedException.class, Fault.SOURCE, "bogus", "?verb=Identify"));
        CASES.put("oai-protocol/MALFORMED-non-oai-html-response-to-Identify.html", new Case(Via.DESCRIBE, "Identify", 200,
                "text/html", new Fails(OerfedException.class, Fault.SOURCE, "HTML instead of OAI-PMH", "?verb=Identify")));
        put("oai-protocol/MALFORMED-sickle-ListRecordsBroken.xml", Via.PAGES, "ListRecords",
                new Fails(OerfedException.class, Fault.SOURCE, "not well-formed", "?verb=ListRecords"));
        put("oai-protocol/arxiv-GetRecord-oai_dc-utf8-sets.xml", Via.READER, "GetRecord",
                new Records(1, 0, "oai:arXiv.org:1207.1019", "2015-01-16T00:00:00Z", Optional.empty()));
        put("oai-protocol/arxiv-error-noRecordsMatch.xml", Via.PAGES, "ListRecords", new Empty());
        put("oai-protocol/citebase-GetRecord-oai_dc-arxiv.xml", Via.READER, "GetRecord",
                new Records(1, 0, "oai:arXiv.org:hep-th/0001001", "2004-06-22T19:46:16Z", Optional.empty()));
        put("oai-protocol/citebase-eprints-Identify-eprints-policy-description.xml", Via.DESCRIBE, "Identify",
                identify(false, DeletedRecords.TRANSIENT, "0001-01-01T00:00:00Z"));
        put("oai-protocol/e-periodica-Identify-oai-identifier.xml", Via.DESCRIBE, "Identify",
                identify(true, DeletedRecords.NO, "2013-12-09T21:21:34Z"));
        put("oai-protocol/pyoai-dspace-erasmus-GetRecord-deleted.xml", Via.READER, "GetRecord",
                new Records(1, 1, "hdl:1765/1160", "2004-02-16T13:29:54Z", Optional.empty()));
        put("oai-protocol/pyoai-dspace-erasmus-Identify.xml", Via.DESCRIBE, "Identify",
                identify(true, DeletedRecords.NO, "2001-01-01T00:00:00Z"));
        put("oai-protocol/pyoai-dspace-erasmus-ListSets.xml", Via.DESCRIBE, "ListSets", sets(10));
        put("oai-protocol/sickle-ListSets-many-sets.xml", Via.DESCRIBE, "ListSets", sets(131));
        put("oai-protocol/sickle-error-badArgument-loc-example.xml", Via.PAGES, "ListRecords",
                new Fails(OerfedException.class, Fault.SETUP, "badArgument", "'oai_dc'"));
        put("oai-protocol/sickle-error-badResumptionToken.xml", Via.PAGES, "ListRecords",
                new Fails(BadResumptionTokenException.class, Fault.SOURCE, "badResumptionToken"));
        put("oai-protocol/sickle-error-cannotDisseminateFormat.xml", Via.PAGES, "ListRecords",
                new Fails(OerfedException.class, Fault.SETUP, "cannotDisseminateFormat", "'oai_dc'"));
        put("oai-protocol/sickle-error-noSetHierarchy.xml", Via.PAGES, "ListRecords",
                new Fails(OerfedException.class, Fault.SETUP, "noSetHierarchy"));
        put("oai-protocol/xoai-GetRecord-oai_dc-CDATA-title.xml", Via.READER, "GetRecord",
                new Records(1, 0, "oai:ojs.spmfrjournal.org:article/88", "2013-10-14T06:01:49Z", Optional.empty()));
        put("oai-protocol/zenodo-GetRecord-oai_dc.xml", Via.READER, "GetRecord",
                new Records(1, 0, "oai:zenodo.org:10357859", "2023-12-11T17:26:46Z", Optional.empty()));
        put("oai-protocol/zenodo-Identify.xml", Via.DESCRIBE, "Identify",
                identify(true, DeletedRecords.NO, "2014-02-03T14:41:33Z"));
        put("oai-protocol/zenodo-ListIdentifiers-oai_dc-resumptionToken.xml", Via.PAGES, "ListRecords",
                new Fails(OerfedException.class, Fault.SOURCE, "answered ListIdentifiers to ListRecords"));
        put("oai-protocol/zenodo-ListMetadataFormats.xml", Via.DESCRIBE, "ListMetadataFormats",
                new Describes(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of("marcxml",
                        "oai_dc", "dcat", "marc21", "datacite", "oai_datacite", "datacite4", "oai_datacite4")));
        put("oai-protocol/zenodo-ListSets-page2-request-with-token.xml", Via.DESCRIBE, "ListSets", sets(5));
        // Its token is answered with the page-2 file: 5 + 5 sets.
        put("oai-protocol/zenodo-ListSets-resumptionToken.xml", Via.DESCRIBE, "ListSets", sets(10));
        zenodoError("oai-protocol/zenodo-error-badArgument-unknown-metadataPrefix.xml",
                new Fails(OerfedException.class, Fault.SETUP, "badArgument", "metadataPrefix does not exist"));
        zenodoError("oai-protocol/zenodo-error-badResumptionToken.xml",
                new Fails(BadResumptionTokenException.class, Fault.SOURCE, "badResumptionToken"));
        zenodoError("oai-protocol/zenodo-error-idDoesNotExist.xml",
                new Fails(OerfedException.class, Fault.SOURCE, "idDoesNotExist"));
        zenodoError("oai-protocol/zenodo-error-noRecordsMatch-unknown-set.xml", new Empty());
        zenodoError("oai-protocol/zenodo-error-noRecordsMatch.xml", new Empty());
        // oai-dc/
        put("oai-dc/dataverse-harvard-oai_dc-record-fragment-multibyte.xml", Via.PAGES, "ListRecords",
                new Fails(OerfedException.class, Fault.SOURCE, "not OAI-PMH 2.0", "oai_dc/}dc"));
        put("oai-dc/dspace-ufp-oai_dc-record-fragment.xml", Via.PAGES, "ListRecords",
                new Fails(OerfedException.class, Fault.SOURCE, "not OAI-PMH 2.0", "oai_dc/}dc"));
        put("oai-dc/pyoai-dspace-erasmus-ListRecords-oai_dc-81recs-deleted-sets.xml", Via.PAGES, "ListRecords",
                new Records(81, 2, "hdl:1765/9", "2004-02-03T10:58:05Z", Optional.empty()));
        put("oai-dc/sickle-ListRecords-oai_dc-resumptionToken-deleted.xml", Via.PAGES, "ListRecords",
                new Records(2, 1, "oai:test.example.com:1585310", "2011-07-18T16:31:00Z", Optional.of("ListRecords2.xml")));
        put("oai-dc/zenodo-ListRecords-oai_dc-from-until-resumptionToken-cyrillic-cjk.xml", Via.PAGES, "ListRecords",
                new Records(50, 0, "oai:zenodo.org:19355137", "2026-04-01T22:37:11Z", Optional.of(".eJxNjkFvgjAAhf9Lz25")));
        put("oai-dc/zenodo-ListRecords-oai_dc-resumed-page-request-with-token.xml", Via.PAGES, "ListRecords",
                new Records(3, 0, "oai:zenodo.org:20589672", "2026-06-08T07:42:23Z", Optional.empty()));
        CASES.replaceAll((file, c) -> c.contentType() == null ? new Case(c.via(), c.verb(), c.status(), xml, c.outcome()) : c);
    }

    private static void put(String file, Via via, String verb, Outcome outcome) {
        CASES.put(file, new Case(via, verb, 200, null, outcome));
    }

    /** Zenodo sends its protocol errors with HTTP 422. */
    private static void zenodoError(String file, Outcome outcome) {
        CASES.put(file, new Case(Via.PAGES, "ListRecords", 422, null, outcome));
    }

    private static Describes identify(boolean seconds, DeletedRecords deleted, String earliest) {
        return new Describes(Optional.of(seconds), Optional.of(deleted), Optional.of(earliest), Optional.empty(), List.of());
    }

    private static Describes sets(int count) {
        return new Describes(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(count), List.of());
    }

    @Test
    void everyCorpusFileHasAnExpectedOutcome() throws IOException {
        Path corpus = corpus();
        List<String> files = new ArrayList<>();
        for (String folder : List.of("oai-protocol", "oai-dc")) {
            try (Stream<Path> listed = Files.list(corpus.resolve(folder))) {
                listed.filter(Files::isRegularFile).forEach(f -> files.add(folder + "/" + f.getFileName()));
            }
        }
        assertThat(CASES.keySet()).containsExactlyInAnyOrderElementsOf(files);
    }

    @TestFactory
    Stream<DynamicTest> eachFileGivesItsExpectedOutcome() {
        Path corpus = corpus();
        return CASES.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(),
                () -> check(corpus, entry.getKey(), entry.getValue())));
    }

    private static void check(Path corpus, String file, Case c) throws IOException {
        byte[] body = Files.readAllBytes(corpus.resolve(file));
        switch (c.via()) {
            case READER -> checkRead(file, body, c.outcome());
            case PAGES, DESCRIBE -> {
                try (StubHttpServer stub = serving(corpus, file, c, body)) {
                    if (c.via() == Via.PAGES) {
                        checkPages(stub, c.outcome());
                    } else {
                        checkDescribe(stub, c.outcome());
                    }
                }
            }
        }
    }

    private static void checkRead(String file, byte[] body, Outcome outcome) {
        String url = "corpus:" + file;
        if (outcome instanceof Fails fails) {
            OerfedException fault = catchThrowableOfType(OerfedException.class, () -> read(url, body));
            assertFault(fault, fails);
        } else {
            assertRecords(read(url, body), (Records) outcome);
        }
    }

    /** The response gate and the record reader, as ListRecordsPages runs them. */
    private static RecordPage read(String url, byte[] body) {
        OaiResponseIntake.Accepted accepted = new OaiResponseIntake(InvalidCharacterPolicy.STRIP)
                .accept("corpus", url, "text/xml", body);
        try {
            ListRecordsResponse response = new ListRecordsResponseReader(OaiPmhSettings.DEFAULT_MAX_RECORD_CHARS)
                    .read(accepted.xml(), url);
            return new RecordPage(response.records().stream().map(e -> new HarvestedRecord("corpus", e.identifier(),
                    e.datestamp(), e.sets(), "oai_dc", e.metadata())).toList(), response.resumptionToken(),
                    response.completeListSize());
        } catch (XmlReaderException e) {
            throw new AssertionError("the reader failed on a screened response", e);
        }
    }

    private static void checkPages(StubHttpServer stub, Outcome outcome) {
        var pages = TestSources.harvester().pages(oaiDc(stub.url("/oai")));
        if (outcome instanceof Fails fails) {
            assertFault(catchThrowableOfType(OerfedException.class, pages::next), fails);
        } else if (outcome instanceof Empty) {
            RecordPage page = pages.next();
            assertThat(page.records()).isEmpty();
            assertThat(page.last()).isTrue();
        } else {
            assertRecords(pages.next(), (Records) outcome);
        }
    }

    private static void checkDescribe(StubHttpServer stub, Outcome outcome) {
        if (outcome instanceof Fails fails) {
            assertFault(catchThrowableOfType(OerfedException.class,
                    () -> TestSources.harvester().describe(oaiDc(stub.url("/oai")))), fails);
            return;
        }
        Describes expected = (Describes) outcome;
        SourceDescription description = TestSources.harvester().describe(oaiDc(stub.url("/oai")));
        expected.seconds().ifPresent(s -> assertThat(description.secondsGranularity()).isEqualTo(s));
        expected.deleted().ifPresent(d -> assertThat(description.deletedRecords()).isEqualTo(d));
        expected.earliest().ifPresent(e -> assertThat(description.earliestDatestamp()).contains(Instant.parse(e)));
        expected.sets().ifPresent(n -> assertThat(description.sets()).hasSize(n).doesNotHaveDuplicates());
        if (!expected.prefixes().isEmpty()) {
            assertThat(description.metadataPrefixes()).containsExactlyElementsOf(expected.prefixes());
        }
        assertThat(description.metadataPrefix()).isEqualTo("oai_dc");
    }

    private static void assertFault(OerfedException fault, Fails expected) {
        assertThat(fault).as("a classified failure").isInstanceOf(expected.type());
        assertThat(fault.fault()).isEqualTo(expected.fault());
        assertThat(fault.getMessage()).contains(expected.says());
    }

    private static void assertRecords(RecordPage page, Records expected) {
        assertThat(page.records()).hasSize(expected.count());
        assertThat(page.records().stream().filter(HarvestedRecord::deleted)).hasSize(expected.deleted());
        HarvestedRecord first = page.records().get(0);
        assertThat(first.identifier()).isEqualTo(expected.identifier());
        assertThat(first.datestamp()).isEqualTo(Instant.parse(expected.datestamp()));
        for (HarvestedRecord record : page.records()) {
            if (!record.deleted()) {
                assertThat(standalone(record.metadata().orElseThrow()).getDocumentElement().getLocalName())
                        .as(record.identifier()).isEqualTo("dc");
            }
        }
        if (expected.token().isPresent()) {
            assertThat(page.resumptionToken()).get().asString().startsWith(expected.token().get());
        } else {
            assertThat(page.last()).isTrue();
        }
    }

    /** Answers the file to its verb, the ListSets page-2 file to a ListSets token, and minimal answers otherwise. */
    private static StubHttpServer serving(Path corpus, String file, Case c, byte[] body) {
        byte[] page2 = c.verb().equals("ListSets") ? bytes(corpus.resolve("oai-protocol/zenodo-ListSets-page2-request-with-token.xml")) : null;
        return new StubHttpServer(query -> {
            String verb = query.replaceFirst("^verb=([A-Za-z]+).*", "$1");
            if (verb.equals("ListSets") && query.contains("resumptionToken") && page2 != null) {
                return new StubHttpServer.Response(200, c.contentType(), page2, Map.of(), false);
            }
            if (verb.equals(c.verb())) {
                return new StubHttpServer.Response(c.status(), c.contentType(), body, Map.of(), false);
            }
            return StubHttpServer.Response.xml(minimal(verb));
        });
    }

    private static String minimal(String verb) {
        String head = "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><responseDate>2024-05-01T00:00:00Z</responseDate>"
                + "<request>http://stub/oai</request>";
        return head + switch (verb) {
            case "Identify" -> "<Identify><repositoryName>Stub</repositoryName><baseURL>http://stub/oai</baseURL>"
                    + "<protocolVersion>2.0</protocolVersion><adminEmail>a@stub</adminEmail>"
                    + "<earliestDatestamp>2000-01-01T00:00:00Z</earliestDatestamp><deletedRecord>persistent</deletedRecord>"
                    + "<granularity>YYYY-MM-DDThh:mm:ssZ</granularity></Identify>";
            case "ListMetadataFormats" -> "<ListMetadataFormats><metadataFormat><metadataPrefix>oai_dc</metadataPrefix>"
                    + "<schema>http://www.openarchives.org/OAI/2.0/oai_dc.xsd</schema>"
                    + "<metadataNamespace>http://www.openarchives.org/OAI/2.0/oai_dc/</metadataNamespace>"
                    + "</metadataFormat></ListMetadataFormats>";
            default -> "<error code=\"noSetHierarchy\">no sets</error>";
        } + "</OAI-PMH>";
    }

    private static byte[] bytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** OERFED_CORPUS_DIR, else {@code shared/corpus} beside the repository or any folder above the working one. */
    private static Path corpus() {
        String configured = System.getenv("OERFED_CORPUS_DIR");
        if (configured != null && !configured.isBlank()) {
            Path dir = Path.of(configured);
            Assumptions.assumeTrue(Files.isDirectory(dir), "OERFED_CORPUS_DIR " + dir + " is not a folder");
            return dir;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("corpus");
            if (Files.isDirectory(candidate.resolve("oai-protocol"))) {
                return candidate;
            }
        }
        Assumptions.abort("the shared corpus (../shared/corpus or OERFED_CORPUS_DIR) is absent");
        return null;
    }
}
