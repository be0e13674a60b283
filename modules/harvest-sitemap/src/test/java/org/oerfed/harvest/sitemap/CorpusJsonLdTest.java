package org.oerfed.harvest.sitemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.harvest.HarvestedRecord;
import org.oerfed.graph.normalise.JsonLdNormaliser;
import org.oerfed.graph.normalise.LanguageCodes;
import org.oerfed.graph.normalise.LicenseUris;
import org.oerfed.graph.vocab.Schema;

/**
 * The LRMI and AMB records of the shared corpus ({@code shared/corpus/lrmi-amb}, described in its SOURCES.md)
 * taken as OERfed will take them: JSON files as a partner publishes them, straight to the {@link JsonLdNormaliser};
 * HTML files as the harvester reads a page, through its {@link JsonLdExtractor} and {@link JsonLdSelector}. Skipped
 * where the corpus is absent; {@code -Doerfed.corpus.dir} points elsewhere. Every file is listed with what it must
 * give, so a file added to the corpus fails here until someone decides what it should give. Nothing here may touch
 * the network: every context the files name is one OERfed knows or is refused.
 */
class CorpusJsonLdTest {

    /** What one file gives. */
    sealed interface Outcome {
    }

    /** A resource with this name. */
    record Named(String name) implements Outcome {
    }

    /** A RECORD fault whose message says this. */
    record RecordFault(String says) implements Outcome {
    }

    /** A page without JSON-LD: the harvester skips it before normalisation. */
    record NoJsonLd() implements Outcome {
    }

    private static final String TUTORY = "Arbeitsblatt - Mon avenir - Französisch - tutory.de";
    private static final String TREASURE_MAP = "Tiles, Blocks, Sapphires & Gold: Designing a Treasure Map";
    private static final Map<String, Outcome> EXPECTED = Map.ofEntries(
            // only a context: nothing is described
            Map.entry("amb-context.jsonld", new RecordFault("no object typed LearningResource")),
            // invalid for AMB's schema (a level outside its vocabulary), still a well-formed description for OERfed
            Map.entry("amb-invalid-educationalLevelWithWrongID.json", new Named("Silbenkette als orthographiedidaktisches Instrument")),
            // invalid for AMB (licence as text), which OERfed reads anyway
            Map.entry("amb-invalid-license-as-string.json", new Named(TUTORY)),
            Map.entry("amb-valid-concepts-multilingual-labels.json", new Named(TUTORY)),
            Map.entry("amb-valid-highered-course-part.json", new Named("OS08: Virtual Memory I")),
            Map.entry("amb-valid-highered-course.json", new Named("Computer Structures and Operating Systems")),
            Map.entry("amb-valid-highered-figure-isBasedOn.json", new Named("A-32 two-level page table")),
            Map.entry("amb-valid-oer-in-multiple-languages.json", new Named("Beispielressource")),
            Map.entry("amb-valid-tutory-worksheet-fr.json", new Named(TUTORY)),
            // inline context only
            Map.entry("lrmi-LRexample01-educationalUse-alignments.jsonld", new Named(TREASURE_MAP)),
            Map.entry("lrmi-LRexample01a-prefixed-schema-keys.json-ld", new Named(TREASURE_MAP)),
            // microdata only, which OERfed does not read
            Map.entry("lrmi-LRexample01a-microdata.html", new NoJsonLd()),
            // a WebPage carrying LRMI properties, context "http://schema.org/"
            Map.entry("lrmi-alignmentsUK-jsonld-in-script-tag.html", new Named("The Declaration of Arbroath")));

    private final Path corpus = Path.of(System.getProperty("oerfed.corpus.dir", "../../../shared/corpus")).resolve("lrmi-amb");
    private final JsonLdNormaliser normaliser = new JsonLdNormaliser(new LanguageCodes(), new LicenseUris(), 1 << 20);

    @BeforeEach
    void needsTheCorpus() {
        assumeTrue(Files.isDirectory(corpus), "no LRMI/AMB corpus at " + corpus.toAbsolutePath());
    }

    static Stream<String> files() {
        return EXPECTED.keySet().stream().sorted();
    }

