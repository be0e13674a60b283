package org.oerfed.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.oerfed.core.harvest.HarvestedRecord;
import org.oerfed.core.source.SourceConfig;

/**
 * Makes the records of one fictitious partner in one metadata format. Record {@code n} is the same whatever was
 * generated before it, so that a run can make its records a batch at a time and two runs store the same graph.
 * Record {@code n} is stamped {@code n} minutes after the first and identified by a prefix and {@code n};
 * subclasses write its metadata.
 */
abstract class RecordGenerator {
    private static final Instant FIRST_DATESTAMP = Instant.parse("2024-01-01T00:00:00Z");

    private final long seed;
    private final SourceConfig source;
    private final String identifierPrefix;

    /** @param source the partner, whose metadata prefix the records are in */
    RecordGenerator(long seed, SourceConfig source, String identifierPrefix) {
        this.seed = seed;
        this.source = source;
        this.identifierPrefix = identifierPrefix;
    }

    /** The partner the records come from. */
    final SourceConfig source() {
        return source;
    }

    /** Record number {@code n}, counted from 1. */
    final HarvestedRecord record(int n) {
        SplittableRandom random = GeneratedValues.forRecord(seed, n);
        return new HarvestedRecord(source.id(), identifierPrefix + n, FIRST_DATESTAMP.plus(Duration.ofMinutes(n)),
                List.of(), source.metadataPrefix(), Optional.of(metadata(n, random)));
    }

    /** The metadata of record {@code n}, drawn from {@code random} alone. */
    protected abstract String metadata(int n, SplittableRandom random);
}
