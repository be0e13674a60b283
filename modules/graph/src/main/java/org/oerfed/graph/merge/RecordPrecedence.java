package org.oerfed.graph.merge;

import java.util.Comparator;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.oerfed.graph.RecordGraph;
import org.oerfed.graph.vocab.Oerfed;
import org.oerfed.graph.vocab.Prov;

/**
 * The order of a resource's records, the first of which gives the values a resource has only one of
 * (the title shown, the link): higher source priority first, then the record OERfed stored first, then by
 * graph URI, so that the order is the same on every run and every machine.
 */
public final class RecordPrecedence implements Comparator<RecordGraph> {
    private final SourcePriorities priorities;

    public RecordPrecedence(SourcePriorities priorities) {
        this.priorities = priorities;
    }

    @Override
    public int compare(RecordGraph a, RecordGraph b) {
        int byPriority = Integer.compare(priorities.priorityOf(sourceId(b)), priorities.priorityOf(sourceId(a)));
        if (byPriority != 0) return byPriority;
        int byAge = Long.compare(firstStored(a), firstStored(b));
        return byAge != 0 ? byAge : a.graphUri().compareTo(b.graphUri());
    }

    private static String sourceId(RecordGraph graph) {
        Statement id = record(graph).getProperty(Oerfed.sourceId);
        return id == null ? "" : id.getString();
    }

    /** When the record was first stored; records from before that was kept count from their latest version. */
    private static long firstStored(RecordGraph graph) {
        Resource record = record(graph);
        return millis(record.getProperty(Oerfed.firstHarvested)).or(() -> millis(record.getProperty(Prov.generatedAtTime)))
                .orElse(Long.MAX_VALUE);
    }

    private static Optional<Long> millis(Statement statement) {
        if (statement == null || !statement.getObject().isLiteral()) return Optional.empty();
        Object value = statement.getLiteral().getValue();
        return value instanceof XSDDateTime dateTime ? Optional.of(dateTime.asCalendar().getTimeInMillis()) : Optional.empty();
    }

    private static Resource record(RecordGraph graph) {
        return graph.model().getResource(graph.graphUri());
    }
}
