package org.oerfed.bench;

import org.oerfed.core.harvest.HarvestedRecord;
import org.oerfed.core.source.SourceConfig;

/**
 * Makes the records of one fictitious partner in one metadata format. Record {@code n} is the same whatever was
 * generated before it, so that a run can make its records a batch at a time and two runs store the same graph.
 */
interface RecordGenerator {

    /** The partner the records come from. */
    SourceConfig source();

    /** Record number {@code n}, counted from 1. */
    HarvestedRecord record(int n);
}
