package org.oerfed.app;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.oerfed.graph.concepts.ConceptLinker;
import org.oerfed.graph.concepts.Vocabularies;
import org.oerfed.graph.normalise.LicenseUris;

/** The bundled vocabularies, loaded once, and the enricher that links records to their concepts. */
@Factory
class VocabularyFactory {

    @Singleton
    Vocabularies vocabularies() {
        return Vocabularies.bundled();
    }

    @Singleton
    ConceptLinker conceptLinker(Vocabularies vocabularies) {
        return new ConceptLinker(vocabularies, new LicenseUris());
    }
}
