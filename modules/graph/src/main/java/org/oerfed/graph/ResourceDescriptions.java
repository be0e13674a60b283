package org.oerfed.graph;

import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.oerfed.graph.vocab.Oerfed;
import org.oerfed.graph.vocab.Prov;
import org.oerfed.graph.vocab.Schema;

/**
 * A resource's whole description: every record graph that describes it, with their provenance (each record
 * graph names itself and the resource it {@code oerfed:describes}), and the labels of the concepts and
 * resources it points to, so that a reader sees "English", not only a URI. Several partners may describe one
 * resource; each record graph stays apart in the store.
 */
public final class ResourceDescriptions {
    /** What names a thing the resource points to: concepts by SKOS labels, other resources by their name. */
    private static final List<Property> LABELS = List.of(SKOS.prefLabel, RDFS.label, Schema.name);

    private final GraphStore store;
    private final ResourceIds ids;

    public ResourceDescriptions(GraphStore store, ResourceIds ids) {
        this.store = store;
        this.ids = ids;
    }

    /** The description of the resource with this id, or empty if no stored record describes it. */
    public Optional<Model> describe(String resourceId) {
        String uri = ids.resourceUri(resourceId);
        return store.read(dataset -> describe(dataset, uri));
    }

    /**
     * The description of the resource with this URI as the dataset holds it, or empty if no record graph
     * describes it; for callers already inside a read, such as a dump.
     */
    public Optional<Model> describe(Dataset dataset, String resourceUri) {
        Model union = dataset.getUnionModel();
        Resource resource = union.createResource(resourceUri);
        List<String> graphs = union.listSubjectsWithProperty(Oerfed.describes, resource).mapWith(Resource::getURI).toList();
        if (graphs.isEmpty()) return Optional.empty();
        Model description = ModelFactory.createDefaultModel();
        description.setNsPrefix("schema", Schema.NS);
        description.setNsPrefix("dct", DCTerms.NS);
        description.setNsPrefix("prov", Prov.NS);
        description.setNsPrefix("oerfed", Oerfed.NS);
        description.setNsPrefix("skos", SKOS.getURI());
        graphs.forEach(g -> description.add(dataset.getNamedModel(g)));
        List<Resource> pointedTo = description.listObjectsOfProperty(description.createResource(resourceUri), null)
                .filterKeep(RDFNode::isURIResource).mapWith(RDFNode::asResource).toList();
        for (Resource target : pointedTo) {
            for (Property label : LABELS) {
                union.listStatements(target, label, (RDFNode) null).filterKeep(s -> s.getObject().isLiteral()).forEach(description::add);
            }
        }
        return Optional.of(description);
    }

    /** Every resource some record graph describes, by URI. */
    public List<String> resourceUris(Dataset dataset) {
        return dataset.getUnionModel().listObjectsOfProperty(Oerfed.describes).filterKeep(RDFNode::isURIResource)
                .mapWith(n -> n.asResource().getURI()).toList();
    }
}
