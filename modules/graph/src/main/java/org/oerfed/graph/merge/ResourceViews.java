package org.oerfed.graph.merge;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.oerfed.graph.RecordGraph;
import org.oerfed.graph.ResourceIds;
import org.oerfed.graph.projection.ResourceView;
import org.oerfed.graph.vocab.Oerfed;

/** Builds a resource's {@link ResourceView} from the store: every record graph that describes it, in precedence order. */
public final class ResourceViews {
    private final ResourceIds ids;
    private final RecordPrecedence precedence;

    public ResourceViews(ResourceIds ids, SourcePriorities priorities) {
        this.ids = ids;
        this.precedence = new RecordPrecedence(priorities);
    }

    /**
     * The view of a resource as the dataset holds it, or empty if no record graph describes it any more; to be
     * called inside a read. The record graphs are copied out of the store.
     */
    public Optional<ResourceView> view(Dataset dataset, String resourceUri) {
        return view(dataset, resourceUri, Map.of());
    }

    /**
     * The view of a resource as the dataset holds it, taking the record graphs in {@code known} from there
     * rather than from the store: the graphs a batch has just committed, as the store gives them back
     * ({@link org.oerfed.graph.GraphStore#asStored}). Which graphs describe the resource is still read from the
     * dataset, so a known graph that no longer does, or no longer exists, is left out.
     *
     * @param known record graphs by graph URI, whose stored content the caller knows; only their own source's
     *              harvest writes them, one batch at a time, so that nothing can have changed them since
     */
    public Optional<ResourceView> view(Dataset dataset, String resourceUri, Map<String, Model> known) {
        String resourceId = ids.resourceIdOf(resourceUri)
                .orElseThrow(() -> new IllegalArgumentException("not a resource of this service: " + resourceUri));
        List<RecordGraph> records = new ArrayList<>();
        for (String graphUri : describers(dataset.asDatasetGraph(), resourceUri)) {
            Model copy = ModelFactory.createDefaultModel();
            Model source = known.get(graphUri);
            copy.add(source != null ? source : dataset.getNamedModel(graphUri));
            records.add(new RecordGraph(resourceId, graphUri, copy));
        }
        if (records.isEmpty()) return Optional.empty();
        records.sort(precedence);
        return Optional.of(new ResourceView(resourceId, records));
    }

    /**
     * Every resource some record graph describes, as URIs in sorted order; to be called inside a read. Held in
     * memory: about 100 bytes a resource, so 100 MB for a million.
     */
    public List<String> allResources(Dataset dataset) {
        Set<String> resources = new java.util.TreeSet<>();
        Iterator<Quad> quads = dataset.asDatasetGraph().find(Node.ANY, Node.ANY, Oerfed.describes.asNode(), Node.ANY);
        while (quads.hasNext()) {
            Quad quad = quads.next();
            if (quad.getGraph().equals(quad.getSubject()) && quad.getObject().isURI()) resources.add(quad.getObject().getURI());
        }
        return List.copyOf(resources);
    }

    /** The record graphs that say they describe the resource. */
    static Set<String> describers(DatasetGraph dataset, String resourceUri) {
        Set<String> graphs = new LinkedHashSet<>();
        Iterator<Quad> quads = dataset.find(Node.ANY, Node.ANY, Oerfed.describes.asNode(), NodeFactory.createURI(resourceUri));
        while (quads.hasNext()) {
            Quad quad = quads.next();
            if (quad.getGraph().equals(quad.getSubject()) && quad.getGraph().isURI()) graphs.add(quad.getGraph().getURI());
        }
        return graphs;
    }
}
