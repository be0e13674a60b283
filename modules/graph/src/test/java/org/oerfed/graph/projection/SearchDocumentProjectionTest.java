package org.oerfed.graph.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.oerfed.graph.projection.ProjectionFixtures.record;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.oerfed.core.harvest.HarvestedRecord;
import org.oerfed.core.search.Facet;
import org.oerfed.core.search.LocalizedText;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.SearchField;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.core.source.SourceType;
import org.oerfed.graph.RecordGraph;
import org.oerfed.graph.ResourceIds;
import org.oerfed.graph.concepts.ConceptLinker;
import org.oerfed.graph.normalise.HardenedXml;
import org.oerfed.graph.normalise.LanguageCodes;
import org.oerfed.graph.normalise.LicenseUris;
import org.oerfed.graph.normalise.OaiDcNormaliser;
import org.oerfed.graph.normalise.RecordGraphBuilder;
import org.oerfed.graph.vocab.Oerfed;
import org.oerfed.graph.vocab.Prov;

class SearchDocumentProjectionTest {
    private final SearchDocumentProjection projection = ProjectionFixtures.projection();

    @Test
    void projectsARecordAsTheBuilderStoresItWithItsProvenance() {
        ResourceIds ids = new ResourceIds(URI.create("https://oer.example.org/"));
        RecordGraphBuilder builder = new RecordGraphBuilder(ids,
                List.of(new OaiDcNormaliser(new HardenedXml(1 << 20), new LanguageCodes(), new LicenseUris())),
                List.of(new ConceptLinker(ProjectionFixtures.VOCABULARIES, new LicenseUris())),
                Clock.fixed(Instant.parse("2025-05-05T10:00:00Z"), ZoneOffset.UTC));
        SourceConfig source = new SourceConfig("pe-partner", "Partner", "PE", SourceType.OAI_PMH,
                URI.create("https://partner.example.org/oai"), "oai_dc", List.of(), Optional.empty());
        RecordGraph graph = builder.build(source, new HarvestedRecord("pe-partner", "oai:partner:7",
                Instant.parse("2024-02-03T04:05:06Z"), List.of(), "oai_dc", Optional.of(
                "<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:title xml:lang=\"en\">Photosynthesis</dc:title><dc:title xml:lang=\"es\">Fotosíntesis</dc:title>"
                + "<dc:description xml:lang=\"es\">Cómo las plantas producen su alimento.</dc:description>"
                + "<dc:language>spa</dc:language><dc:rights>CC BY 4.0</dc:rights>"
                + "<dc:identifier>https://recursos.example.es/fotosintesis</dc:identifier></oai_dc:dc>")));

        SearchDocument document = projection.project(graph);

        assertThat(document.id()).isEqualTo(ids.resourceId("pe-partner", "oai:partner:7"));
        assertThat(document.title()).isEqualTo("Fotosíntesis");
        assertThat(document.description()).isEqualTo("Cómo las plantas producen su alimento.");
        assertThat(document.url()).isEqualTo("https://recursos.example.es/fotosintesis");
        assertThat(document.values(Facet.SOURCE)).containsExactly("pe-partner");
        assertThat(document.values(Facet.COUNTRY)).containsExactly("PE");
        assertThat(document.values(Facet.LANGUAGE)).containsExactly("es");
        assertThat(document.license()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(document.values(Facet.OPEN_LICENSE)).containsExactly("true");
        var record = graph.model().getResource(graph.graphUri());
        assertThat(record.getProperty(Oerfed.recordIdentifier).getString()).isEqualTo("oai:partner:7");
        assertThat(record.getProperty(Oerfed.datestamp).getLiteral().getLexicalForm()).isEqualTo("2024-02-03T04:05:06Z");
        assertThat(record.getProperty(Prov.generatedAtTime).getLiteral().getLexicalForm()).isEqualTo("2025-05-05T10:00:00Z");
        assertThat(record.getPropertyResourceValue(Oerfed.source).getURI()).isEqualTo("https://oer.example.org/source/pe-partner");
    }

    @Test
    void showsTheTitleAndDescriptionInTheResourcesOwnLanguage() {
        SearchDocument document = projection.project(record("sn-partner", """
                schema:name "Photosynthesis"@en , "Fotosíntesis"@es-419 , "Photosynthèse" ;
                schema:description "How plants make their food."@en , "Cómo las plantas producen su alimento."@es ;
                schema:inLanguage "es-419" ;
                schema:url <https://recursos.example.org/fotosintesis>
                """));

        assertThat(document.id()).isEqualTo("r1");
        assertThat(document.title()).isEqualTo("Fotosíntesis");
        assertThat(document.description()).isEqualTo("Cómo las plantas producen su alimento.");
        assertThat(document.url()).isEqualTo("https://recursos.example.org/fotosintesis");
        assertThat(document.values(Facet.LANGUAGE)).containsExactly("es");
        // every title is searchable in its own language; the untagged one in the resource's only language
        assertThat(texts(document, SearchField.TITLE)).containsExactly(
                tuple("es", "Photosynthèse"), tuple("en", "Photosynthesis"), tuple("es-419", "Fotosíntesis"));
    }

    @Test
    void untaggedTextsAreInTheResourcesLanguageOnlyWhenItHasOne() {
        SearchDocument one = projection.project(record("sn-partner", "schema:name \"Les fractions\" ; schema:inLanguage \"fr\""));
        SearchDocument two = projection.project(record("sn-partner",
                "schema:name \"Fractions\" ; schema:keywords \"maths\" ; schema:inLanguage \"fr\" , \"en\""));

        assertThat(texts(one, SearchField.TITLE)).containsExactly(tuple("fr", "Les fractions"));
        assertThat(texts(two, SearchField.TITLE)).containsExactly(tuple("", "Fractions"));
        assertThat(texts(two, SearchField.KEYWORD)).containsExactly(tuple("", "maths"));
    }

    @Test
    void projectsEveryFacetFromTheGraph() {
        SearchDocument document = projection.project(record("sn-partner", """
                schema:name "Les fractions"@fr ;
                dct:language lang:wo ;
                schema:inLanguage "fr-SN" , "wo" , "und" ;
                schema:license <https://creativecommons.org/licenses/by-sa/4.0/> ;
                schema:educationalLevel level:1 , "école"@fr ;
                schema:about field:0541 , "Fractions"@fr ;
                schema:learningResourceType type:worksheet , type:video ;
                schema:encodingFormat "Text/HTML; charset=UTF-8" , "PDF" ;
                schema:encoding [ a schema:MediaObject ; schema:encodingFormat "video/mp4" ] ;
                schema:accessibilityFeature "captions" , "alternativeText" ;
                schema:dateCreated "2019-03-01"^^xsd:date ;
                schema:datePublished "2020"^^xsd:gYear ;
                schema:dateModified "2024-05-06T07:08:09+02:00"^^xsd:dateTime
                """));

        assertThat(document.facets()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry(Facet.SOURCE, List.of("sn-partner")),
                Map.entry(Facet.COUNTRY, List.of("SN")),
                Map.entry(Facet.LANGUAGE, List.of("fr", "wo")),
                Map.entry(Facet.LICENSE, List.of("https://creativecommons.org/licenses/by-sa/4.0/")),
                Map.entry(Facet.OPEN_LICENSE, List.of("true")),
                Map.entry(Facet.LEVEL, List.of("1")),
                Map.entry(Facet.SUBJECT, List.of("05", "054", "0541")),
                Map.entry(Facet.TYPE, List.of("video", "worksheet")),
                Map.entry(Facet.FORMAT, List.of("text/html", "video/mp4")),
                Map.entry(Facet.ACCESSIBILITY, List.of("alternativeText", "captions")),
                Map.entry(Facet.YEAR, List.of("2019"))));
        assertThat(document.modified()).contains(Instant.parse("2024-05-06T05:08:09Z"));
        // what the source said that no concept matched stays searchable
        assertThat(texts(document, SearchField.KEYWORD)).containsExactly(tuple("fr", "Fractions"), tuple("fr", "école"));
    }

