package org.oerfed.app;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.apache.jena.rdf.model.Model;
import org.oerfed.graph.concepts.ConceptLinker;
import org.oerfed.graph.concepts.IctCftAligner;
import org.oerfed.graph.concepts.IctCftRules;
import org.oerfed.graph.concepts.Vocabularies;
import org.oerfed.graph.normalise.LicenseUris;
import org.oerfed.graph.projection.ConceptCatalogue;

/** The bundled vocabularies, loaded once, and the enrichers that link records to their concepts and align them. */
@Factory
class VocabularyFactory {

    @Singleton
    Vocabularies vocabularies() {
        return Vocabularies.bundled();
    }

    /** Every concept with its facet value and labels, for the search projection; built once at startup. */
    @Singleton
    ConceptCatalogue conceptCatalogue(Vocabularies vocabularies) {
        return ConceptCatalogue.of(vocabularies);
    }

    @Singleton
    ConceptLinker conceptLinker(Vocabularies vocabularies) {
        return new ConceptLinker(vocabularies, new LicenseUris());
    }

    /** Built at startup, so that a rule naming no module stops the service with a setup error. */
    @Singleton
    IctCftAligner ictCftAligner(Vocabularies vocabularies) {
        Model concepts = vocabularies.allConcepts();
        return new IctCftAligner(IctCftRules.bundled(), concepts);
    }
}
