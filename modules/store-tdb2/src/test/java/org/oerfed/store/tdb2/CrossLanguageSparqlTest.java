package org.oerfed.store.tdb2;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oerfed.core.harvest.HarvestedRecord;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.core.source.SourceType;
import org.oerfed.graph.GraphChanges;
import org.oerfed.graph.RecordGraph;
import org.oerfed.graph.ResourceIds;
import org.oerfed.graph.concepts.ConceptLinker;
import org.oerfed.graph.concepts.IctCftAligner;
import org.oerfed.graph.concepts.IctCftRules;
import org.oerfed.graph.concepts.Vocabularies;
import org.oerfed.graph.normalise.HardenedXml;
import org.oerfed.graph.normalise.LanguageCodes;
import org.oerfed.graph.normalise.LicenseUris;
import org.oerfed.graph.normalise.OaiDcNormaliser;
import org.oerfed.graph.normalise.RecordGraphBuilder;
import org.oerfed.graph.sparql.SparqlService;

/**
 * Multilingual labels live in the graph: a query with a French label reaches resources that their source
 * described only in Spanish, through the ISCED-F concept the concept linker gave them. Everything here is the
 * production chain: the oai_dc mapper, the enrichers, TDB2 with the bundled vocabularies, the SPARQL service.
 */
class CrossLanguageSparqlTest {
    private static final Vocabularies VOCABULARIES = Vocabularies.bundled();
    private static final String BY_FRENCH_LABEL = """
            PREFIX schema: <http://schema.org/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT DISTINCT ?name WHERE {
              ?field skos:prefLabel ?label .
              FILTER (lang(?label) = "fr" && lcase(str(?label)) = "mathématiques")
              ?resource schema:about ?field ; schema:name ?name .
            } ORDER BY ?name
            """;

    private final SourceConfig source = new SourceConfig("partner-es", "Repositorio", "ES", SourceType.OAI_PMH,
            URI.create("https://repositorio.example.es/oai"), "oai_dc", List.of(), Optional.empty());
    @TempDir
    Path dir;
    private Tdb2GraphStore store;
    private RecordGraphBuilder builder;

    @BeforeEach
    void open() {
        store = Tdb2GraphStore.open(dir.resolve("tdb2"));
        VOCABULARIES.graphs().forEach(store::installVocabulary);
        Model concepts = VOCABULARIES.allConcepts();
        builder = new RecordGraphBuilder(new ResourceIds(URI.create("https://oer.example.org/")),
                List.of(new OaiDcNormaliser(new HardenedXml(1 << 20), new LanguageCodes(), new LicenseUris())),
                List.of(new ConceptLinker(VOCABULARIES, new LicenseUris()), new IctCftAligner(IctCftRules.bundled(), concepts)),
                Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aFrenchLabelFindsResourcesDescribedOnlyInSpanish() {
        store.apply(new GraphChanges(List.of(
                spanish("oai:es:1", "Fracciones para primaria", "Matemáticas"),
                spanish("oai:es:2", "Ecuaciones de segundo grado", "matematicas"),
                spanish("oai:es:3", "La célula", "Biología")), List.of()));

        String answer = new String(new SparqlService(store, Duration.ofSeconds(10), 100).query(BY_FRENCH_LABEL, "text/csv").body(),
                StandardCharsets.UTF_8);

        assertThat(answer.lines().skip(1)).containsExactly("Ecuaciones de segundo grado", "Fracciones para primaria");
    }

    private RecordGraph spanish(String identifier, String title, String subject) {
        String dc = """
                <oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <dc:title xml:lang="es">%s</dc:title>
                  <dc:subject xml:lang="es">%s</dc:subject>
                  <dc:language>spa</dc:language>
                </oai_dc:dc>""".formatted(title, subject);
        return builder.build(source, new HarvestedRecord(source.id(), identifier, Instant.now(), List.of(), "oai_dc", Optional.of(dc)));
    }
}
