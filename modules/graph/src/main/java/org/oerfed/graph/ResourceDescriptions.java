package org.oerfed.graph;

import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.oerfed.graph.vocab.Schema;
import org.oerfed.graph.vocab.Oerfed;
import org.oerfed.graph.vocab.Prov;

/**
 * A resource's whole description: every record graph that describes it, with their provenance, as one
 * model. Several partners may describe one resource; each record graph stays apart in the store.
 */
public final class ResourceDescriptions {
    private final GraphStore store;
    private final ResourceIds ids;

    public ResourceDescriptions(GraphStore store, ResourceIds ids) {
        this.store = store;
        this.ids = ids;
    }

    /** The description of the resource with this id, or empty if no stored record describes it. */
    public Optional<Model> describe(String resourceId) {
        Resource resource = ModelFactory.createDefaultModel().createResource(ids.resourceUri(resourceId));
        return store.read(dataset -> {
            List<String> graphs = recordGraphsDescribing(dataset, resource);
            if (graphs.isEmpty()) return Optional.empty();
            Model description = ModelFactory.createDefaultModel();
            description.setNsPrefix("schema", Schema.NS);
            description.setNsPrefix("dct", DCTerms.NS);
            description.setNsPrefix("prov", Prov.NS);
            description.setNsPrefix("oerfed", Oerfed.NS);
            graphs.forEach(g -> description.add(dataset.getNamedModel(g)));
            return Optional.of(description);
        });
    }

    private static List<String> recordGraphsDescribing(Dataset dataset, Resource resource) {
        // each record graph says which resource it describes, naming itself as the subject
        return dataset.getUnionModel().listSubjectsWithProperty(Oerfed.describes, resource)
                .mapWith(Resource::getURI).toList();
    }
}
