package org.oerfed.graph.projection;

import java.util.List;
import java.util.Objects;
import org.oerfed.graph.RecordGraph;

/**
 * One resource as every source that has it describes it: the input of the search projection.
 *
 * @param resourceId the resource's id
 * @param records    the record graphs that describe the resource, in precedence order: where the projection
 *                   takes a single value (the title shown, the link), the first record that has one wins;
 *                   where it takes many (languages, subjects, sources), it takes them from every record
 */
public record ResourceView(String resourceId, List<RecordGraph> records) {
    public ResourceView {
        Objects.requireNonNull(resourceId, "resourceId");
        records = List.copyOf(records);
        if (records.isEmpty()) throw new IllegalArgumentException("resource " + resourceId + " has no record graph");
    }

    /** A resource that only one record describes. */
    public static ResourceView of(RecordGraph record) {
        return new ResourceView(record.resourceId(), List.of(record));
    }
}