    @Test
    void subjectsCountForEveryBroaderFieldAndCarryTheirLabelsInEveryLanguage() {
        SearchDocument document = projection.project(record("pe-partner",
                "schema:name \"Ecuaciones\"@es ; schema:inLanguage \"es\" ; schema:about field:0541"));

        assertThat(document.values(Facet.SUBJECT)).containsExactly("05", "054", "0541");
        assertThat(texts(document, SearchField.SUBJECT)).contains(
                tuple("en", "Mathematics"), tuple("fr", "Mathématiques"), tuple("es", "Matemáticas"),
                tuple("ar", "الرياضيات"), tuple("zh", "数学"), tuple("ru", "Математика"), tuple("pt", "Matemática"),
                tuple("de", "Mathematik"), tuple("en", "Maths"), tuple("de", "Mathe"));
        // the broader fields' labels are not the resource's subject: "statistics" must not find every algebra lesson
        assertThat(document.texts()).extracting(LocalizedText::text).doesNotContain("Mathematics and statistics");
    }

    @Test
    void levelTypeAndLicenceCarryTheirConceptsLabels() {
        SearchDocument document = projection.project(record("pe-partner", """
                schema:name "Ecuaciones"@es ;
                schema:educationalLevel level:2 ;
                schema:learningResourceType type:worksheet ;
                schema:license <https://creativecommons.org/licenses/by/4.0/>
                """));

        assertThat(texts(document, SearchField.LEVEL)).contains(tuple("en", "Lower secondary education"));
        assertThat(texts(document, SearchField.TYPE)).extracting(t -> t.toList().get(0)).contains("en", "fr", "es", "ar", "zh", "ru");
        assertThat(texts(document, SearchField.LICENSE)).contains(tuple("", "CC BY 4.0"));
        assertThat(document.texts()).extracting(LocalizedText::field).doesNotContainNull();
    }

