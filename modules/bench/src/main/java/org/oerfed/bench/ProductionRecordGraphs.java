package org.oerfed.bench;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.oerfed.graph.ResourceIds;
import org.oerfed.graph.concepts.ConceptLinker;
import org.oerfed.graph.concepts.IctCftAligner;
import org.oerfed.graph.concepts.IctCftRules;
import org.oerfed.graph.concepts.Vocabularies;
import org.oerfed.graph.normalise.DataCiteNormaliser;
import org.oerfed.graph.normalise.FeedItemNormaliser;
import org.oerfed.graph.normalise.HardenedXml;
import org.oerfed.graph.normalise.JsonLdNormaliser;
import org.oerfed.graph.normalise.LanguageCodes;
import org.oerfed.graph.normalise.LicenseUris;
import org.oerfed.graph.normalise.LomNormaliser;
import org.oerfed.graph.normalise.Normaliser;
import org.oerfed.graph.normalise.OaiDcNormaliser;
import org.oerfed.graph.normalise.RecordGraphBuilder;

/**
 * The record graph builder as the service wires it (the app's GraphFactory and VocabularyFactory, which the
 * bench cannot use without starting Micronaut): every normaliser, then the concept linker and the ICT CFT
 * aligner over the bundled vocabularies. Keep it in step with those factories.
 */
final class ProductionRecordGraphs {
    /** The app's limit on one record, in characters. */
    private static final int MAX_RECORD_CHARS = 1 << 20;

    private ProductionRecordGraphs() {
    }

    static RecordGraphBuilder builder(ResourceIds ids) {
        HardenedXml xml = new HardenedXml(MAX_RECORD_CHARS);
        LanguageCodes languages = new LanguageCodes();
        LicenseUris licences = new LicenseUris();
        List<Normaliser> normalisers = new ArrayList<>(List.of(new OaiDcNormaliser(xml, languages, licences),
                new FeedItemNormaliser(xml, languages, licences), new JsonLdNormaliser(languages, licences, MAX_RECORD_CHARS)));
        LomNormaliser.PREFIXES.forEach(prefix -> normalisers.add(new LomNormaliser(prefix, xml, languages, licences)));
        DataCiteNormaliser.PREFIXES.forEach(prefix -> normalisers.add(new DataCiteNormaliser(prefix, xml, languages, licences)));
        Vocabularies vocabularies = Vocabularies.bundled();
        Model concepts = vocabularies.allConcepts();
        return new RecordGraphBuilder(ids, normalisers,
                List.of(new ConceptLinker(vocabularies, new LicenseUris()), new IctCftAligner(IctCftRules.bundled(), concepts)),
                Clock.systemUTC());
    }
}
