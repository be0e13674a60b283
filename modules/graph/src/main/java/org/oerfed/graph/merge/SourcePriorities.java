package org.oerfed.graph.merge;

/**
 * Port: how much each source's word counts when several describe one resource, from the sources'
 * configuration ({@code priority}, default 0). Asked whenever a resource is projected, so a changed
 * priority applies to every resource projected after the change.
 */
@FunctionalInterface
public interface SourcePriorities {

    /** The priority of a source; higher comes first. A source no longer configured has 0. */
    int priorityOf(String sourceId);

    /** Every source equal. */
    static SourcePriorities none() {
        return sourceId -> 0;
    }
}
