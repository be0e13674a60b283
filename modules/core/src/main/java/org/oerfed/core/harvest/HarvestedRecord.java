package org.oerfed.core.harvest;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One record as a partner delivered it, before normalisation.
 *
 * @param sourceId       the configured source it came from
 * @param identifier     the record's identifier at the source (the OAI identifier for OAI-PMH)
 * @param datestamp      when the source last changed it
 * @param sets           the sets the source puts it in
 * @param metadataPrefix the format of {@code metadata}
 * @param metadata       the metadata as XML text; empty when the record is deleted
 */
public record HarvestedRecord(
        String sourceId,
        String identifier,
        Instant datestamp,
        List<String> sets,
        String metadataPrefix,
        Optional<String> metadata) {

    public HarvestedRecord {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(datestamp, "datestamp");
        sets = List.copyOf(sets);
        Objects.requireNonNull(metadataPrefix, "metadataPrefix");
        Objects.requireNonNull(metadata, "metadata");
    }

    /** A deleted record carries no metadata: the source says it is gone. */
    public boolean deleted() {
        return metadata.isEmpty();
    }

    public static HarvestedRecord deleted(String sourceId, String identifier, Instant datestamp, List<String> sets,
                                          String metadataPrefix) {
        return new HarvestedRecord(sourceId, identifier, datestamp, sets, metadataPrefix, Optional.empty());
    }
}
