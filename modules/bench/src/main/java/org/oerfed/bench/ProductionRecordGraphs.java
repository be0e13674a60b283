package org.oerfed.bench;

import java.time.Clock;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.oerfed.graph.ResourceIds;
import org.oerfed.graph.concepts.ConceptLinker;
import org.oerfed.graph.concepts.IctCftAligner;
import org.oerfed.graph.concepts.IctCftRules;
import org.oerfed.graph.concepts.Vocabularies;
import org.oerfed.graph.normalise.LicenseUris;
import org.oerfed.graph.normalise.Normalisers;
import org.oerfed.graph.normalise.RecordGraphBuilder;

/**
 * The record graph builder as the service wires it: every normaliser ({@link Normalisers#all}, which the app
 * uses too), then the concept linker and the ICT CFT aligner over the bundled vocabularies, as the app's
 * VocabularyFactory makes them (the bench does not start Micronaut).
 */
final class ProductionRecordGraphs {
    /** The app's limit on one record, in characters. */
    private static final int MAX_RECORD_CHARS = 1 << 20;

    private ProductionRecordGraphs() {
    }

    static RecordGraphBuilder builder(ResourceIds ids) {
        Vocabularies vocabularies = Vocabularies.bundled();
        Model concepts = vocabularies.allConcepts();
        return new RecordGraphBuilder(ids, Normalisers.all(MAX_RECORD_CHARS),
                List.of(new ConceptLinker(vocabularies, new LicenseUris()), new IctCftAligner(IctCftRules.bundled(), concepts)),
                Clock.systemUTC());
    }
}
