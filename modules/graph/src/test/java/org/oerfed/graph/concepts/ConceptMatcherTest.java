package org.oerfed.graph.concepts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;

class ConceptMatcherTest {
    private static final Vocabularies VOCABULARIES = Vocabularies.bundled();
    private static final String CC_BY_SA_3_DE = "https://creativecommons.org/licenses/by-sa/3.0/de/";

    @ParameterizedTest
    @ValueSource(strings = {"fr", "FR", "fre", "fra", "French", "français", "Francais", "FRANÇAIS ", "francés", "Französisch",
            "法语", "французский", "الفرنسية", "fr-CA", "fr_FR", "http://id.loc.gov/vocabulary/iso639-2/fre", "http://lexvo.org/id/iso639-3/fra"})
    void findsALanguageHoweverWritten(String value) {
        assertThat(VOCABULARIES.matcher(Vocabulary.LANGUAGE).match(value)).contains(Vocabulary.LANGUAGE.conceptUri("fr"));
    }

    @ParameterizedTest
    @CsvSource({"zh-Hans-CN, zh", "chi, zh", "Chinese, zh", "中文, zh", "ger, de", "Deutsch, de", "iw, he", "haw, haw",
            "Castilian, es", "es-419, es", "pt-BR, pt", "Kiswahili, sw"})
    void findsOtherLanguages(String value, String code) {
        assertThat(VOCABULARIES.matcher(Vocabulary.LANGUAGE).match(value)).contains(Vocabulary.LANGUAGE.conceptUri(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CC BY-SA 3.0 DE", "cc-by-sa-3.0-de", "CC-BY-SA-3.0-DE", CC_BY_SA_3_DE,
            "http://creativecommons.org/licenses/by-sa/3.0/de/", "https://creativecommons.org/licenses/by-sa/3.0/de",
            "http://creativecommons.org/licenses/by-sa/3.0/de/legalcode", "https://creativecommons.org/licenses/by-sa/3.0/de/deed.en",
            "Creative Commons Attribution-ShareAlike 3.0 Germany", "Creative Commons Namensnennung - Weitergabe unter gleichen Bedingungen 3.0 Deutschland",
            "Creative Commons Attribution - Partage dans les mêmes conditions 3.0 Allemagne"})
    void findsAPortedLicenceByAddressNotationOrName(String value) {
        assertThat(VOCABULARIES.matcher(Vocabulary.LICENCE).match(value)).contains(CC_BY_SA_3_DE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CC BY 4.0|https://creativecommons.org/licenses/by/4.0/",
            "Creative Commons Attribution 4.0 International|https://creativecommons.org/licenses/by/4.0/",
            "Attribution-NonCommercial-ShareAlike 4.0 International (CC BY-NC-SA 4.0)|https://creativecommons.org/licenses/by-nc-sa/4.0/",
            "Creative Commons Attribution-NoDerivs 3.0 Unported|https://creativecommons.org/licenses/by-nd/3.0/",
            "CC BY 3.0 IGO|https://creativecommons.org/licenses/by/3.0/igo/",
            "CC0|https://creativecommons.org/publicdomain/zero/1.0/",
            "http://creativecommons.org/publicdomain/mark/1.0/|https://creativecommons.org/publicdomain/mark/1.0/",
            "MIT|https://opensource.org/licenses/MIT",
            "http://spdx.org/licenses/Apache-2.0|https://www.apache.org/licenses/LICENSE-2.0",
            "GPLv3|https://www.gnu.org/licenses/gpl-3.0.html",
            "Licence Ouverte 2.0|https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
            "dl-de/by-2-0|https://www.govdata.de/dl-de/by-2-0"})
    void findsOtherLicences(String value, String uri) {
        assertThat(VOCABULARIES.matcher(Vocabulary.LICENCE).match(value)).contains(uri);
    }

    @ParameterizedTest
    @CsvSource({
            "exercise, drill-and-practice", "narrative text, text", "narrative-text, text", "self assessment, self-assessment",
            "problem statement, problem-statement", "lecture, lecture", "figure, figure", "exam, exam",
            "https://w3id.org/kim/hcrt/video, video", "http://w3id.org/kim/hcrt/case_study, case-study",
            "http://purl.org/dcx/lrmi-vocabs/learningResourceType/lessonPlan, lesson-plan", "https://w3id.org/kim/hcrt/lesson_plan, lesson-plan",
            "MovingImage, video", "http://purl.org/dc/dcmitype/StillImage, image", "Vídeo, video", "视频, video", "Arbeitsblatt, worksheet",
            "Fiche de travail, worksheet"})
    void findsResourceTypesFromLomHcrtLrmiAndDcmi(String value, String notation) {
        assertThat(VOCABULARIES.matcher(Vocabulary.RESOURCE_TYPE).match(value)).contains(Vocabulary.RESOURCE_TYPE.conceptUri(notation));
    }

    @ParameterizedTest
    @CsvSource({"learner, student", "teacher, teacher", "author, author", "manager, manager", "Lehrkraft, teacher",
            "élèves, student", "http://purl.org/dcx/lrmi-vocabs/educationalAudienceRole/generalPublic, general-public"})
    void findsAudienceRoles(String value, String notation) {
        assertThat(VOCABULARIES.matcher(Vocabulary.AUDIENCE_ROLE).match(value)).contains(Vocabulary.AUDIENCE_ROLE.conceptUri(notation));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "Klingon poetry", "https://example.org/licence", "CC BY 9.0"})
    void findsNothingForValuesNoConceptHas(String value) {
        assertThat(VOCABULARIES.matcher(Vocabulary.LICENCE).match(value)).isEmpty();
        assertThat(VOCABULARIES.matcher(Vocabulary.RESOURCE_TYPE).match(value)).isEmpty();
    }

