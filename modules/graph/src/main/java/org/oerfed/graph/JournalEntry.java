package org.oerfed.graph;

import java.util.Objects;

/**
 * One line of the index journal: a committed batch of changes left this resource to be projected into the
 * search index again. Written in the transaction of the change, removed once the index holds the projection.
 *
 * @param batch       the batch's URI ({@code urn:uuid:…}): entries of different batches for one resource are
 *                    different lines, so that settling one batch's entry never settles a later batch's
 * @param resourceUri the resource to re-project; a resource no record describes any more is deleted from the index
 */
public record JournalEntry(String batch, String resourceUri) {
    public JournalEntry {
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(resourceUri, "resourceUri");
    }
}
