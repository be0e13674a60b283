package org.oerfed.samplepartner;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * One record of the sample catalogue: an OAI-PMH header and its {@code oai_dc} description.
 *
 * @param identifier the OAI identifier, e.g. {@code oai:oer.example.org:math-001}
 * @param datestamp  when the record last changed (or was deleted); kept to whole seconds, the
 *                   granularity the partner declares
 * @param sets       the setSpecs of the sets the record belongs to
 * @param deleted    whether the header carries {@code status="deleted"}; a deleted record has no metadata
 * @param dublinCore the {@code oai_dc} statements in document order; empty for deleted records
 */
public record SampleRecord(String identifier, Instant datestamp, List<String> sets, boolean deleted,
                           List<DcValue> dublinCore) {

    public SampleRecord {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(datestamp, "datestamp");
        datestamp = datestamp.truncatedTo(ChronoUnit.SECONDS);
        sets = List.copyOf(sets);
        dublinCore = deleted ? List.of() : List.copyOf(dublinCore);
    }

    /** The values of one DC element, e.g. all titles, in document order. */
    public List<String> values(String element) {
        return dublinCore.stream().filter(v -> v.element().equals(element)).map(DcValue::value).toList();
    }
}