    @Test
    void aValueTwoConceptsShareIsNotLinkedButABetterRankedOneWins() {
        Model scheme = turtle("""
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://w3id.org/oerfed/vocab/resource-type> a skos:ConceptScheme .
                <https://w3id.org/oerfed/vocab/resource-type/a> skos:inScheme <https://w3id.org/oerfed/vocab/resource-type> ;
                    skos:notation "a" ; skos:prefLabel "Tablet"@en , "b"@en ; skos:altLabel "Shared"@en .
                <https://w3id.org/oerfed/vocab/resource-type/b> skos:inScheme <https://w3id.org/oerfed/vocab/resource-type> ;
                    skos:notation "b" ; skos:prefLabel "Tablet"@de ; skos:altLabel "Shared"@fr , "Other"@fr .
                """);
        ConceptMatcher matcher = ConceptMatcher.of(Vocabulary.RESOURCE_TYPE, scheme, MappingTable.empty("none"));
        assertThat(matcher.match("tablet")).isEmpty();
        assertThat(matcher.match("Shared")).isEmpty();
        assertThat(matcher.match("other")).contains(Vocabulary.RESOURCE_TYPE.conceptUri("b"));
        // the notation b outranks the label "b" of concept a
        assertThat(matcher.match("B")).contains(Vocabulary.RESOURCE_TYPE.conceptUri("b"));
        // keywords match labels only
        assertThat(matcher.matchLabel("a")).isEmpty();
        assertThat(matcher.matchLabel("Other")).contains(Vocabulary.RESOURCE_TYPE.conceptUri("b"));
    }

    @Test
    void aMappingRowToAnUnknownNotationIsASetupError() {
        Model scheme = turtle("""
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://w3id.org/oerfed/vocab/audience-role/x> skos:inScheme <https://w3id.org/oerfed/vocab/audience-role> ; skos:notation "x" .
                """);
        MappingTable table = MappingTable.read("test.tsv", new ByteArrayInputStream(
                "# comment\nfoo\tx\nbar\ty\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(table.rows()).hasSize(2);
        assertThatThrownBy(() -> ConceptMatcher.of(Vocabulary.AUDIENCE_ROLE, scheme, table))
                .isInstanceOfSatisfying(OerfedException.class, e -> assertThat(e.fault()).isEqualTo(Fault.SETUP))
                .hasMessageContaining("test.tsv").hasMessageContaining("'y'");
        assertThatThrownBy(() -> MappingTable.read("bad.tsv", new ByteArrayInputStream("no tab here\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(OerfedException.class).hasMessageContaining("bad.tsv, line 1");
    }

    @Test
    void foldsCaseAccentsPunctuationAndWidthButKeepsTheLettersOfOtherScripts() {
        assertThat(TextFolding.fold("  Français — ÉCOLE, primaire!  ")).isEqualTo("francais ecole primaire");
        assertThat(TextFolding.fold("ＣＣ　ＢＹ")).isEqualTo("cc by");
        assertThat(TextFolding.fold("हिन्दी")).isEqualTo("हिन्दी");
        assertThat(TextFolding.urlKey("HTTP://www.Example.org/a/b/legalcode.de")).contains("example.org/a/b");
        assertThat(TextFolding.urlKey("example.org/a")).isEmpty();
    }

    private static Model turtle(String text) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(text, Lang.TURTLE).parse(model);
        return model;
    }
}
