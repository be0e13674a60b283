package org.oerfed.harvest.oaipmh;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What one {@code ListRecords} response says, before it is tied to a source.
 *
 * @param records          the records in document order
 * @param errors           the {@code <error>} elements; empty for a normal answer
 * @param resumptionToken  the token for the next page; empty when absent or empty (the last page)
 * @param completeListSize the size of the whole list, if the partner said so
 */
record ListRecordsResponse(List<Entry> records, List<OaiError> errors, Optional<String> resumptionToken,
                           Optional<Long> completeListSize) {

    ListRecordsResponse {
        records = List.copyOf(records);
        errors = List.copyOf(errors);
    }

    /**
     * One record.
     *
     * @param identifier the OAI identifier
     * @param datestamp  the header's datestamp
     * @param sets       the header's setSpecs
     * @param metadata   the metadata element as standalone XML; empty for a deleted record
     */
    record Entry(String identifier, Instant datestamp, List<String> sets, Optional<String> metadata) {

        Entry {
            sets = List.copyOf(sets);
        }
    }
}
