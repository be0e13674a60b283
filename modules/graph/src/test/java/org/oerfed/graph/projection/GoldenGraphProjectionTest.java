package org.oerfed.graph.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.oerfed.core.search.Facet;
import org.oerfed.core.search.LocalizedText;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.SearchField;
import org.oerfed.graph.RecordGraph;
import org.oerfed.graph.concepts.ConceptLinker;
import org.oerfed.graph.normalise.LicenseUris;
import org.oerfed.graph.vocab.Oerfed;

/**
 * The graphs of the normalisers' golden files (what oai_dc, LOM and AMB JSON-LD records become), linked to the
 * concepts as a harvest links them, projected: the facets a user filters by come out of real mappings.
 */
class GoldenGraphProjectionTest {
    private static final Path GOLDEN = Path.of("src/test/resources/org/oerfed/graph/normalise/golden");
    private static final String RESOURCE = "https://oerfed.example.org/resource/golden";

    private final ConceptLinker linker = new ConceptLinker(ProjectionFixtures.VOCABULARIES, new LicenseUris());
    private final SearchDocumentProjection projection = ProjectionFixtures.projection();

    @Test
    void oaiDc() {
        SearchDocument document = project("oai_dc--identifiers-languages-rights.ttl");

        assertThat(document.title()).isEqualTo("Reading a topographic map");
        assertThat(document.facets()).containsAllEntriesOf(Map.of(
                Facet.SOURCE, List.of("sn-partner"),
                Facet.COUNTRY, List.of("SN"),
                Facet.LANGUAGE, List.of("de", "en", "fr", "haw"),
                Facet.LICENSE, List.of("https://creativecommons.org/licenses/by-nc/4.0/"),
                Facet.OPEN_LICENSE, List.of("true"),
                Facet.SUBJECT, List.of("05", "053", "0532"),
                Facet.TYPE, List.of("lesson-plan"),
                Facet.FORMAT, List.of("text/html"),
                Facet.YEAR, List.of("2023")));
        assertThat(document.texts()).contains(new LocalizedText(SearchField.DESCRIPTION, "fr-FR",
                "Une séance de géographie : courbes de niveau, échelle et légende."));
        assertThat(document.texts()).contains(new LocalizedText(SearchField.TYPE, "fr", "Plan de leçon"));
    }

    @Test
    void lom() {
        SearchDocument document = project("lom--ieee-full.ttl");

        // titled in both of its languages: the tie goes to the first tag, the same on every run
        assertThat(document.title()).isEqualTo("Das ohmsche Gesetz am Steckbrett");
        assertThat(document.facets()).containsAllEntriesOf(Map.of(
                Facet.LANGUAGE, List.of("de", "en"),
                Facet.LICENSE, List.of("https://creativecommons.org/licenses/by-sa/4.0/"),
                Facet.OPEN_LICENSE, List.of("true"),
                Facet.SUBJECT, List.of("05", "053", "0533"),
                Facet.TYPE, List.of("drill-and-practice", "experiment"),
                Facet.FORMAT, List.of("application/pdf", "text/html"),
                Facet.YEAR, List.of("2021")));
        assertThat(document.texts()).contains(new LocalizedText(SearchField.SUBJECT, "ar", "الفيزياء"),
                new LocalizedText(SearchField.KEYWORD, "", "530.1"));
    }

    @Test
    void ambJsonLd() {
        SearchDocument document = project("schema-jsonld--amb-course.ttl");

        assertThat(document.title()).isEqualTo("Soil science for gardeners");
        assertThat(document.facets()).containsAllEntriesOf(Map.of(
                Facet.LANGUAGE, List.of("en"),
                Facet.LICENSE, List.of("https://creativecommons.org/licenses/by/4.0/"),
                Facet.OPEN_LICENSE, List.of("true"),
                Facet.TYPE, List.of("course"),
                Facet.YEAR, List.of("2020")));
        assertThat(document.texts()).contains(new LocalizedText(SearchField.KEYWORD, "en", "compost"),
                new LocalizedText(SearchField.TYPE, "es", "Curso"));
    }

    @Test
    void hsOerLom() {
        SearchDocument document = project("hs-oer-lom--wrapped-classification.ttl");

        assertThat(document.facets()).containsAllEntriesOf(Map.of(
                Facet.LANGUAGE, List.of("de"),
                Facet.SUBJECT, List.of("05", "054", "0541", "0542"),
                Facet.TYPE, List.of("video"),
                Facet.FORMAT, List.of("video/mp4"),
                Facet.YEAR, List.of("2022")));
        assertThat(document.texts()).contains(new LocalizedText(SearchField.SUBJECT, "fr", "Mathématiques"));
    }

    /** The golden graph as the harvest stores it: linked to the concepts, in a record graph of a source. */
    private SearchDocument project(String file) {
        Model model = RDFDataMgr.loadModel(GOLDEN.resolve(file).toString(), Lang.TURTLE);
        linker.enrich(model.getResource(RESOURCE));
        String graphUri = "https://oerfed.example.org/graph/golden";
        model.createResource(graphUri, Oerfed.SourceRecord)
                .addProperty(Oerfed.describes, model.getResource(RESOURCE))
                .addProperty(Oerfed.sourceId, "sn-partner");
        return projection.project(new RecordGraph("golden", graphUri, model));
    }
}
