package org.oerfed.core.harvest;

import java.util.List;
import java.util.Optional;

/**
 * One response's worth of records, with what is needed to ask for the next one.
 *
 * @param records         the records of this page, deleted ones included
 * @param resumptionToken the token that fetches the next page; empty on the last page
 * @param completeListSize the size of the whole list if the source said so
 */
public record RecordPage(List<HarvestedRecord> records, Optional<String> resumptionToken,
                         Optional<Long> completeListSize) {

    public RecordPage {
        records = List.copyOf(records);
    }

    public boolean last() {
        return resumptionToken.isEmpty();
    }
}
