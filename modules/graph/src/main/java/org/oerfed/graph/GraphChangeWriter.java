package org.oerfed.graph;

import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.oerfed.graph.vocab.Oerfed;

/**
 * Writes {@link GraphChanges} into a dataset, inside a write transaction the caller holds: what every
 * {@link GraphStore} adapter does with them, and so written once. Deleted graphs go; seen records get their
 * {@code oerfed:lastSeen}; a replaced record graph holds exactly what the source said last time, never a merge
 * with what it said before; the {@link IndexJournal} records and settles entries.
 */
public final class GraphChangeWriter {

    private GraphChangeWriter() {
    }

    public static void write(Dataset dataset, GraphChanges changes) {
        for (String graphUri : changes.deletedGraphUris()) {
            if (dataset.containsNamedModel(graphUri)) dataset.removeNamedModel(graphUri);
        }
        Calendar seenAt = GregorianCalendar.from(changes.seenAt().atZone(ZoneOffset.UTC));
        for (String graphUri : changes.seenGraphUris()) {
            Model graph = dataset.getNamedModel(graphUri);
            Resource record = graph.createResource(graphUri);
            graph.removeAll(record, Oerfed.lastSeen, null);
            graph.addLiteral(record, Oerfed.lastSeen, graph.createTypedLiteral(seenAt));
        }
        DatasetGraph quads = dataset.asDatasetGraph();
        for (RecordGraph graph : changes.replaced()) {
            // Quads only: Dataset.addNamedModel would also write the model's prefixes into the dataset's, once a record.
            Node graphName = NodeFactory.createURI(graph.graphUri());
            quads.deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
            graph.model().getGraph().find().forEachRemaining(triple -> quads.add(graphName, triple.getSubject(),
                    triple.getPredicate(), triple.getObject()));
        }
        IndexJournal.write(quads, changes);
    }
}