    @Test
    void aLicenceSaysWhetherItIsOpenOnlyWhenTheSchemeKnowsIt() {
        SearchDocument noDerivatives = projection.project(record("sn-partner",
                "schema:license <https://creativecommons.org/licenses/by-nd/4.0/>"));
        SearchDocument unknown = projection.project(record("sn-partner",
                "schema:license <https://licences.example.org/ours> , \"Tous droits réservés\"@fr"));

        assertThat(noDerivatives.values(Facet.OPEN_LICENSE)).containsExactly("false");
        assertThat(unknown.values(Facet.LICENSE)).containsExactly("https://licences.example.org/ours");
        assertThat(unknown.values(Facet.OPEN_LICENSE)).isEmpty();
        assertThat(unknown.texts()).isEmpty();
    }

    @Test
    void theFirstRecordWinsForWhatIsShownAndEveryRecordCountsForFacets() {
        RecordGraph first = record("sn-partner", """
                schema:name "Les fractions"@fr ;
                schema:inLanguage "fr" ;
                schema:about field:0541 ;
                schema:dateModified "2023-01-01"^^xsd:date ;
                schema:dateCreated "2021-06-01"^^xsd:date
                """);
        RecordGraph second = record("pe-partner", """
                schema:name "Las fracciones"@es ;
                schema:description "Ejercicios de fracciones."@es ;
                schema:url <https://pe.example.org/fracciones> ;
                schema:inLanguage "es" ;
                schema:about field:0542 ;
                schema:license <https://creativecommons.org/licenses/by/4.0/> ;
                schema:dateModified "2024-02-02"^^xsd:date ;
                schema:dateCreated "2018"^^xsd:gYear
                """);

        SearchDocument document = projection.project(new ResourceView("r1", List.of(first, second)));
        SearchDocument reversed = projection.project(new ResourceView("r1", List.of(second, first)));

        assertThat(document.title()).isEqualTo("Les fractions");
        assertThat(reversed.title()).isEqualTo("Las fracciones");
        // a value only the second record has is still shown
        assertThat(document.description()).isEqualTo("Ejercicios de fracciones.");
        assertThat(document.url()).isEqualTo("https://pe.example.org/fracciones");
        assertThat(document.values(Facet.SOURCE)).containsExactly("pe-partner", "sn-partner");
        assertThat(document.values(Facet.COUNTRY)).containsExactly("PE", "SN");
        assertThat(document.values(Facet.LANGUAGE)).containsExactly("es", "fr");
        assertThat(document.values(Facet.SUBJECT)).containsExactly("05", "054", "0541", "0542");
        assertThat(document.values(Facet.YEAR)).containsExactly("2018");
        assertThat(document.modified()).contains(Instant.parse("2024-02-02T00:00:00Z"));
        assertThat(texts(document, SearchField.TITLE)).containsExactly(tuple("fr", "Les fractions"), tuple("es", "Las fracciones"));
        // the facets and texts are the same whatever the order; only what is shown follows precedence
        assertThat(reversed.facets()).isEqualTo(document.facets());
        assertThat(reversed.texts()).containsExactlyInAnyOrderElementsOf(document.texts());
    }

