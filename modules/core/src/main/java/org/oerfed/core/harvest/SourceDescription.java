package org.oerfed.core.harvest;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a source says about itself (OAI-PMH Identify, ListMetadataFormats and ListSets), which decides how
 * it is harvested.
 *
 * @param earliestDatestamp the oldest datestamp it holds, if it says
 * @param deletedRecords    how it reports deletions
 * @param secondsGranularity whether it takes and gives datestamps to the second (else to the day)
 * @param metadataPrefixes  the formats it offers
 * @param sets              the set specs it offers; empty if it has no sets
 * @param metadataPrefix    the format OERfed will ask for: the first of the configured ones it offers
 */
public record SourceDescription(
        Optional<Instant> earliestDatestamp,
        DeletedRecords deletedRecords,
        boolean secondsGranularity,
        List<String> metadataPrefixes,
        List<String> sets,
        String metadataPrefix) {

    public SourceDescription {
        Objects.requireNonNull(earliestDatestamp, "earliestDatestamp");
        Objects.requireNonNull(deletedRecords, "deletedRecords");
        metadataPrefixes = List.copyOf(metadataPrefixes);
        sets = List.copyOf(sets);
        Objects.requireNonNull(metadataPrefix, "metadataPrefix");
    }
}
