package org.oerfed.graph.concepts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.oerfed.graph.normalise.LicenseUris;
import org.oerfed.graph.vocab.Schema;

class ConceptLinkerTest {
    /** The bundled vocabularies, loaded once: building them takes seconds. */
    private static final Vocabularies VOCABULARIES = Vocabularies.bundled();
    private static final String MATHEMATICS = Vocabulary.ISCED_FIELD.conceptUri("0541");

    private final ConceptLinker linker = new ConceptLinker(VOCABULARIES, new LicenseUris());
    private final Model model = ModelFactory.createDefaultModel();
    private final Resource resource = model.createResource("https://oer.example.org/resource/r1", Schema.LearningResource);

    @Test
    void replacesMatchedLiteralsByConceptsAndKeepsTheOthers() {
        resource.addProperty(Schema.learningResourceType, "Vidéo", "fr")
                .addProperty(Schema.learningResourceType, "narrative text")
                .addProperty(Schema.learningResourceType, model.createResource("https://w3id.org/kim/hcrt/worksheet"))
                .addProperty(Schema.learningResourceType, "Hologram")
                .addProperty(Schema.about, "Mathématiques", "fr")
                .addProperty(Schema.about, "Fractions")
                .addProperty(Schema.license, "CC BY-NC-SA 4.0")
                .addProperty(Schema.license, "Tous droits réservés")
                .addProperty(DCTerms.language, "Suaíli")
                .addProperty(DCTerms.language, "Klingon");

        linker.enrich(resource);

        assertThat(objects(Schema.learningResourceType)).containsExactlyInAnyOrder(
                uri(Vocabulary.RESOURCE_TYPE.conceptUri("video")), uri(Vocabulary.RESOURCE_TYPE.conceptUri("text")),
                uri(Vocabulary.RESOURCE_TYPE.conceptUri("worksheet")), model.createLiteral("Hologram"));
        assertThat(objects(Schema.about)).containsExactlyInAnyOrder(uri(MATHEMATICS), model.createLiteral("Fractions"));
        assertThat(objects(Schema.license)).containsExactlyInAnyOrder(
                uri("https://creativecommons.org/licenses/by-nc-sa/4.0/"), model.createLiteral("Tous droits réservés"));
        assertThat(objects(DCTerms.language)).containsExactlyInAnyOrder(
                uri(Vocabulary.LANGUAGE.conceptUri("sw")), model.createLiteral("Klingon"));
    }

    @Test
    void aRightsStatementThatNamesALicenceGivesTheLicenceAndStays() {
        resource.addProperty(DCTerms.rights, "Namensnennung 4.0 International (CC BY 4.0)", "de");

        linker.enrich(resource);

        assertThat(objects(Schema.license)).containsExactly(uri("https://creativecommons.org/licenses/by/4.0/"));
        assertThat(objects(DCTerms.rights)).containsExactly(model.createLiteral("Namensnennung 4.0 International (CC BY 4.0)", "de"));
    }

    @Test
    void aRightsStatementDoesNotOverrideTheLicenceASourceGave() {
        resource.addProperty(Schema.license, model.createResource("https://creativecommons.org/publicdomain/zero/1.0/"))
                .addProperty(DCTerms.rights, "Attribution 4.0 International (CC BY 4.0)");

        linker.enrich(resource);

        assertThat(objects(Schema.license)).containsExactly(uri("https://creativecommons.org/publicdomain/zero/1.0/"));
    }

    @Test
    void linksTheRolesOfTheAudience() {
        Resource audience = model.createResource().addProperty(ConceptProperty.EDUCATIONAL_ROLE, "learner", "en")
                .addProperty(ConceptProperty.EDUCATIONAL_ROLE, "Schulleitung", "de");
        resource.addProperty(Schema.audience, audience);

        linker.enrich(resource);

        assertThat(audience.listProperties(ConceptProperty.EDUCATIONAL_ROLE).mapWith(s -> s.getObject()).toSet())
                .containsExactlyInAnyOrder(uri(Vocabulary.AUDIENCE_ROLE.conceptUri("student")), model.createLiteral("Schulleitung", "de"));
    }

    @Test
    void keepsTheLanguageTagAndAddsTheLanguageConcept() {
        resource.addProperty(Schema.inLanguage, "zh-Hans-CN").addProperty(Schema.inLanguage, "fra");

        linker.enrich(resource);

        assertThat(objects(Schema.inLanguage)).containsExactlyInAnyOrder(model.createLiteral("zh-Hans-CN"), model.createLiteral("fra"));
        assertThat(objects(DCTerms.language)).containsExactlyInAnyOrder(
                uri(Vocabulary.LANGUAGE.conceptUri("zh")), uri(Vocabulary.LANGUAGE.conceptUri("fr")));
    }

    @Test
    void aKeywordThatNamesAFieldAlsoLinksTheFieldAndStays() {
        resource.addProperty(Schema.keywords, "MATHEMATICS").addProperty(Schema.keywords, "fractions")
                .addProperty(Schema.keywords, "0541");

        linker.enrich(resource);

        assertThat(objects(Schema.keywords)).hasSize(3);
        assertThat(objects(Schema.about)).containsExactly(uri(MATHEMATICS));
    }

    @Test
    void leavesConceptsAndUnknownAddressesAsTheyAre() {
        resource.addProperty(Schema.license, uri("https://creativecommons.org/licenses/by/4.0/"))
                .addProperty(Schema.license, uri("https://example.org/our-licence"))
                .addProperty(Schema.learningResourceType, uri(Vocabulary.RESOURCE_TYPE.conceptUri("course")));
        Model before = ModelFactory.createDefaultModel().add(model);

        linker.enrich(resource);

        assertThat(model.isIsomorphicWith(before)).isTrue();
    }

    @Test
    void everyLinkedPropertyNamesAVocabularyOnce() {
        assertThat(ConceptProperty.ALL).extracting(ConceptProperty::property).doesNotHaveDuplicates();
        assertThat(ConceptProperty.ALL).filteredOn(ConceptProperty::onAudience).extracting(ConceptProperty::vocabulary)
                .containsExactly(Vocabulary.AUDIENCE_ROLE);
    }

    private Set<RDFNode> objects(Property property) {
        return resource.listProperties(property).mapWith(s -> s.getObject()).toSet();
    }

    private Resource uri(String uri) {
        return model.createResource(uri);
    }

}