    @Test
    void everyFileOfTheCorpusHasAnExpectedOutcome() throws IOException {
        try (Stream<Path> files = Files.list(corpus)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void eachFileGivesANamedResourceOrAClearRecordFault(String file) throws IOException {
        Outcome expected = EXPECTED.get(file);
        Optional<String> jsonLd = jsonLd(file);
        if (expected instanceof NoJsonLd) {
            assertThat(jsonLd).isEmpty();
            return;
        }
        assertThat(jsonLd).as("JSON-LD found in " + file).isPresent();
        if (expected instanceof Named named) {
            Resource resource = describe(file, jsonLd.get());
            assertThat(resource.listProperties(Schema.name).toList()).extracting(s -> s.getLiteral().getLexicalForm())
                    .containsExactly(named.name());
        } else if (expected instanceof RecordFault fault) {
            assertThatThrownBy(() -> describe(file, jsonLd.get())).isInstanceOfSatisfying(OerfedException.class, e -> {
                assertThat(e.fault()).isEqualTo(Fault.RECORD);
                assertThat(e.getMessage()).contains("record 'corpus:" + file + "'", fault.says());
            });
        }
    }

    @Test
    void languagesAndLicencesOfTheCorpusAreNormalised() throws IOException {
        Resource languages = describe("amb-valid-oer-in-multiple-languages.json", jsonLd("amb-valid-oer-in-multiple-languages.json").orElseThrow());
        assertThat(strings(languages, Schema.inLanguage)).containsExactlyInAnyOrder("fr", "en", "de");
        assertThat(uris(languages, Schema.license)).containsExactly("https://creativecommons.org/publicdomain/zero/1.0/");

        Resource english = describe("lrmi-LRexample01-educationalUse-alignments.jsonld",
                jsonLd("lrmi-LRexample01-educationalUse-alignments.jsonld").orElseThrow());
        assertThat(strings(english, Schema.inLanguage)).as("\"English\" as a code").containsExactly("en");

        Resource textLicence = describe("amb-invalid-license-as-string.json", jsonLd("amb-invalid-license-as-string.json").orElseThrow());
        assertThat(uris(textLicence, Schema.license)).containsExactly("https://creativecommons.org/publicdomain/zero/1.0/");

        Resource agpl = describe("amb-valid-concepts-multilingual-labels.json", jsonLd("amb-valid-concepts-multilingual-labels.json").orElseThrow());
        assertThat(uris(agpl, Schema.license)).as("a licence that is not CC is kept as its IRI").containsExactly("http://www.gnu.org/licenses/agpl-3.0");
        assertThat(agpl.hasProperty(DCTerms.rights)).isFalse();

        Resource freeTextDate = describe("lrmi-LRexample01a-prefixed-schema-keys.json-ld",
                jsonLd("lrmi-LRexample01a-prefixed-schema-keys.json-ld").orElseThrow());
        assertThat(strings(freeTextDate, DCTerms.date)).containsExactly("October 4, 2006");
        assertThat(uris(freeTextDate, Schema.url)).containsExactly("http://dx.cooperhewitt.org/lessonplan/Tiles-Blocks-Sapphires-Gold-Designing-a-Treasure-Map/");
    }

    /** The file's JSON-LD as the normaliser receives it: a JSON file as it is, an HTML page as the harvester reads it. */
    private Optional<String> jsonLd(String file) throws IOException {
        byte[] bytes = Files.readAllBytes(corpus.resolve(file));
        if (!file.endsWith(".html")) return Optional.of(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        URI page = URI.create("https://corpus.example.org/" + file);
        List<String> blocks = new JsonLdExtractor().extract(bytes, Optional.of("text/html"), page);
        return new JsonLdSelector().select(blocks, page).jsonLd().map(PageJsonLd::json);
    }

    private Resource describe(String file, String json) {
        Model model = ModelFactory.createDefaultModel();
        Resource resource = model.createResource("http://localhost:8080/resource/corpus-1", Schema.LearningResource);
        normaliser.describe(new HarvestedRecord("corpus", "corpus:" + file, Instant.parse("2024-01-01T00:00:00Z"), List.of(),
                JsonLdNormaliser.METADATA_PREFIX, Optional.of(json)), resource);
        return resource;
    }

    private static List<String> strings(Resource r, org.apache.jena.rdf.model.Property p) {
        return r.listProperties(p).toList().stream().map(Statement::getLiteral).map(l -> l.getLexicalForm()).toList();
    }

    private static List<String> uris(Resource r, org.apache.jena.rdf.model.Property p) {
        return r.listProperties(p).toList().stream().map(s -> s.getResource().getURI()).toList();
    }
}