    @Test
    void theSameGraphGivesTheSameDocumentWhateverTheOrderOfItsTriples() {
        RecordGraph graph = record("sn-partner", """
                schema:name "B"@fr , "A"@fr , "C" ;
                schema:inLanguage "fr" ;
                schema:keywords "z" , "y"@fr , "x" ;
                schema:about field:0541 , field:0311 , "Fractions" ;
                schema:url <https://b.example.org/> , <https://a.example.org/> ;
                schema:license <https://creativecommons.org/licenses/by/4.0/> , <https://creativecommons.org/licenses/by-sa/4.0/>
                """);
        Model reordered = ModelFactory.createDefaultModel();
        List<org.apache.jena.rdf.model.Statement> statements = graph.model().listStatements().toList();
        for (int i = statements.size() - 1; i >= 0; i--) reordered.add(statements.get(i));

        SearchDocument document = projection.project(graph);

        assertThat(projection.project(new RecordGraph("r1", graph.graphUri(), reordered))).isEqualTo(document);
        assertThat(projection.project(graph)).isEqualTo(document);
        assertThat(document.title()).isEqualTo("A");
        assertThat(document.url()).isEqualTo("https://a.example.org/");
    }

    @Test
    void aPartialRecordProjectsToAPartialDocument() {
        SearchDocument bare = projection.project(record("unknown-source", "schema:dateCreated \"not a date\""));
        Model noResource = ProjectionFixtures.turtle("<https://oer.example.org/graph/x> a oerfed:SourceRecord .");

        assertThat(bare.title()).isEmpty();
        assertThat(bare.modified()).isEmpty();
        assertThat(bare.facets()).containsOnlyKeys(Facet.SOURCE);
        assertThat(projection.project(new RecordGraph("x", "https://oer.example.org/graph/x", noResource)))
                .isEqualTo(new SearchDocument("x", "", "", "", Optional.empty(), Map.of(), List.of()));
    }

    @Test
    void datesAreReadWhateverTheirType() {
        SearchDocument document = projection.project(record("sn-partner", """
                schema:datePublished "2022-07" , "2021-13-45" ;
                schema:dateCreated "sometime"
                """));

        assertThat(document.values(Facet.YEAR)).containsExactly("2021");
        assertThat(document.modified()).contains(Instant.parse("2022-07-01T00:00:00Z"));
    }

    /** The (language, text) pairs of one field, in the document's order. */
    private static List<org.assertj.core.groups.Tuple> texts(SearchDocument document, SearchField field) {
        return document.texts().stream().filter(t -> t.field() == field).map(t -> tuple(t.language(), t.text())).toList();
    }
}
